import BatonCore

/// Tab 4: the five components of the onboarding exit, each done or not, with its date and where
/// the proof is. The customer sign-off is a signed acknowledgement: its reference is the document.
enum CardExit {
    static func lines(_ account: Account, cursor: Int, width: Int) -> [CardLine] {
        let done = account.exit.filter { $0.doneOn != nil }.count
        var lines = [CardLine("Onboarding exit · \(done) of 5 done", CellStyle(done == 5 ? .met : .header, bold: true)), .blank]
        let title = width >= 70 ? 30 : 24, date = 12
        let reference = max(0, width - 4 - title - date)
        for (i, component) in ExitComponent.allCases.enumerated() {
            let step = account.exit.first { $0.component == component } ?? ExitStep(component: component)
            let isDone = step.doneOn != nil
            let missingProof = component == .customerSignOff && isDone && (step.reference ?? "").isEmpty
            lines.append(CardLine([
                CardLine.Piece(text: isDone ? "[✓]" : "[ ]", width: 4, style: CellStyle(isDone ? .done : .dialog, bold: isDone)),
                CardLine.Piece(text: component.title, width: title, style: CellStyle(isDone ? .done : .dialog)),
                CardLine.Piece(text: step.doneOn?.iso ?? "not done", width: date, style: CellStyle(isDone ? .dialog : .dim)),
                CardLine.Piece(text: missingProof ? "⚠ no signed document referenced" : step.reference ?? "",
                               width: reference, style: CellStyle(missingProof ? .warning : .dim)),
            ], row: i, highlights: true))
        }
        lines.append(.blank)
        let notes = [
            "The customer sign-off is a signed acknowledgement, not an inferred one: it is marked done only with a reference to the signed document.",
            "Exit before transfer: onboarding ends when the customer has signed off against named criteria and the completion report is written.",
        ]
        for note in notes { lines += wrap(note, width: width).map { CardLine($0, CellStyle(.dim)) } }
        return lines
    }
}
