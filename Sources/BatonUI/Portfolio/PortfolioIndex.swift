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
    /// The rows each shorter filter kept on the way to this one, so taking a letter back (a
    /// backspace) finds them again instead of reading every account; forgotten at any change.
    private var narrowedFrom: [(needle: String, rows: [Int])] = []
    /// What the filter reads of each account, packed: every folded name in one run of bytes
    /// (`keyStarts[i]..<keyStarts[i + 1]`), and whether it is archived, needs attention, and is
    /// in the team scope. Reading 10,000 summaries for this costs more than the matching does.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    private var keyFlags: [UInt8] = []
    private static let archivedFlag: UInt8 = 1, attentionFlag: UInt8 = 2, inScopeFlag: UInt8 = 4

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
        packKeys()
        recount()
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Lists archived accounts too (marked), or only the active ones.
    public mutating func setShowArchived(_ on: Bool, sort: SortKey, filter: String, attentionOnly: Bool) {
        showArchived = on
        narrowedFrom = []
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Lists only the accounts in `scope` (when it narrows the portfolio: see `scopeNarrows`).
    public mutating func setScope(_ scope: TeamScope, sort: SortKey, filter: String, attentionOnly: Bool) {
        self.scope = scope
        recount()
        packKeys()
        shown = nil
        narrowedFrom = []
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
        narrowedFrom = []
        packKeys()
        recount()
        reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
    }

    /// Re-summarises one account after a change and moves it to its new place: the cost follows
    /// the change, not the portfolio (no re-sort, no recount of the others).
    public mutating func refresh(_ account: Account, today: CalendarDate, sort: SortKey, filter: String,
                                 attentionOnly: Bool) {
        let summary = AccountSummary(account: account, today: today)
        let narrowed = scopeNarrows
        narrowedFrom = []
        let i: Int
        if let known = positions[account.id] {
            i = known
            count(summaries[i], by: -1)
            if let at = ordered.firstIndex(of: i) { ordered.remove(at: at) }
            if let at = rows.firstIndex(of: i) { rows.remove(at: at) }
            let renamed = summaries[i].searchKey != summary.searchKey
            summaries[i] = summary
            if renamed { packKeys() } else { keyFlags[i] = flags(of: summary) }
        } else {
            i = summaries.count
            summaries.append(summary)
            positions[summary.id] = i
            keyBytes.append(contentsOf: summary.searchKey.utf8)
            keyStarts.append(keyBytes.count)
            keyFlags.append(flags(of: summary))
        }
        count(summary, by: 1)
        guard orderedBy == sort, narrowed == scopeNarrows, let shown, shown.needle == Self.needle(filter), shown.attentionOnly == attentionOnly,
              shown.showArchived == showArchived else {
            orderedBy = nil
            reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
            return
        }
        ordered.insert(i, at: place(of: i, in: ordered, by: sort))
        if isListed(i, needle: Array(shown.needle.utf8), attentionOnly: attentionOnly) {
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
                if key.precedes(all[list[mid]], all[i]) { low = mid + 1 } else { high = mid }
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

    /// Packs every folded name and its flags (see `keyBytes`): when the index is made, the
    /// scope changes, an account is dropped or renamed.
    private mutating func packKeys() {
        keyBytes.removeAll(keepingCapacity: true)
        keyStarts = [0]
        keyStarts.reserveCapacity(summaries.count + 1)
        keyFlags = []
        keyFlags.reserveCapacity(summaries.count)
        for s in summaries {
            keyBytes.append(contentsOf: s.searchKey.utf8)
            keyStarts.append(keyBytes.count)
            keyFlags.append(flags(of: s))
        }
    }

    private func flags(of s: AccountSummary) -> UInt8 {
        (s.archived != nil ? Self.archivedFlag : 0) | (s.attention.isEmpty ? 0 : Self.attentionFlag)
            | (scope.includes(onboardingLead: s.onboardingLead, accountManager: s.accountManager) ? Self.inScopeFlag : 0)
    }

    /// Whether account `i` is listed under `needle` (folded, as bytes) and the views.
    private func isListed(_ i: Int, needle: [UInt8], attentionOnly: Bool) -> Bool {
        let f = keyFlags[i]
        if !showArchived && f & Self.archivedFlag != 0 { return false }
        if attentionOnly && f & Self.attentionFlag == 0 { return false }
        if scopeNarrows && f & Self.inScopeFlag == 0 { return false }
        guard !needle.isEmpty else { return true }
        return keyBytes.withUnsafeBufferPointer { all in
            needle.withUnsafeBufferPointer { n in
                Self.contains(UnsafeBufferPointer(rebasing: all[keyStarts[i]..<keyStarts[i + 1]]), n)
            }
        }
    }

    /// Byte-wise substring search on the folded names: both sides are folded the same way, so
    /// bytes match where characters do, at a fraction of `String.contains`'s cost.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        Array(haystack.utf8).withUnsafeBufferPointer { h in Array(needle.utf8).withUnsafeBufferPointer { n in contains(h, n) } }
    }

    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
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

    public mutating func reorder(sort: SortKey, filter: String, attentionOnly: Bool) {
        let needle = Self.needle(filter)
        if orderedBy != sort {
            var all = Array(summaries.indices)
            summaries.withUnsafeBufferPointer { s in
                all.sort { a, b in sort.precedes(s[a], s[b]) }
            }
            ordered = all
            orderedBy = sort
            shown = nil
        }
        let sameViews = shown.map { $0.attentionOnly == attentionOnly && $0.showArchived == showArchived } ?? false
        if !sameViews { narrowedFrom = [] }
        // A letter taken back: the rows that shorter filter kept, unless something changed since.
        if let back = narrowedFrom.lastIndex(where: { $0.needle == needle }) {
            rows = narrowedFrom[back].rows
            narrowedFrom.removeSubrange(back...)
            shown = (needle, attentionOnly, showArchived)
            return
        }
        // A filter that only grew keeps a subset of the rows it kept, in the same order.
        let narrowing = sameViews && shown.map { needle.contains($0.needle) } == true
        if narrowing, let shown, shown.needle != needle {
            narrowedFrom.append((shown.needle, rows))
        } else if !narrowing {
            narrowedFrom = []
        }
        let source = narrowing ? rows : ordered
        var kept: [Int] = []
        kept.reserveCapacity(source.count)
        let bytes = Array(needle.utf8)
        for i in source where isListed(i, needle: bytes, attentionOnly: attentionOnly) { kept.append(i) }
        rows = kept
        shown = (needle, attentionOnly, showArchived)
    }

    /// Where the account's summary sits in `summaries`: the same place as the account in the
    /// portfolio it was made from (both append a new account and drop a removed one alike).
    public func position(of id: String) -> Int? { positions[id] }

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
