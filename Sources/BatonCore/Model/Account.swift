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

    public init(id: String, identity: Identity, contract: Contract, people: People, contacts: [Contact] = [],
                health: Health, sentiment: [SentimentNote] = [], milestones: [Milestone] = [],
                interactions: [Interaction] = [], transitionKind: TransitionKind = .onboardingToAccountManagement,
                planning: TransitionPlanning = .planned, stage: Stage, tDay: CalendarDate,
                readiness: ReadinessAssessment = ReadinessAssessment(), exit: [ExitStep] = ExitStep.all,
                meetings: [Meeting] = [], crmTransfer: CRMTransfer = CRMTransfer(), risks: [Risk] = [],
                openIssues: [OpenIssue] = [], timeline: [TimelineItem] = [],
                handover: HandoverDocument = HandoverDocument(), stageOverride: StageOverride? = nil) {
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
    }

    public var name: String { identity.name }

    /// The contact tagged as sponsor, if one is.
    public var sponsor: Contact? { contacts.first { $0.isSponsor } }
}
