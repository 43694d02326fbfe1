import Foundation

/// A meeting held on the account: an agenda of timed sections, notes per section, attendees.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case readinessAssessment
        case internalHandover
        case jointTransition
        case tDayWalkthrough
        case postTransitionReview

        public var title: String {
            switch self {
            case .readinessAssessment: "Readiness assessment"
            case .internalHandover: "Internal handover meeting"
            case .jointTransition: "Joint transition meeting"
            case .tDayWalkthrough: "T-day walkthrough"
            case .postTransitionReview: "30-day post-transition review"
            }
        }
    }

    public var id: String
    public var kind: Kind
    public var on: CalendarDate
    public var attendees: [String]
    public var sections: [AgendaSection]
    /// Joint transition meeting only: the three success signals ticked live.
    public var successSignals: [SuccessSignal]
    /// Internal handover only: the account manager's two or three actions for the first 30 days.
    public var commitments: [String]
    /// 30-day review only: the customer's answer to "how smooth was the account transition?",
    /// 1 (rough) to 5 (seamless); the target is an average of 4.5 or more.
    public var customerSatisfaction: Int?
    public var startedAt: Date?
    public var endedAt: Date?

    public init(id: String, kind: Kind, on: CalendarDate, attendees: [String] = [],
                sections: [AgendaSection]? = nil, successSignals: [SuccessSignal] = [],
                commitments: [String] = [], customerSatisfaction: Int? = nil, startedAt: Date? = nil, endedAt: Date? = nil) {
        self.id = id
        self.kind = kind
        self.on = on
        self.attendees = attendees
        self.sections = sections ?? MeetingAgenda.sections(for: kind)
        self.successSignals = successSignals
        self.commitments = commitments
        self.customerSatisfaction = customerSatisfaction
        self.startedAt = startedAt
        self.endedAt = endedAt
    }

    public var plannedMinutes: Int { sections.reduce(0) { $0 + $1.minutes } }
}

/// One timed section of a meeting's agenda, and what was said in it.
public struct AgendaSection: Codable, Hashable, Sendable {
    public var title: String
    public var minutes: Int
    public var notes: String
    /// Why the section was skipped, when the meeting skipped it on purpose.
    public var skipReason: String?
    /// The meeting went to this section (nil in meetings recorded before visits were kept).
    public var visited: Bool?

    public init(title: String, minutes: Int, notes: String = "", skipReason: String? = nil, visited: Bool? = nil) {
        self.title = title
        self.minutes = minutes
        self.notes = notes
        self.skipReason = skipReason
        self.visited = visited
    }

    /// Done only when something was written in it, or it was skipped with a reason: moving past
    /// a section is not doing it.
    public var isDone: Bool { !RuleText.isBlank(notes) || !RuleText.isBlank(skipReason ?? "") }
}

/// Whether the customer sponsor is among a meeting's attendees: named (the account's sponsor
/// contact), or written as the sponsor beside a name ("Jane Doe (customer sponsor)").
public enum SponsorPresence {
    public static func isPresent(in attendees: [String], account: Account) -> Bool {
        let name = account.sponsor.map { RuleText.trimmed($0.name).lowercased() } ?? ""
        return attendees.contains { a in
            let lower = a.lowercased()
            return (!name.isEmpty && lower.contains(name)) || lower.contains("sponsor")
        }
    }
}

/// The joint transition meeting's three signals that the customer has accepted the account manager.
public enum SuccessSignal: String, Codable, CaseIterable, Sendable {
    case customerAsksAccountManagerAQuestion
    case sponsorSaysWeAboutNextPhase
    case laughter

    public var title: String {
        switch self {
        case .customerAsksAccountManagerAQuestion: "The customer asks the account manager a question"
        case .sponsorSaysWeAboutNextPhase: "The sponsor says \"we\" about the next phase"
        case .laughter: "There is laughter"
        }
    }
}

/// The standard agendas from DOMAIN.md.
public enum MeetingAgenda {
    public static func sections(for kind: Meeting.Kind) -> [AgendaSection] {
        switch kind {
        case .readinessAssessment:
            return ReadinessCondition.allCases.map { AgendaSection(title: "\($0.number). \($0.title)", minutes: 5) }
        case .internalHandover:
            return [("Strategic context", 10), ("Operational state", 10), ("Relational dynamics", 10),
                    ("Risks and open issues", 10), ("Opportunities", 5), ("The unwritten briefing", 10),
                    ("Agreed next steps", 5)].map { AgendaSection(title: $0.0, minutes: $0.1) }
        case .jointTransition:
            return [("Welcome and purpose", 5), ("Onboarding summary", 10), ("Introducing the account manager", 5),
                    ("The account manager speaks", 10), ("Customer voice", 10), ("Confirmation and close", 5)]
                .map { AgendaSection(title: $0.0, minutes: $0.1) }
        case .tDayWalkthrough:
            return [("CRM completeness: nine areas", 15), ("The five T-day changes", 10), ("First touchpoint", 5)]
                .map { AgendaSection(title: $0.0, minutes: $0.1) }
        case .postTransitionReview:
            return [("How the relationship has settled", 15), ("Risk register revisited", 10),
                    ("Open issues revisited", 10), ("Operational learnings", 10)]
                .map { AgendaSection(title: $0.0, minutes: $0.1) }
        }
    }

    /// The agenda for a meeting on an account of this kind of transition. Seed 000's agendas are
    /// for onboarding → account management; seed 002 gives the customer meeting of the others
    /// its own: the full transition meeting for a change of rep (002:181–221, 40 minutes, the
    /// departing owner leading), the 30-minute joint meeting for the rest (002:116–122).
    public static func sections(for kind: Meeting.Kind, transition: TransitionKind) -> [AgendaSection] {
        guard kind == .jointTransition else { return sections(for: kind) }
        switch transition {
        case .onboardingToAccountManagement:
            return sections(for: kind)
        case .repToRep:
            return [("Context setting: the departing owner explains the transition", 5), ("New owner introduction", 5),
                    ("Account knowledge demonstration", 10), ("Ongoing initiatives review", 5),
                    ("Continuity assurance", 5), ("Questions and concerns", 5), ("Next steps: first check-in scheduled", 5)]
                .map { AgendaSection(title: $0.0, minutes: $0.1) }
        case .salesToCustomerSuccess, .salesToAccountManagement, .teamToTeam:
            return [("The departing owner explains the transition context", 5), ("New owner introduction and background", 5),
                    ("New owner demonstrates account knowledge", 10), ("Ongoing initiatives and priorities", 5),
                    ("Questions and concerns", 5)]
                .map { AgendaSection(title: $0.0, minutes: $0.1) }
        }
    }

    /// The internal handover's section that must be visited before the meeting closes.
    public static let unwrittenBriefing = "The unwritten briefing"

    /// The joint transition meeting cannot be held without these roles in the room.
    public static let jointTransitionMandatoryRoles = [
        "Customer sponsor", "Customer day-to-day contact", "Onboarding lead", "Onboarding coordinator",
        "Incoming account manager",
    ]
}
