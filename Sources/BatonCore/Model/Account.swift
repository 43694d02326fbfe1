/// One customer, on its way from Onboarding to Account Management.
public struct Account: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var identity: Identity
    public var contract: Contract
    public var people: People
    public var contacts: [Contact]
    public var health: Health
    public var sentiment: [SentimentNote]
    public var milestones: [Milestone]
    public var interactions: [Interaction]
    public var transitionKind: TransitionKind
    public var planning: TransitionPlanning
    public var stage: Stage
    /// The planned transfer date.
    public var tDay: CalendarDate
    public var readiness: ReadinessAssessment
    public var exit: [ExitStep]
    public var meetings: [Meeting]
    public var crmTransfer: CRMTransfer
    public var risks: [Risk]
    public var openIssues: [OpenIssue]
    public var timeline: [TimelineItem]
    public var handover: HandoverDocument
    /// Set when a lead moved the account past the stage gate without Cleared.
    public var stageOverride: StageOverride?
    /// Earlier health ratings, oldest first; `health` is the current one. Nothing is overwritten.
    public var healthHistory: [Health]
    /// Every stage the account entered, dated, oldest first (kept from format version 2 on).
    public var stageHistory: [StageEntry]
    /// Set when the account left the portfolio; it is kept, never deleted, and can be restored.
    public var archived: Archival?
    /// Set when the account came from a CRM export (`baton import`): the record it matches.
    public var crmRecord: CRMRecord?
    /// Every move of the T-day, dated, with its note, oldest first.
    public var tDayHistory: [TDayMove]

    public init(id: String, identity: Identity, contract: Contract, people: People, contacts: [Contact] = [],
                health: Health, sentiment: [SentimentNote] = [], milestones: [Milestone] = [],
                interactions: [Interaction] = [], transitionKind: TransitionKind = .onboardingToAccountManagement,
                planning: TransitionPlanning = .planned, stage: Stage, tDay: CalendarDate,
                readiness: ReadinessAssessment = ReadinessAssessment(), exit: [ExitStep] = ExitStep.all,
                meetings: [Meeting] = [], crmTransfer: CRMTransfer = CRMTransfer(), risks: [Risk] = [],
                openIssues: [OpenIssue] = [], timeline: [TimelineItem] = [],
                handover: HandoverDocument = HandoverDocument(), stageOverride: StageOverride? = nil,
                healthHistory: [Health] = [], stageHistory: [StageEntry] = [], archived: Archival? = nil,
                crmRecord: CRMRecord? = nil, tDayHistory: [TDayMove] = []) {
        self.id = id
        self.identity = identity
        self.contract = contract
        self.people = people
        self.contacts = contacts
        self.health = health
        self.sentiment = sentiment
        self.milestones = milestones
        self.interactions = interactions
        self.transitionKind = transitionKind
        self.planning = planning
        self.stage = stage
        self.tDay = tDay
        self.readiness = readiness
        self.exit = exit
        self.meetings = meetings
        self.crmTransfer = crmTransfer
        self.risks = risks
        self.openIssues = openIssues
        self.timeline = timeline
        self.handover = handover
        self.stageOverride = stageOverride
        self.healthHistory = healthHistory
        self.stageHistory = stageHistory
        self.archived = archived
        self.crmRecord = crmRecord
        self.tDayHistory = tDayHistory
    }

    public var name: String { identity.name }

    /// Still in the portfolio: not archived.
    public var isActive: Bool { archived == nil }

    /// The contact tagged as sponsor, if one is.
    public var sponsor: Contact? { contacts.first { $0.isSponsor } }
}

extension Account {
    private enum CodingKeys: String, CodingKey {
        case id, identity, contract, people, contacts, health, sentiment, milestones, interactions, transitionKind,
             planning, stage, tDay, readiness, exit, meetings, crmTransfer, risks, openIssues, timeline, handover,
             stageOverride, healthHistory, stageHistory, archived, crmRecord, tDayHistory
    }

    /// Written out so that the fields added in format version 2 (the health and stage histories)
    /// read as empty from a version 1 document or journal record, instead of refusing it.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        identity = try c.decode(Identity.self, forKey: .identity)
        contract = try c.decode(Contract.self, forKey: .contract)
        people = try c.decode(People.self, forKey: .people)
        contacts = try c.decode([Contact].self, forKey: .contacts)
        health = try c.decode(Health.self, forKey: .health)
        sentiment = try c.decode([SentimentNote].self, forKey: .sentiment)
        milestones = try c.decode([Milestone].self, forKey: .milestones)
        interactions = try c.decode([Interaction].self, forKey: .interactions)
        transitionKind = try c.decode(TransitionKind.self, forKey: .transitionKind)
        planning = try c.decode(TransitionPlanning.self, forKey: .planning)
        stage = try c.decode(Stage.self, forKey: .stage)
        tDay = try c.decode(CalendarDate.self, forKey: .tDay)
        readiness = try c.decode(ReadinessAssessment.self, forKey: .readiness)
        exit = try c.decode([ExitStep].self, forKey: .exit)
        meetings = try c.decode([Meeting].self, forKey: .meetings)
        crmTransfer = try c.decode(CRMTransfer.self, forKey: .crmTransfer)
        risks = try c.decode([Risk].self, forKey: .risks)
        openIssues = try c.decode([OpenIssue].self, forKey: .openIssues)
        timeline = try c.decode([TimelineItem].self, forKey: .timeline)
        handover = try c.decode(HandoverDocument.self, forKey: .handover)
        stageOverride = try c.decodeIfPresent(StageOverride.self, forKey: .stageOverride)
        healthHistory = try c.decodeIfPresent([Health].self, forKey: .healthHistory) ?? []
        stageHistory = try c.decodeIfPresent([StageEntry].self, forKey: .stageHistory) ?? []
        archived = try c.decodeIfPresent(Archival.self, forKey: .archived)
        crmRecord = try c.decodeIfPresent(CRMRecord.self, forKey: .crmRecord)
        tDayHistory = try c.decodeIfPresent([TDayMove].self, forKey: .tDayHistory) ?? []
        shareRepeatedText()
    }
}
