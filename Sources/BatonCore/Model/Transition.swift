/// What kind of transfer this is; each kind has its own timeline template.
public enum TransitionKind: String, Codable, CaseIterable, Sendable {
    case onboardingToAccountManagement
    case salesToCustomerSuccess
    case repToRep
    case teamToTeam

    public var title: String {
        switch self {
        case .onboardingToAccountManagement: "Onboarding → Account management"
        case .salesToCustomerSuccess: "Sales → Customer success"
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

    public init(reason: String, by: String, on: CalendarDate, toStage: Stage) {
        self.reason = reason
        self.by = by
        self.on = on
        self.toStage = toStage
    }
}
