import BatonCore

/// One timeline item in the portfolio agenda: every account's items in the coming weeks, by day.
public struct AgendaEntry: Equatable, Sendable {
    public var due: CalendarDate
    public var accountIndex: Int
    public var accountName: String
    public var item: TimelineItem
    public var status: TimelineStatus

    /// Overdue items first (they still need doing), then the next four weeks, by day then name.
    public static let horizonDays = 28

    public static func build(portfolio: Portfolio, today: CalendarDate) -> [AgendaEntry] {
        let horizon = today.adding(days: horizonDays)
        var entries: [AgendaEntry] = []
        for (i, account) in portfolio.accounts.enumerated() where account.isActive {
            for item in account.timeline where item.doneOn == nil && item.due <= horizon {
                entries.append(AgendaEntry(due: item.due, accountIndex: i, accountName: account.name,
                                           item: item, status: item.status(today: today)))
            }
        }
        entries.sort { a, b in
            if a.due != b.due { return a.due < b.due }
            if a.accountName != b.accountName { return a.accountName < b.accountName }
            return a.item.offsetDays < b.item.offsetDays
        }
        return entries
    }
}
