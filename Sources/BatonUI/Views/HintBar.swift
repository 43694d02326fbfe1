/// The bottom line: the keys that work where the focus is, straight from the keymap.
enum HintBar {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        grid.fill(rect, style: CellStyle(.hintBar))
        if let message = state.message {
            grid.put(" \(message)", x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(.hintBar, bold: true))
            return
        }
        var pairs: [(String, String)]
        switch state.overlay {
        case .help:
            pairs = [("j/k", "scroll"), ("Esc", "close")]
        case .palette:
            pairs = [("type", "to search"), ("↑↓", "choose"), ("Tab", "complete"), ("Enter", "run"), ("Esc", "close")]
        case nil:
            if state.filterEditing {
                pairs = [("type", "to filter"), ("↑↓", "move"), ("Enter", "keep filter"), ("Esc", "clear")]
            } else {
                pairs = state.keymap.hints(focus: state.focus).map { ($0.keys.first?.label ?? ":", $0.hint ?? "") }
                if state.zoomed { pairs.insert(("Esc", "unzoom"), at: 0) }
                if !state.filter.isEmpty { pairs.insert(("Esc", "clear filter"), at: 0) }
            }
        }
        var x = rect.x + 1
        for (key, label) in pairs {
            let needed = DisplayText.width(key) + DisplayText.width(label) + 3
            if x + needed > rect.maxX { break }
            x += grid.put(key, x: x, y: rect.y, style: CellStyle(.hintKey, bold: true))
            x += grid.put(" \(label)  ", x: x, y: rect.y, style: CellStyle(.hintBar))
        }
    }
}
