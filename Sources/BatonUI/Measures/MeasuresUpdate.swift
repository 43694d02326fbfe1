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
        if b.drilling {
            let count = b.accountsBehindCursor.count
            switch key {
            case .char("j"), .down: b.drillCursor = min(max(0, count - 1), b.drillCursor + 1)
            case .char("k"), .up: b.drillCursor = max(0, b.drillCursor - 1)
            case .char("g"), .home: b.drillCursor = 0
            case .char("G"), .end: b.drillCursor = max(0, count - 1)
            case .pageDown: b.drillCursor = min(max(0, count - 1), b.drillCursor + 10)
            case .pageUp: b.drillCursor = max(0, b.drillCursor - 10)
            case .escape, .backspace, .char("h"), .left: b.drilling = false
            case .enter:
                let ids = b.accountsBehindCursor
                guard ids.indices.contains(b.drillCursor) else { break }
                state.overlay = nil
                goTo(ids[b.drillCursor], &state)
                return []
            case .ctrl("c"): return [.quit]
            default: break
            }
            state.overlay = .measures(b)
            return []
        }
        switch key {
        case .char(let c) where ("1"..."5").contains(c):
            b.tab = MeasuresBrowser.Tab(rawValue: c.wholeNumberValue! - 1)!
            if b.tab == .audit || b.tab == .people || b.tab == .load { b.cursor = 0 }
        case .tab, .right, .char("l"):
            b.tab = MeasuresBrowser.Tab(rawValue: (b.tab.rawValue + 1) % MeasuresBrowser.Tab.allCases.count)!
            b.cursor = min(b.cursor, max(0, b.rowCount - 1))
        case .backTab, .left, .char("h"):
            let n = MeasuresBrowser.Tab.allCases.count
            b.tab = MeasuresBrowser.Tab(rawValue: (b.tab.rawValue + n - 1) % n)!
            b.cursor = min(b.cursor, max(0, b.rowCount - 1))
        case .char("j"), .down: b.cursor = min(max(0, b.rowCount - 1), b.cursor + 1)
        case .char("k"), .up: b.cursor = max(0, b.cursor - 1)
        case .char("g"), .home: b.cursor = 0
        case .char("G"), .end: b.cursor = max(0, b.rowCount - 1)
        case .pageDown: b.cursor = min(max(0, b.rowCount - 1), b.cursor + 10)
        case .pageUp: b.cursor = max(0, b.cursor - 10)
        case .char("p") where b.tab == .people:
            b.regroup(b.grouping == .accountManager ? .onboardingLead : .accountManager)
        case .enter where b.tab == .load:
            // A person's accounts on the portfolio: the filter picker of a team's views.
            guard b.load.people.indices.contains(b.cursor) else { break }
            let person = b.load.people[b.cursor]
            state.overlay = nil
            state.showPerson(person.role, person.name)
            Update.keepCursorsVisible(&state)
            return []
        case .enter:
            if b.tab == .audit, b.audits.indices.contains(b.cursor) {
                state.overlay = nil
                goTo(b.audits[b.cursor].accountID, &state)
                return []
            }
            guard !b.accountsBehindCursor.isEmpty else { break }
            b.drilling = true
            b.drillCursor = 0
        case .escape, .char("q"), .char("%"):
            state.overlay = nil
            return []
        case .ctrl("c"): return [.quit]
        default: break
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
