import BatonCore

/// The `M` dialog: the three agenda meetings, each with its length and what it ends with.
enum MeetingChooserView {
    static let blurbs: [Meeting.Kind: String] = [
        .internalHandover: "60 min, 7 sections · ends with the account manager's 2–3 commitments",
        .jointTransition: "45 min, 6 sections · mandatory roles, three success signals",
        .postTransitionReview: "45 min, 4 sections · every risk and open issue decided",
    ]

    static func draw(_ c: MeetingChooser, state: AppState, into grid: inout CellGrid) {
        let name = state.portfolio.account(id: c.accountID)?.name ?? ""
        let inner = DialogFrame.draw(title: "Meeting · \(name)", width: 76, height: 3 + 2 * MeetingChooser.kinds.count + 2, into: &grid)
        var y = inner.y + 1
        for (i, kind) in MeetingChooser.kinds.enumerated() {
            let here = i == c.cursor
            grid.put(here ? "▶" : " ", x: inner.x + 1, y: y, style: CellStyle(.accent, bold: true))
            grid.put("\(i + 1)", x: inner.x + 3, y: y, style: CellStyle(.hintKey, bold: true))
            grid.put(kind.title, x: inner.x + 5, y: y, maxWidth: inner.width - 6,
                     style: CellStyle(here ? .focusedPaneTitle : .dialog, bold: here))
            grid.put(blurbs[kind] ?? "", x: inner.x + 5, y: y + 1, maxWidth: inner.width - 6, style: CellStyle(.dim))
            y += 2
        }
    }
}
