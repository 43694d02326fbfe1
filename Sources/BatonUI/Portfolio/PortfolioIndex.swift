import BatonCore

/// The portfolio as the list pane shows it: summaries of every account and the visible order.
///
/// Sorting 10,000 accounts on every keystroke would make a keystroke's cost follow the
/// portfolio's size; instead the order is rebuilt only when the sort, the filter, the attention
/// view or an account changes.
public struct PortfolioIndex: Equatable, Sendable {
    public private(set) var summaries: [AccountSummary]
    /// Indices into `summaries`, in display order, after the filter and the attention view.
    public private(set) var rows: [Int]
    public private(set) var stageCounts: [Stage: Int]
    public private(set) var clearedCount: Int
    public private(set) var tDaysWithin14: Int
    public private(set) var attentionCount: Int
    /// Accounts still in the portfolio (not archived), and those archived.
    public private(set) var activeCount: Int = 0
    public private(set) var archivedCount: Int = 0
    /// Archived accounts are listed (marked) only when this is on: `X`.
    public private(set) var showArchived = false

    public init(portfolio: Portfolio, today: CalendarDate, sort: SortKey, filter: String, attentionOnly: Bool,
                showArchived: Bool = false) {
        self.showArchived = showArchived
        summaries = portfolio.accounts.map { AccountSummary(account: $0, today: today) }
        rows = []
        stageCounts = [:]
        clearedCount = 0
        tDaysWithin14 = 0
        attentionCount = 0
        recount()
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Lists archived accounts too (marked), or only the active ones.
    public mutating func setShowArchived(_ on: Bool, sort: SortKey, filter: String, attentionOnly: Bool) {
        showArchived = on
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Drops an account that left the store (an undone add), then re-sorts.
    public mutating func remove(accountID: String, sort: SortKey, filter: String, attentionOnly: Bool) {
        summaries.removeAll { $0.id == accountID }
        recount()
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Re-summarises one account after a change, then re-sorts.
    public mutating func refresh(_ account: Account, today: CalendarDate, sort: SortKey, filter: String,
                                 attentionOnly: Bool) {
        let summary = AccountSummary(account: account, today: today)
        if let i = summaries.firstIndex(where: { $0.id == account.id }) {
            summaries[i] = summary
        } else {
            summaries.append(summary)
        }
        recount()
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    private mutating func recount() {
        var counts: [Stage: Int] = [:]
        var cleared = 0, soon = 0, attention = 0, archived = 0
        for s in summaries {
            // Archived accounts left the portfolio: they count in nothing but themselves.
            if s.archived != nil { archived += 1; continue }
            counts[s.stage, default: 0] += 1
            if s.verdict.isCleared { cleared += 1 }
            if s.stage < .transferDay && (0...14).contains(s.daysToTDay) { soon += 1 }
            if !s.attention.isEmpty { attention += 1 }
        }
        stageCounts = counts
        clearedCount = cleared
        tDaysWithin14 = soon
        attentionCount = attention
        archivedCount = archived
        activeCount = summaries.count - archived
    }

    public mutating func reorder(sort: SortKey, filter: String, attentionOnly: Bool) {
        let needle = AccountSummary.fold(filter.trimmingCharacters(in: .whitespaces))
        var kept: [Int] = []
        kept.reserveCapacity(summaries.count)
        for (i, s) in summaries.enumerated() {
            if !showArchived && s.archived != nil { continue }
            if attentionOnly && s.attention.isEmpty { continue }
            if !needle.isEmpty && !s.searchKey.contains(needle) { continue }
            kept.append(i)
        }
        let all = summaries
        kept.sort { a, b in Self.precedes(all[a], all[b], by: sort) }
        rows = kept
    }

    /// Each order puts what needs the lead first; ties fall back to the name so the list is stable.
    static func precedes(_ a: AccountSummary, _ b: AccountSummary, by key: SortKey) -> Bool {
        switch key {
        case .tDay:
            // Upcoming transfers first, soonest at the top; then those already made, latest first.
            let aPast = a.daysToTDay < 0, bPast = b.daysToTDay < 0
            if aPast != bPast { return !aPast }
            if a.tDay != b.tDay { return aPast ? a.tDay > b.tDay : a.tDay < b.tDay }
        case .readiness:
            if a.verdict.score != b.verdict.score { return a.verdict.score < b.verdict.score }
        case .health:
            if a.health != b.health { return a.health > b.health }
        case .stage:
            if a.stage != b.stage { return a.stage < b.stage }
        case .name:
            break
        }
        if a.searchKey != b.searchKey { return a.searchKey < b.searchKey }
        return a.id < b.id
    }

    public func summary(atRow row: Int) -> AccountSummary? {
        rows.indices.contains(row) ? summaries[rows[row]] : nil
    }

    public func row(ofAccount id: String) -> Int? {
        rows.firstIndex { summaries[$0].id == id }
    }
}
