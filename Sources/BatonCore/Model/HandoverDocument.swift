/// The eight sections of the handover document. Section 7 is internal only.
public enum HandoverSection: Int, Codable, CaseIterable, Sendable {
    case identityAndPurchase = 1
    case onboardingPeriod = 2
    case people = 3
    case healthAndSentiment = 4
    case risksAndOpenIssues = 5
    case opportunities = 6
    case unwrittenBriefing = 7
    case postTransitionPlan = 8

    public var title: String {
        switch self {
        case .identityAndPurchase: "Identity and purchase"
        case .onboardingPeriod: "The onboarding period"
        case .people: "The people"
        case .healthAndSentiment: "Health and sentiment"
        case .risksAndOpenIssues: "Risks and open issues"
        case .opportunities: "Opportunities"
        case .unwrittenBriefing: "The unwritten briefing"
        case .postTransitionPlan: "The post-transition plan"
        }
    }

    /// Never in anything meant for the customer.
    public var isInternalOnly: Bool { self == .unwrittenBriefing }
}

/// The lead's written text per section; the rest of the document is drawn from the account.
public struct HandoverDocument: Codable, Hashable, Sendable {
    public var sections: [Int: String]
    public var circulatedOn: CalendarDate?
    public var finalisedOn: CalendarDate?

    public init(sections: [Int: String] = [:], circulatedOn: CalendarDate? = nil, finalisedOn: CalendarDate? = nil) {
        self.sections = sections
        self.circulatedOn = circulatedOn
        self.finalisedOn = finalisedOn
    }

    public subscript(section: HandoverSection) -> String {
        get { sections[section.rawValue] ?? "" }
        set { sections[section.rawValue] = newValue }
    }
}
