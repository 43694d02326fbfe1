/// Keys in the help: scrolling, `/` to search it, and back to where it was opened.
enum HelpUpdate {
    static func handle(_ key: KeyEvent, scroll: Int, _ state: inout AppState) -> [Effect] {
        if let query = state.helpQuery { return searchKey(key, query: query, scroll: scroll, &state) }
        guard let command = HelpKeys.table.command(for: key) else { return [] }
        switch command {
        case .search:
            state.helpQuery = ""
            state.overlay = .help(scroll: 0)
        case .move(let move):
            state.overlay = .help(scroll: scrolled(move, from: scroll, state))
        case .close:
            close(&state)
        }
        return []
    }

    /// Searching: typing narrows, Backspace widens, Esc shows the whole help again.
    static func searchKey(_ key: KeyEvent, query: String, scroll: Int, _ state: inout AppState) -> [Effect] {
        switch HelpSearchKeys.table.command(for: key, typing: true) {
        case .move(let move):
            state.overlay = .help(scroll: move.cursor(from: scroll, count: Int.max / 2))
            return []
        case .wholeHelp: state.helpQuery = nil
        case .close: close(&state)
        case nil:
            switch key {
            case .backspace: state.helpQuery = query.isEmpty ? nil : String(query.dropLast())
            case .ctrl("u"): state.helpQuery = ""
            case .char(let c): state.helpQuery = query + String(c)
            case .paste(let text): state.helpQuery = query + DisplayText.sanitize(text)
            default: return []
            }
        }
        if state.overlay != nil { state.overlay = .help(scroll: 0) }
        return []
    }

    /// The help's scroll after a move, kept between its top and its last line at the bottom.
    static func scrolled(_ move: ListMove, from scroll: Int, _ state: AppState) -> Int {
        let last = HelpOverlay.maxScroll(keymap: state.keymap, width: state.width, height: state.height)
        return move.cursor(from: scroll, count: last + 1)
    }

    /// Back to where the help was opened from: the dashboard, or the meeting or form it was asked in.
    static func close(_ state: inout AppState) {
        state.overlay = state.helpReturn
        state.helpReturn = nil
        state.helpQuery = nil
    }
}
