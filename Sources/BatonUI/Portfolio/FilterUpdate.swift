/// `/` on the portfolio: the incremental filter. Every key re-filters at once; Enter keeps it,
/// Esc clears it.
enum FilterUpdate {
    static func handle(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard let command = FilterKeys.table.command(for: key, typing: true) else { return type(key, &state) }
        switch command {
        case .keep:
            state.filterEditing = false
            return []
        case .clear:
            state.filterEditing = false
            state.filter = ""
        case .move(let move):
            let before = state.selectedSummary?.id
            state.selectedRow += move == .down ? 1 : -1
            state.clampSelection()
            if state.selectedSummary?.id != before { Update.accountChanged(&state) }
            Update.keepCursorsVisible(&state)
            return []
        }
        return refilter(&state)
    }

    /// Typing: a character, a paste, Backspace, Ctrl-U (all of it), Ctrl-W (a word).
    static func type(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        switch key {
        case .backspace:
            if !state.filter.isEmpty { state.filter.removeLast() }
        case .ctrl("u"):
            state.filter = ""
        case .ctrl("w"):
            let trimmed = state.filter.reversed().drop { $0 == " " }.drop { $0 != " " }
            state.filter = String(trimmed.reversed())
        case .char(let c):
            state.filter.append(c)
        case .paste(let text):
            state.filter += DisplayText.sanitize(text)
        default:
            return []
        }
        return refilter(&state)
    }

    static func refilter(_ state: inout AppState) -> [Effect] {
        let before = state.selectedSummary?.id
        state.reindex()
        if state.selectedSummary?.id != before { Update.accountChanged(&state) }
        Update.keepCursorsVisible(&state)
        return []
    }
}
