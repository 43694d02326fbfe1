/// One of the six conditions of the readiness assessment (DOMAIN.md's table).
public enum ReadinessCondition: Int, Codable, CaseIterable, Sendable, Comparable {
    case setupComplete = 1
    case activeUsage = 2
    case milestonesAchieved = 3
    case trainingCapability = 4
    case processUnderstanding = 5
    case customerConfidence = 6

    public var number: Int { rawValue }

    public var title: String {
        switch self {
        case .setupComplete: "Setup is complete"
        case .activeUsage: "Actively using the service"
        case .milestonesAchieved: "Initial milestones achieved"
        case .trainingCapability: "Training has produced capability"
        case .processUnderstanding: "Understands the processes"
        case .customerConfidence: "Confidence in solution and company"
        }
    }

    /// What Met needs, in the words a lead reads aloud in the meeting.
    public var evidenceStandard: String {
        switch self {
        case .setupComplete:
            "Signed implementation sign-off on file: signed by the sponsor (or an authorised signatory), dated, and where it is filed."
        case .activeUsage:
            "A usage report covering at least the last 21 days, showing the named end-users at baseline activity."
        case .milestonesAchieved:
            "Every kick-off milestone completed, with date and evidence."
        case .trainingCapability:
            "A competence check observed by the onboarding operator, not self-reported: what the users demonstrated, who observed, when."
        case .processUnderstanding:
            "A conversation with the sponsor covering support tickets, documentation, escalation, billing and expanding access, each ticked, captured in writing, with its date."
        case .customerConfidence:
            "The sponsor's own words, first person and positive, captured in writing within the last 7 days: dated, and where."
        }
    }

    /// What does not count, for the conditions most often soft-scored (2, 4 and 6).
    public var notEvidence: String? {
        switch self {
        case .activeUsage: "Not evidence: \"they're logging in\"."
        case .trainingCapability: "Not evidence: \"they attended the sessions\"."
        case .customerConfidence: "Not evidence: \"they haven't complained\"."
        default: nil
        }
    }

    /// Conditions 2 and 6 need recent evidence (a usage report ending, sentiment captured, within
    /// seven days of the assessment): a run judges them fresh for a week, no longer.
    public var goesStale: Bool { self == .activeUsage || self == .customerConfidence }

    /// Conditions 2, 4 and 6 are the ones most often soft-scored.
    public var isOftenSoftScored: Bool { notEvidence != nil }

    public static func < (a: ReadinessCondition, b: ReadinessCondition) -> Bool { a.rawValue < b.rawValue }
}
