import BatonCore

extension AppState {
    /// A read-only copy's portfolio, read again because the Baton that holds the store changed
    /// it: the same account stays under the cursor (when it is still there), every list follows.
    mutating func follow(_ newer: Portfolio) {
        let keep = selectedSummary?.id
        let older = portfolio
        portfolio = newer
        if let changed = Self.changedAccounts(from: older, to: newer) {
            // The other Baton committed a change or two: those accounts move, the rest stay put.
            for account in changed {
                index.refresh(account, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly)
            }
        } else {
            index = PortfolioIndex(portfolio: newer, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly,
                                   showArchived: index.showArchived, scope: index.scope)
        }
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? selectedRow
        clampSelection()
        if showAgenda { rebuildAgenda() }
        noteTeamSplit()
        if keep != selectedSummary?.id { resetAccountCursors() }
        RiskRegisterUpdate.clampCursor(&self)
        timelineCursor = max(0, min(timelineCursor, (selectedAccount?.timeline.count ?? 1) - 1))
    }

    /// The accounts `newer` changed or added, when it holds every account of `older` in the same
    /// place and only a few changed (what a commit or two does); nil for anything else (a
    /// reordered or shortened portfolio, another owner, many changes), which is summarised afresh.
    /// Unchanged accounts share their storage with the older portfolio, so comparing them is cheap.
    static func changedAccounts(from older: Portfolio, to newer: Portfolio, limit: Int = 64) -> [Account]? {
        guard newer.owner == older.owner, newer.accounts.count >= older.accounts.count,
              newer.accounts.count - older.accounts.count <= limit else { return nil }
        var changed: [Account] = []
        for i in older.accounts.indices {
            guard older.accounts[i].id == newer.accounts[i].id else { return nil }
            if older.accounts[i] != newer.accounts[i] {
                changed.append(newer.accounts[i])
                if changed.count > limit { return nil }
            }
        }
        return changed + newer.accounts[older.accounts.count...]
    }

    /// Work that would end in a change (a meeting, a mark) is not started on a read-only store:
    /// the lead hears why before typing anything, not after.
    mutating func refusesWork(_ command: Command) -> Bool {
        guard case .readOnly(let reason) = saveStatus else { return false }
        switch command {
        case .readinessMeeting, .tDayWalkthrough, .meetings, .agendaMeeting, .markMet, .markNotMet, .markActionDone:
            message = "Not started — the store is read-only: \(reason)"
            return true
        default:
            return false
        }
    }
}
