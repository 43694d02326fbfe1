import Foundation

/// An account's summary as the shared database keeps it beside the document: worked out on the
/// writer's day, with the last day it holds (as the local summary index keeps it), so a reader
/// on another day uses it only while it still holds.
public struct DatedSummary: Codable, Equatable, Sendable {
    public var summary: AccountSummary
    /// The day it was worked out for.
    public var computedFor: CalendarDate
    /// The last day it holds but for the days to T-day (worked out anew each day).
    public var validThrough: CalendarDate

    public init(account: Account, today: CalendarDate) {
        summary = AccountSummary(account: account, today: today)
        computedFor = today
        validThrough = SummaryIndex.validThrough(account, summary: summary, today: today)
    }

    /// The summary for `day`, or nil when it does not hold then (a day before it was worked out,
    /// or past its last day): the account's document is read instead.
    public func summary(on day: CalendarDate) -> AccountSummary? {
        guard day >= computedFor, day <= validThrough else { return nil }
        return summary.rebased(to: day)
    }
}
