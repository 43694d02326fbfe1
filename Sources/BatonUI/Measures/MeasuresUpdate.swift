import BatonCore

/// Keys in the measures view: tabs, the cursor, the accounts behind a figure, and going to one.
enum MeasuresUpdate {
    static func open(_ state: inout AppState, tab: MeasuresBrowser.Tab = .now) {
        let active = state.portfolio.accounts.filter(\.isActive)
        var browser = MeasuresBrowser(accounts: active, today: state.today)
        browser.tab = tab
        state.overlay = .measures(browser)
    }

    static func handle(_ key: KeyEvent, _ browser: MeasuresBrowser, _ state: inout AppState) -> [Effect] {
        var b = browser
        guard let command = MeasuresKeys.table.command(for: key, where: { MeasuresKeys.offered($0, b) }) else { return [] }
        let tabs = MeasuresBrowser.Tab.allCases.count
        switch command {
        case .move(let move) where b.drilling:
            b.drillCursor = move.cursor(from: b.drillCursor, count: b.accountsBehindCursor.count)
        case .move(let move):
            b.cursor = move.cursor(from: b.cursor, count: b.rowCount)
        case .tab(let tab):
            b.tab = tab
            if b.tab == .audit || b.tab == .people || b.tab == .load { b.cursor = 0 }
        case .nextTab, .previousTab:
            b.tab = MeasuresBrowser.Tab(rawValue: (b.tab.rawValue + (command == .nextTab ? 1 : tabs - 1)) % tabs)!
            b.cursor = min(b.cursor, max(0, b.rowCount - 1))
        case .byPerson:
            b.regroup(b.grouping == .accountManager ? .onboardingLead : .accountManager)
        case .open where b.tab == .load:
            // A person's accounts on the portfolio: the filter picker of a team's views.
            guard b.load.people.indices.contains(b.cursor) else { break }
            let person = b.load.people[b.cursor]
            state.overlay = nil
            state.showPerson(person.role, person.name)
            Update.keepCursorsVisible(&state)
            return []
        case .open:
            if b.tab == .audit, b.audits.indices.contains(b.cursor) {
                state.overlay = nil
                goTo(b.audits[b.cursor].accountID, &state)
                return []
            }
            guard !b.accountsBehindCursor.isEmpty else { break }
            b.drilling = true
            b.drillCursor = 0
        case .goToAccount:
            let ids = b.accountsBehindCursor
            guard ids.indices.contains(b.drillCursor) else { break }
            state.overlay = nil
            goTo(ids[b.drillCursor], &state)
            return []
        case .back:
            b.drilling = false
        case .close:
            state.overlay = nil
            return []
        }
        state.overlay = .measures(b)
        return []
    }

    /// Selects the account on the portfolio, showing everything if a filter hides it.
    static func goTo(_ id: String, _ state: inout AppState) {
        if state.index.row(ofAccount: id) == nil {
            state.filter = ""
            state.attentionOnly = false
            state.reindex()
            state.reveal(id)
        }
        guard let row = state.index.row(ofAccount: id) else { return }
        state.selectedRow = row
        state.focus = .portfolio
        state.resetAccountCursors()
        Update.keepCursorsVisible(&state)
        state.message = DisplayText.sanitize(state.portfolio.account(id: id)?.name ?? id)
    }
}
