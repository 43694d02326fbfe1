import BatonCore

/// The `E` dialog: the documents in three groups, for the team, for the customer, calendars.
enum ExportMenuView {
    static func draw(_ menu: ExportMenu, state: AppState, into grid: inout CellGrid) {
        let name = DisplayText.sanitize(state.portfolio.account(id: menu.accountID)?.name ?? "")
        let choices = menu.choices
        var rows: [(String, Int?)] = []  // a group heading (nil) or a choice's index
        var group: DocumentKind.Audience? = nil
        for (i, c) in choices.enumerated() {
            let g: DocumentKind.Audience = c.kind.audience
            if g != group {
                group = g
                rows.append((heading(g), nil))
            }
            rows.append(("", i))
        }
        let inner = DialogFrame.draw(title: "Export · \(name)", width: 64, height: rows.count + 3, into: &grid)
        // On a short screen the list scrolls so the chosen line stays in view.
        let visible = max(1, inner.height - 1)
        let cursorRow = rows.firstIndex { $0.1 == menu.cursor } ?? 0
        let first = max(0, min(rows.count - visible, cursorRow - visible + 1))
        var y = inner.y
        for (text, index) in rows.dropFirst(first).prefix(visible) {
            if let index {
                let c = choices[index]
                let here = index == menu.cursor
                grid.put(here ? "▶" : " ", x: inner.x + 1, y: y, style: CellStyle(.accent, bold: true))
                let label = c.accountID == nil ? "Calendar (.ics): the whole portfolio" : c.kind.name
                grid.put(label, x: inner.x + 3, y: y, maxWidth: inner.width - 4,
                         style: CellStyle(here ? .focusedPaneTitle : .dialog, bold: here))
            } else {
                grid.put(text, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: CellStyle(.dim))
            }
            y += 1
        }
        grid.put("Written to ~/Documents/baton (or $XDG_DOCUMENTS_DIR/baton)", x: inner.x + 1, y: inner.maxY - 1,
                 maxWidth: inner.width - 2, style: CellStyle(.dim))
    }

    static func heading(_ audience: DocumentKind.Audience) -> String {
        switch audience {
        case .internal: "For the team (internal)"
        case .customer: "For the customer: nothing internal in them"
        case .lead: "Calendars"
        }
    }
}
