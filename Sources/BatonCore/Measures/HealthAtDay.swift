/// Health as it stood on a given day, from the account's health history: the rating set most
/// recently on or before that day. The source tracks health "30/60/90 days post-transition",
/// "maintained or improved" against the health at transfer.
extension Account {
    /// Every rating the account has had, oldest first: the history, then the current one.
    public var allHealthRatings: [Health] { (healthHistory + [health]).filter(\.isRated) }

    /// The rating in force on `day`; nil when no rating had been set by then ("not rated" is no
    /// rating: it is never a baseline the 30/60/90 checks count as Green).
    public func health(on day: CalendarDate) -> Health? {
        allHealthRatings.last { $0.setOn <= day }
    }
}

/// Health at T-day and at T+30, T+60 and T+90, and whether each held.
public struct HealthAfterTransfer: Equatable, Sendable {
    /// Days after T-day at which health is read.
    public static let checkpoints = [30, 60, 90]

    public var atTransfer: Health.Rating?
    /// One per checkpoint that has been reached (30, 60, 90 days after T-day), in order.
    public var after: [(days: Int, rating: Health.Rating?)]

    public static func == (a: HealthAfterTransfer, b: HealthAfterTransfer) -> Bool {
        a.atTransfer == b.atTransfer && a.after.map(\.days) == b.after.map(\.days) && a.after.map(\.rating) == b.after.map(\.rating)
    }

    public init(account: Account, today: CalendarDate) {
        atTransfer = account.health(on: account.tDay)?.rating
        after = Self.checkpoints.filter { account.tDay.adding(days: $0) <= today }.map { days in
            (days, account.health(on: account.tDay.adding(days: days))?.rating)
        }
    }

    /// Maintained or improved at every checkpoint reached; nil before T+30 or without a rating at T-day.
    public var maintained: Bool? {
        guard let start = atTransfer, !after.isEmpty else { return nil }
        return after.allSatisfy { ($0.rating ?? .red) <= start }
    }
}
