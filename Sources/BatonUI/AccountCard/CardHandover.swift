import BatonCore

/// Tab 5: the handover document as it will read, section by section. Section 7, the unwritten
/// briefing, is marked INTERNAL wherever it appears: it never goes to the customer.
enum CardHandover {
    static func lines(_ account: Account, today: CalendarDate, width: Int) -> [CardLine] {
        var lines: [CardLine] = []
        // Its life (000:300, 456): circulated 48 h before the internal handover meeting, finalised at T−3; late is said.
        let life = HandoverLife(account)
        for step in [life.circulation, life.finalisation] where step.due != nil || step.doneOn != nil {
            let late = step.daysLate(today: today) != nil || step.wasLate
            lines.append(CardLine("Handover document \(step.text(today: today, tDay: account.tDay))"
                                  + (step.doneOn == nil ? " — \(step.which == .circulated ? "C" : "f") records it" : ""),
                                  CellStyle(late ? .warning : .dim, bold: step.daysLate(today: today) != nil)))
        }
        if !lines.isEmpty { lines.append(.blank) }
        for (i, section) in HandoverSection.allCases.enumerated() {
            if i > 0 { lines.append(.blank) }
            var heading = [CardLine.Piece(text: "\(section.rawValue). \(section.title)", width: nil, style: CellStyle(.header, bold: true))]
            if section.isInternalOnly {
                heading.append(CardLine.Piece(text: "  INTERNAL — never for the customer", width: nil, style: CellStyle(.flag, bold: true)))
            }
            lines.append(CardLine(heading, row: i, highlights: true))
            let text = account.handover[section]
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                lines.append(CardLine("   not written yet — \(HandoverInputs.prompt(section))", CellStyle(.dim), row: i))
            } else {
                lines += CardLine.text(text, width: width, indent: 3, row: i)
            }
        }
        return lines
    }
}
