/// What a customer-facing document may know about an account, and nothing more.
///
/// Customer-facing documents are built from this type only, never from `Account`: it simply has
/// no field for the unwritten briefing, the risk register, the open issues log, health, sentiment,
/// meeting or interaction notes, evidence, or a contact's stance, relationship strength or
/// preferences. Nothing internal can leak into a customer's document, because nothing internal
/// reaches the code that writes one. Free text a lead typed is carried only where it names
/// something the customer already knows (their own people, what they bought, their milestones).
public struct CustomerSafeAccount: Equatable, Sendable {
    /// A person on the customer's side: who they are, not what we think of them.
    public struct Person: Equatable, Sendable {
        public var name: String
        public var role: String
        public var isSponsor: Bool
        public var isDayToDay: Bool
    }

    /// An outcome named at kick-off, and whether and when it was reached.
    public struct Outcome: Equatable, Sendable {
        public var name: String
        public var targetDate: CalendarDate
        public var achievedOn: CalendarDate?
    }

    public var id: String
    public var name: String
    public var legalEntity: String
    /// What they bought, in the contract's words.
    public var purchased: String
    public var contractStart: CalendarDate
    public var transitionKind: TransitionKind
    public var tDay: CalendarDate

    public var onboardingLead: String
    public var onboardingCoordinator: String
    public var accountManager: String
    public var accountManagementDirector: String?
    /// Until when the onboarding lead stays available after T-day (30 days by default), as the
    /// last business day of them.
    public var leadAvailableUntil: CalendarDate

    public var sponsor: Person?
    public var dayToDay: Person?
    /// The outcomes named at kick-off (the first milestones), in target order.
    public var dayOneGoals: [Outcome]
    /// Every milestone, in target order.
    public var outcomes: [Outcome]

    /// Days the customer is told about: the joint transition meeting, the account manager's first
    /// one-to-one, the first QBR. Dates only: the lead's notes on them stay internal.
    public var jointMeeting: CalendarDate?
    public var firstOneToOne: CalendarDate?
    public var firstQBR: CalendarDate?

    public init(_ account: Account) {
        id = account.id
        name = account.identity.name
        legalEntity = account.identity.legalEntity
        purchased = account.contract.purchased
        contractStart = account.contract.startDate
        transitionKind = account.transitionKind
        tDay = account.tDay

        onboardingLead = account.people.onboardingLead
        onboardingCoordinator = account.people.onboardingCoordinator
        accountManager = account.people.accountManager
        accountManagementDirector = account.people.accountManagementDirector
        // The last business day of the 30: nobody is "available until" a Sunday.
        leadAvailableUntil = BusinessDays.previous(onOrBefore: account.people.leadSecondaryContactUntil ?? account.tDay.adding(days: 30))

        func person(_ c: Contact) -> Person {
            Person(name: c.name, role: c.role, isSponsor: c.isSponsor, isDayToDay: c.isDayToDay)
        }
        sponsor = account.contacts.first { $0.isSponsor }.map(person)
        dayToDay = account.contacts.first { $0.isDayToDay && !$0.isSponsor }.map(person)

        let ordered = account.milestones.sorted { ($0.targetDate, $0.id) < ($1.targetDate, $1.id) }
        outcomes = ordered.map { Outcome(name: $0.name, targetDate: $0.targetDate, achievedOn: $0.completedOn) }
        let kickOff = ordered.map(\.addedOn).min()
        dayOneGoals = ordered.filter { $0.addedOn == kickOff }
            .map { Outcome(name: $0.name, targetDate: $0.targetDate, achievedOn: $0.completedOn) }

        func step(_ key: String) -> CalendarDate? {
            account.timeline.first { $0.templateKey == key }.map { $0.doneOn ?? $0.due }
        }
        jointMeeting = account.meetings.filter { $0.kind == .jointTransition }.map(\.on).max()
            ?? step("joint-transition-meeting")
        firstOneToOne = account.crmTransfer.firstTouchpoint?.on ?? step("first-one-to-one")
        firstQBR = step("first-qbr")
    }
}
