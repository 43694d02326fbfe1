/// Keys in the past-runs browser: move between runs, Enter compares one with now, Esc goes back.
enum RunsUpdate {
    static func handle(_ key: KeyEvent, _ browser: RunsBrowser, _ state: inout AppState) -> [Effect] {
        var b = browser
        guard let command = RunsKeys.table.command(for: key, where: { RunsKeys.offered($0, b) }) else { return [] }
        let count = state.portfolio.account(id: b.accountID)?.readiness.runs.count ?? 0
        switch command {
        case .move(let move): b.cursor = move.cursor(from: b.cursor, count: count)
        case .compare: b.comparing = true
        case .stopComparing: b.comparing = false
        case .close:
            state.overlay = nil
            return []
        }
        state.overlay = .runs(b)
        return []
    }
}
