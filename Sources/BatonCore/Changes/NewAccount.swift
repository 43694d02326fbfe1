import Foundation

/// A customer joining the lead's portfolio, as the lead describes it: who they are, what they
/// bought, our people, the kind of transition and where it stands. `make` is the core's door for
/// adding an account: it checks the rules and builds the account, timeline and first stage entry.
public struct NewAccount: Equatable, Sendable, Codable {
    public var name: String
    public var legalEntity = ""
    public var industry = ""
    public var headcount = 0
    public var primaryLocation = ""
    /// Optional so that a new account written before they existed (a shared database's outbox) still reads.
    public var tradingName: String?
    public var registeredAddress: String?
    public var deliverables: String?

    public var purchased = ""
    /// Whole units of `currency` per year.
    public var annualValue = 0
    public var currency = ""
    public var termMonths = 12
    /// Blank: today.
    public var startDate: CalendarDate?
    /// Blank: the start date plus the term.
    public var renewalDate: CalendarDate?

    public var onboardingCoordinator = ""
    /// Blank: the portfolio's owner (the person adding it).
    public var onboardingLead = ""
    public var accountManager = ""
    public var accountManagementDirector: String?

    public var transitionKind: TransitionKind = .onboardingToAccountManagement
    public var planning: TransitionPlanning = .planned
    public var stage: Stage = .salesHandover
    public var tDay: CalendarDate

    /// Every text of a new account by its property's name, checked against `InputLimits.textBytes`
    /// directly: walking the value with Mirror, as a change is walked, was a tenth of an import's
    /// time. A test walks the type with Mirror, so a text property added without a line here fails it.
    var texts: [(label: String, text: String?)] {
        [("name", name), ("legalEntity", legalEntity), ("industry", industry), ("primaryLocation", primaryLocation),
         ("tradingName", tradingName), ("registeredAddress", registeredAddress), ("deliverables", deliverables),
         ("purchased", purchased), ("currency", currency), ("onboardingCoordinator", onboardingCoordinator),
         ("onboardingLead", onboardingLead), ("accountManager", accountManager), ("accountManagementDirector", accountManagementDirector)]
    }

    public init(name: String, tDay: CalendarDate) {
        self.name = name
        self.tDay = tDay
    }

    /// The account, ready for the portfolio: its id made from the name and unique against
    /// `existing`, its timeline generated from its kind's template, and a first stage entry
    /// dated today. Refused: a name `AccountName` refuses (blank, control characters only, too
    /// long), a text over `InputLimits.textBytes`, a name the portfolio already holds (archived ones
    /// too: restore that one instead), negative numbers, a renewal before the start.
    public func make(context: ChangeContext, existing: [Account]) -> Result<Account, ChangeRefusal> {
        make(context: context, named: { key in existing.first { PersonName.fold($0.name) == key } },
             takenIDs: Set(existing.map(\.id)))
    }

    /// `make` against a portfolio's index rather than its accounts (an import adds thousands, and
    /// scanning every account for each would grow with the square): `named` finds the account
    /// whose folded name (`PersonName.fold`) is the one given, `takenIDs` are the ids in use.
    public func make(context: ChangeContext, named: (String) -> Account?, takenIDs: Set<String>) -> Result<Account, ChangeRefusal> {
        if let refusal = InputLimits.refusalForOversizedText(labelled: texts) { return .failure(refusal) }
        let name: String
        switch AccountName.check(self.name) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let checked): name = checked
        }
        let key = PersonName.fold(name)
        if let same = named(key) {
            return .failure(ChangeRefusal(same.isActive
                ? "\(same.name) is already in the portfolio: pick it there, or give this one another name."
                : "\(same.name) is in the portfolio, archived: restore it (X lists archived accounts, x restores) rather than add it twice."))
        }
        guard headcount >= 0 else { return .failure(ChangeRefusal("Headcount cannot be negative.")) }
        let currency = Self.tidy(self.currency).uppercased()
        let start = startDate ?? context.today
        // A term out of range has no renewal to count to: the rule below names it.
        let renewal = renewalDate ?? Self.adding(months: min(max(termMonths, 0), 1200), to: start)
        let contract = Contract(purchased: Self.tidy(purchased), deliverables: Self.tidy(deliverables ?? ""),
                                annualValue: annualValue, currency: currency, termMonths: termMonths,
                                startDate: start, renewalDate: renewal)
        if let problem = ContractRule.problem(contract, currencyRequired: false) {
            return .failure(ChangeRefusal("Refused: \(problem)"))
        }
        let lead = Self.tidy(onboardingLead).isEmpty ? context.by : Self.tidy(onboardingLead)
        let coordinator = Self.tidy(onboardingCoordinator)
        let manager = Self.tidy(accountManager)
        let director = accountManagementDirector.map(Self.tidy).flatMap { $0.isEmpty ? nil : $0 }
        let people = People(onboardingCoordinator: coordinator, onboardingLead: lead, accountManager: manager,
                            accountManagementDirector: director,
                            primaryOwner: stage >= .continuity ? manager : coordinator)
        let account = Account(
            id: NewID.account(named: name, taken: takenIDs),
            identity: Identity(name: name, legalEntity: Self.tidy(legalEntity), tradingName: Self.tidy(tradingName ?? ""),
                               industry: Self.tidy(industry), headcount: headcount, primaryLocation: Self.tidy(primaryLocation),
                               registeredAddress: Self.tidy(registeredAddress ?? "")),
            contract: contract,
            people: people,
            health: .notRated(since: context.today),
            transitionKind: transitionKind, planning: planning, stage: stage, tDay: tDay,
            timeline: TimelineTemplate.items(kind: transitionKind, planning: planning, tDay: tDay),
            stageHistory: [StageEntry(stage: stage, on: context.today)])
        return .success(account)
    }

    /// The T-day a new account starts with when none is given: eight weeks out, the source's
    /// usual onboarding.
    public static func defaultTDay(today: CalendarDate) -> CalendarDate {
        BusinessDays.defaultTDay(today: today)
    }

    /// What the lead sees once it is added.
    public static func summary(_ account: Account) -> String {
        "\(account.name) added: stage \(account.stage.rawValue) \(account.stage.title), T-day \(account.tDay.iso), "
            + "\(account.timeline.count) timeline steps"
            + BusinessDays.tDayWarnings(account.tDay).map { " — warning: \($0)" }.joined()
    }

    static func tidy(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }


    /// `months` calendar months after `date`, on the same day or the month's last day.
    static func adding(months: Int, to date: CalendarDate) -> CalendarDate {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        return CalendarDate(year: year, month: month, day: min(date.day, CalendarDate.daysIn(month: month, year: year)))!
    }
}
