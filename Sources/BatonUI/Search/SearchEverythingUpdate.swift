import BatonCore

/// Keys in the search: typing searches at once, ↑↓ choose, Enter goes to the match, Esc closes.
enum SearchEverythingUpdate {
    static func open(_ state: inout AppState) {
        state.overlay = .search(SearchEverything())
    }

    static func handle(_ key: KeyEvent, _ search: SearchEverything, _ state: inout AppState) -> [Effect] {
        var s = search
        switch SearchEverythingKeys.table.command(for: key, typing: true) {
        case .close:
            state.overlay = nil
            return []
        case .go:
            guard s.hits.indices.contains(s.cursor) else { return [] }
            state.overlay = nil
            go(to: s.hits[s.cursor], &state)
            return []
        case .move(let move):
            s.cursor = move.cursor(from: s.cursor, count: s.hits.count)
        case nil:
            type(key, &s, state)
        }
        state.overlay = .search(s)
        return []
    }

    /// Typing: a character, a paste (on one line), Backspace, Ctrl-U; each searches at once.
    static func type(_ key: KeyEvent, _ s: inout SearchEverything, _ state: AppState) {
        switch key {
        case .backspace:
            guard !s.query.isEmpty else { return }
            s.query.removeLast()
        case .ctrl("u"):
            s.query = ""
        case .char(let c):
            s.query.append(c)
        case .paste(let text):
            s.query += DisplayText.sanitize(text).replacingOccurrences(of: "\n", with: " ")
        default:
            return
        }
        s.search(state.portfolio.accounts)
    }

    /// Selects the account and opens the place the match is in: a card tab, a pane's row.
    static func go(to hit: SearchEverything.Hit, _ state: inout AppState) {
        if let account = state.portfolio.account(id: hit.accountID), !account.isActive, !state.showArchived {
            state.index.setShowArchived(true, sort: state.sort, filter: state.filter, attentionOnly: state.attentionOnly)
            state.reindex()
        }
        MeasuresUpdate.goTo(hit.accountID, &state)
        guard let account = state.portfolio.account(id: hit.accountID) else { return }
        state.message = "\(DisplayText.sanitize(account.name)): \(hit.place.label)"
        func card(_ tab: CardTab, cursor: Int = 0) {
            var c = AccountCard(accountID: account.id, tab: tab)
            c.cursor = cursor
            state.overlay = .accountCard(c)
        }
        switch hit.place.location {
        case .identity: card(.overview)
        case .contact(let i): card(.contacts, cursor: i)
        case .milestone(let i): card(.milestones, cursor: i)
        case .handover(let section): card(.handover, cursor: section - 1)
        case .exit(let component): card(.exit, cursor: ExitComponent.allCases.firstIndex(of: component) ?? 0)
        case .history: card(.history)
        case .condition(let condition):
            state.focus = .readiness
            state.readinessCursor = ReadinessCondition.allCases.firstIndex(of: condition) ?? 0
        case .timeline(let i):
            state.focus = .timeline
            state.showAgenda = false
            state.timelineCursor = i
        case .risk(let id):
            state.focus = .risks
            state.showOpenIssues = false
            state.riskCellFilter = nil
            if let i = RiskRegisterRows.risks(account, filter: nil).firstIndex(where: { $0.id == id }) {
                state.riskHistory = false
                state.riskCursor = i
            } else {
                state.riskHistory = true    // closed: it lives in the history
            }
        case .openIssue(let id):
            state.focus = .risks
            state.showOpenIssues = true
            if let i = RiskRegisterRows.openIssues(account).firstIndex(where: { $0.id == id }) {
                state.riskHistory = false
                state.riskCursor = i
            } else {
                state.riskHistory = true
            }
        }
    }
}
