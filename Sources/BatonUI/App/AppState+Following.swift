import BatonCore

extension AppState {
    /// A read-only copy's portfolio, read again because the Baton that holds the store changed
    /// it: the same account stays under the cursor (when it is still there), every list follows.
    mutating func follow(_ newer: Portfolio) {
        let keep = selectedSummary?.id
        portfolio = newer
        index = PortfolioIndex(portfolio: newer, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly,
                               showArchived: index.showArchived, scope: index.scope)
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? selectedRow
        clampSelection()
        if showAgenda { rebuildAgenda() }
        noteTeamSplit()
        if keep != selectedSummary?.id { resetAccountCursors() }
        RiskRegisterUpdate.clampCursor(&self)
        timelineCursor = max(0, min(timelineCursor, (selectedAccount?.timeline.count ?? 1) - 1))
    }

    /// Work that would end in a change (a meeting, a mark) is not started on a read-only store:
    /// the lead hears why before typing anything, not after.
    mutating func refusesWork(_ command: Command) -> Bool {
        guard case .readOnly(let reason) = saveStatus else { return false }
        switch command {
        case .readinessMeeting, .tDayWalkthrough, .meetings, .agendaMeeting, .markMet, .markNotMet:
            message = "Not started — the store is read-only: \(reason)"
            return true
        default:
            return false
        }
    }
}
