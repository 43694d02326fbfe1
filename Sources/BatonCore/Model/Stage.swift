/// Where an account stands on the way from Sales to Account Management (DOMAIN.md, "Stages").
public enum Stage: Int, Codable, CaseIterable, Comparable, Sendable {
    case salesHandover = 1
    case onboardingActive = 2
    case readinessReview = 3
    case handoverPreparation = 4
    case jointTransitionMeeting = 5
    case transferDay = 6
    case continuity = 7
    case accountManagement = 8

    public var title: String {
        switch self {
        case .salesHandover: "Sales handover"
        case .onboardingActive: "Onboarding active"
        case .readinessReview: "Readiness review"
        case .handoverPreparation: "Handover preparation"
        case .jointTransitionMeeting: "Joint transition meeting"
        case .transferDay: "Transfer day"
        case .continuity: "Continuity"
        case .accountManagement: "Account management"
        }
    }

    /// A short label for narrow columns.
    public var shortTitle: String {
        switch self {
        case .salesHandover: "Sales"
        case .onboardingActive: "Onboarding"
        case .readinessReview: "Readiness"
        case .handoverPreparation: "Handover prep"
        case .jointTransitionMeeting: "Joint meeting"
        case .transferDay: "T-day"
        case .continuity: "Continuity"
        case .accountManagement: "Acct mgmt"
        }
    }

    /// The stage name the CRM shows, where DOMAIN.md names one.
    public var crmStage: String {
        self >= .continuity ? "Account Management Active" : "Onboarding Active"
    }

    public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
}
