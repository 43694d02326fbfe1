/// Keys in the past-runs browser: move between runs, Enter compares one with now, Esc goes back.
enum RunsUpdate {
    static func handle(_ key: KeyEvent, _ browser: RunsBrowser, _ state: inout AppState) -> [Effect] {
        var b = browser
        let count = state.portfolio.account(id: b.accountID)?.readiness.runs.count ?? 0
        switch key {
        case .char("j"), .down: b.cursor = min(count - 1, b.cursor + 1)
        case .char("g"), .home: b.cursor = 0
        case .char("G"), .end: b.cursor = max(0, count - 1)
        case .pageDown: b.cursor = min(count - 1, b.cursor + 10)
        case .pageUp: b.cursor = max(0, b.cursor - 10)
        case .char("k"), .up: b.cursor = max(0, b.cursor - 1)
        case .enter, .char(" "): b.comparing.toggle()
        case .escape, .char("q"), .char("R"):
            if b.comparing {
                b.comparing = false
            } else {
                state.overlay = nil
                return []
            }
        case .ctrl("c"): return [.quit]
        default: break
        }
        state.overlay = .runs(b)
        return []
    }
}
