/// What kind of transfer this is; each kind has its own timeline template.
public enum TransitionKind: String, Codable, CaseIterable, Sendable {
    case onboardingToAccountManagement
    /// 002:37–41: the standard handoff after a deal closes.
    case salesToCustomerSuccess
    /// 002:42–46: from new-customer sales to account management, for renewals and expansion.
    case salesToAccountManagement
    /// 002:47–51: territory change, departure, promotion.
    case repToRep
    /// 002:52–56: restructuring, new coverage models.
    case teamToTeam

    public var title: String {
        switch self {
        case .onboardingToAccountManagement: "Onboarding → Account management"
        case .salesToCustomerSuccess: "Sales → Customer success"
        case .salesToAccountManagement: "Sales → Account management"
        case .repToRep: "Rep → rep"
        case .teamToTeam: "Team → team"
        }
    }
}

/// Planned, or unplanned (departure, emergency): an unplanned one runs on an accelerated timeline.
public enum TransitionPlanning: String, Codable, CaseIterable, Sendable {
    case planned, unplanned
}

/// A lead moved the account past the stage gate without a Cleared verdict, and said why.
/// The account stays flagged "schedule-driven transition" everywhere it appears.
public struct StageOverride: Codable, Hashable, Sendable {
    public var reason: String
    public var by: String
    public var on: CalendarDate
    /// The stage the override let the account into.
    public var toStage: Stage
    /// Into Continuity: the steps that were missing and that the reason covers (nil on an
    /// override recorded before they were kept: it covered readiness and the exit).
    public var missing: [TransferStep]?

    public init(reason: String, by: String, on: CalendarDate, toStage: Stage, missing: [TransferStep]? = nil) {
        self.reason = reason
        self.by = by
        self.on = on
        self.toStage = toStage
        self.missing = missing
    }
}
