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
            "Signed implementation sign-off on file: signatory and date."
        case .activeUsage:
            "A usage report covering at least the last 21 days, showing the named end-users at baseline activity."
        case .milestonesAchieved:
            "Every kick-off milestone completed, with date and evidence."
        case .trainingCapability:
            "A competence check observed by the onboarding operator, not self-reported: who observed, when."
        case .processUnderstanding:
            "A conversation with the sponsor about support, documentation, escalation, billing and access, captured in writing, with its date."
        case .customerConfidence:
            "Sponsor sentiment documented within the last 7 days, ideally in the sponsor's own words."
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

    /// Conditions 2, 4 and 6 are the ones most often soft-scored.
    public var isOftenSoftScored: Bool { notEvidence != nil }

    public static func < (a: ReadinessCondition, b: ReadinessCondition) -> Bool { a.rawValue < b.rawValue }
}
