import Foundation

extension Interaction {
    /// How long after an interaction it may be logged before the record counts as stale.
    public static let lateLoggingThreshold: TimeInterval = 24 * 60 * 60

    /// Logged more than 24 hours after it happened: the "stale record" failure. Exactly 24 h is on time.
    public var isLateLogged: Bool {
        loggedAt.timeIntervalSince(happenedAt) > Self.lateLoggingThreshold
    }
}

extension Account {
    /// Interactions logged more than 24 hours after they happened.
    public func lateLoggedInteractions() -> [Interaction] {
        interactions.filter(\.isLateLogged)
    }
}
