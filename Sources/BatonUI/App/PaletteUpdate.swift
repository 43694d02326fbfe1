/// Keys in the command palette: typing narrows, Tab completes, Enter runs.
enum PaletteUpdate {
    static func handle(_ key: KeyEvent, _ palette: PaletteState, _ state: inout AppState) -> [Effect] {
        var p = palette
        let matches = p.matches(in: state.keymap)
        switch PaletteKeys.table.command(for: key, typing: true) {
        case .close:
            state.overlay = nil
            return []
        case .run:
            state.overlay = nil
            guard matches.indices.contains(p.selected) else {
                state.message = "No command matches \"\(p.query)\""
                return []
            }
            return Update.run(matches[p.selected].command, &state)
        case .complete:
            // The chosen command's full name.
            if matches.indices.contains(p.selected) { p.query = matches[p.selected].command.name }
            p.selected = 0
        case .move(let move):
            p.selected = move.cursor(from: p.selected, count: matches.count)
        case nil:
            switch key {
            case .backspace:
                if p.query.isEmpty { state.overlay = nil; return [] }
                p.query.removeLast()
            case .ctrl("u"): p.query = ""
            case .char(let c): p.query.append(c)
            case .paste(let text): p.query += DisplayText.sanitize(text)
            default: return []
            }
            p.selected = 0
        }
        state.overlay = .palette(p)
        return []
    }
}
