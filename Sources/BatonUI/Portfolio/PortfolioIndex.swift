import BatonCore

/// The portfolio as the list pane shows it: summaries of every account and the visible order.
///
/// Sorting 10,000 accounts on every keystroke would make a keystroke's cost follow the
/// portfolio's size; instead every account is kept in the sort's order (`ordered`), sorted in
/// full only when the sort itself changes. A filter or a view only picks rows out of that order
/// (a sorted list filtered stays sorted), a longer filter narrows the rows already shown, and a
/// changed account moves to its new place by binary search.
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
    /// Whose accounts are listed: mine (the default), one person's, or the whole team's.
    public private(set) var scope: TeamScope = .wholeTeam
    /// Active accounts in `scope`, and their counts as above (not counted for the whole team).
    public private(set) var scopeCount = 0
    private var scopeCounts = ScopeCounts()

    struct ScopeCounts {
        var stages: [Stage: Int] = [:]
        var cleared = 0, tDaysWithin14 = 0, attention = 0
    }

    /// The counts the list's summary shows: the scope's when it narrows the portfolio, else the portfolio's.
    public var shownStageCounts: [Stage: Int] { scopeNarrows ? scopeCounts.stages : stageCounts }
    public var shownClearedCount: Int { scopeNarrows ? scopeCounts.cleared : clearedCount }
    public var shownTDaysWithin14: Int { scopeNarrows ? scopeCounts.tDaysWithin14 : tDaysWithin14 }
    public var shownAttentionCount: Int { scopeNarrows ? scopeCounts.attention : attentionCount }

    /// Every account (indices into `summaries`) in `orderedBy`'s order, listed or not.
    private var ordered: [Int] = []
    private var orderedBy: SortKey?
    /// Where each account's summary sits, so a change or a lookup does not scan 10,000 ids.
    private var positions: [String: Int] = [:]
    /// What `rows` was last picked by: a filter that only grows narrows those rows.
    private var shown: (needle: String, attentionOnly: Bool, showArchived: Bool)?

    /// Two indices are equal when they list the same summaries in the same rows; how they got
    /// there (narrowed or picked afresh) does not matter.
    public static func == (a: PortfolioIndex, b: PortfolioIndex) -> Bool {
        a.summaries == b.summaries && a.rows == b.rows && a.showArchived == b.showArchived
    }

    public init(portfolio: Portfolio, today: CalendarDate, sort: SortKey, filter: String, attentionOnly: Bool,
                showArchived: Bool = false, scope: TeamScope = .wholeTeam) {
        self.init(summaries: portfolio.accounts.map { AccountSummary(account: $0, today: today) }, sort: sort,
                  filter: filter, attentionOnly: attentionOnly, showArchived: showArchived, scope: scope)
    }

    /// From summaries already worked out (a store's summary index, before its portfolio is read).
    public init(summaries: [AccountSummary], sort: SortKey, filter: String, attentionOnly: Bool, showArchived: Bool = false,
                scope: TeamScope = .wholeTeam) {
        self.showArchived = showArchived
        self.scope = scope
        self.summaries = summaries
        positions = Dictionary(summaries.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
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

    /// Lists only the accounts in `scope` (when it narrows the portfolio: see `scopeNarrows`).
    public mutating func setScope(_ scope: TeamScope, sort: SortKey, filter: String, attentionOnly: Bool) {
        self.scope = scope
        recount()
        shown = nil
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Whether the scope leaves accounts out: a person's always does; "mine" only when it splits
    /// the portfolio (a lead named on every account, or a director on none, sees all of it).
    public var scopeNarrows: Bool {
        switch scope {
        case .wholeTeam: false
        case .mine: TeamScope.mineSplits(mine: scopeCount, of: activeCount)
        case .person: true
        }
    }

    /// Drops an account that left the store (an undone add); the others keep their order.
    public mutating func remove(accountID: String, sort: SortKey, filter: String, attentionOnly: Bool) {
        guard let gone = positions[accountID] else { return }
        summaries.remove(at: gone)
        positions = Dictionary(summaries.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func shifted(_ list: [Int]) -> [Int] { list.compactMap { $0 == gone ? nil : $0 > gone ? $0 - 1 : $0 } }
        ordered = shifted(ordered)
        rows = shifted(rows)
        recount()
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Re-summarises one account after a change and moves it to its new place: the cost follows
    /// the change, not the portfolio (no re-sort, no recount of the others).
    public mutating func refresh(_ account: Account, today: CalendarDate, sort: SortKey, filter: String,
                                 attentionOnly: Bool) {
        let summary = AccountSummary(account: account, today: today)
        let narrowed = scopeNarrows
        let i: Int
        if let known = positions[account.id] {
            i = known
            count(summaries[i], by: -1)
            if let at = ordered.firstIndex(of: i) { ordered.remove(at: at) }
            if let at = rows.firstIndex(of: i) { rows.remove(at: at) }
            summaries[i] = summary
        } else {
            i = summaries.count
            summaries.append(summary)
            positions[summary.id] = i
        }
        count(summary, by: 1)
        guard orderedBy == sort, narrowed == scopeNarrows, let shown, shown.needle == Self.needle(filter), shown.attentionOnly == attentionOnly,
              shown.showArchived == showArchived else {
            orderedBy = nil
            reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
            return
        }
        ordered.insert(i, at: place(of: i, in: ordered, by: sort))
        if isListed(summary, needle: shown.needle, attentionOnly: attentionOnly) {
            rows.insert(i, at: place(of: i, in: rows, by: sort))
        }
    }

    /// Where summary `i` belongs in `list` (already in `key`'s order): the first place whose
    /// account it precedes.
    private func place(of i: Int, in list: [Int], by key: SortKey) -> Int {
        summaries.withUnsafeBufferPointer { all in
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if Self.precedes(all[list[mid]], all[i], by: key) { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    private mutating func recount() {
        stageCounts = [:]
        clearedCount = 0
        tDaysWithin14 = 0
        attentionCount = 0
        archivedCount = 0
        activeCount = 0
        scopeCount = 0
        scopeCounts = ScopeCounts()
        for s in summaries { count(s, by: 1) }
    }

    /// Adds (+1) or takes away (-1) what one account contributes to the portfolio's counts.
    private mutating func count(_ s: AccountSummary, by n: Int) {
        // Archived accounts left the portfolio: they count in nothing but themselves.
        if s.archived != nil {
            archivedCount += n
            return
        }
        activeCount += n
        if scope != .wholeTeam, scope.includes(onboardingLead: s.onboardingLead, accountManager: s.accountManager) {
            scopeCount += n
            scopeCounts.stages[s.stage, default: 0] += n
            if scopeCounts.stages[s.stage] == 0 { scopeCounts.stages[s.stage] = nil }
            if s.verdict.isCleared { scopeCounts.cleared += n }
            if s.stage < .transferDay && (0...14).contains(s.daysToTDay) { scopeCounts.tDaysWithin14 += n }
            if !s.attention.isEmpty { scopeCounts.attention += n }
        }
        stageCounts[s.stage, default: 0] += n
        if stageCounts[s.stage] == 0 { stageCounts[s.stage] = nil }
        if s.verdict.isCleared { clearedCount += n }
        if s.stage < .transferDay && (0...14).contains(s.daysToTDay) { tDaysWithin14 += n }
        if !s.attention.isEmpty { attentionCount += n }
    }

    private static func needle(_ filter: String) -> String {
        AccountSummary.fold(filter.trimmingCharacters(in: .whitespaces))
    }

    private func isListed(_ s: AccountSummary, needle: String, attentionOnly: Bool) -> Bool {
        if !showArchived && s.archived != nil { return false }
        if attentionOnly && s.attention.isEmpty { return false }
        if scopeNarrows && !scope.includes(onboardingLead: s.onboardingLead, accountManager: s.accountManager) { return false }
        return needle.isEmpty || Self.contains(s.searchKey, needle)
    }

    /// Byte-wise substring search on the folded names: both sides are folded the same way, so
    /// bytes match where characters do, at a fraction of `String.contains`'s cost.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count <= h.count else { return false }
                guard let first = n.first else { return true }
                var start = 0
                let last = h.count - n.count
                while start <= last {
                    if h[start] == first {
                        var k = 1
                        while k < n.count && h[start + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    public mutating func reorder(sort: SortKey, filter: String, attentionOnly: Bool) {
        let needle = Self.needle(filter)
        if orderedBy != sort {
            var all = Array(summaries.indices)
            summaries.withUnsafeBufferPointer { s in
                all.sort { a, b in Self.precedes(s[a], s[b], by: sort) }
            }
            ordered = all
            orderedBy = sort
            shown = nil
        }
        // A filter that only grew keeps a subset of the rows it kept, in the same order.
        let narrowing = shown.map { $0.attentionOnly == attentionOnly && $0.showArchived == showArchived
            && needle.contains($0.needle) } ?? false
        let source = narrowing ? rows : ordered
        var kept: [Int] = []
        kept.reserveCapacity(source.count)
        summaries.withUnsafeBufferPointer { s in
            for i in source where isListed(s[i], needle: needle, attentionOnly: attentionOnly) { kept.append(i) }
        }
        rows = kept
        shown = (needle, attentionOnly, showArchived)
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
        guard let i = positions[id] else { return nil }
        if let key = orderedBy {
            // The rows are in the sort's order and the ties fall back to the id: the place is exact.
            let at = place(of: i, in: rows, by: key)
            return at < rows.count && rows[at] == i ? at : nil
        }
        return rows.firstIndex(of: i)
    }
}
