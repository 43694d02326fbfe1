/// Who the customer is, what they bought, and who looks after them on our side — and a new
/// account, which is all three at once. The option names are a CRM export's field names
/// (`CRMField`), so a column maps onto the same field a form and the shell fill.
public enum ProfileInputs {
    public static let headcountRange = (min: 0, max: 10_000_000)
    public static let valueRange = (min: 0, max: 1_000_000_000_000)
    /// Ten years: a longer term is almost certainly a typing slip (a pre-filled 12 with 36 typed after it).
    public static let termRange = (min: 1, max: 120)

    static func identityFields(_ i: Identity?) -> [InputField] {
        [
            InputField(.accountName, "Name", option: "name", value: i?.name ?? "", help: "the customer's name as you know it"),
            InputField(.legalEntity, "Legal entity", option: "legal-entity", value: i?.legalEntity ?? "", required: false,
                       help: "the customer's legal entity"),
            InputField(.tradingName, "Trading name", option: "trading-name", value: i?.tradingName ?? "", required: false,
                       help: "the name they trade under (the CRM record needs it, 000:440)"),
            InputField(.industry, "Industry", option: "industry", value: i?.industry ?? "", required: false, help: "industry"),
            InputField(.headcount, "Headcount", option: "headcount", .number(min: headcountRange.min, max: headcountRange.max),
                       value: (i?.headcount ?? 0) == 0 ? "" : "\(i!.headcount)", required: false, help: "number of employees"),
            InputField(.location, "Primary location", option: "location", value: i?.primaryLocation ?? "", required: false,
                       help: "primary location"),
            InputField(.registeredAddress, "Registered address", option: "registered-address", value: i?.registeredAddress ?? "",
                       required: false, help: "the registered address (the CRM record needs it, 000:440)"),
        ]
    }

    static func contractFields(_ c: Contract?, required: Bool) -> [InputField] {
        [
            InputField(.purchased, "What was bought", option: "purchased", value: c?.purchased ?? "", required: required,
                       help: "what was sold: the named services"),
            InputField(.deliverables, "Deliverables", option: "deliverables", value: c?.deliverables ?? "", required: false,
                       help: "the agreed deliverables, in plain English (000:442)"),
            InputField(.annualValue, "Annual value (whole units)", option: "annual-value", .number(min: valueRange.min, max: valueRange.max),
                       value: c.map { "\($0.annualValue)" } ?? "", required: required, help: "contract value per year, e.g. 48000"),
            InputField(.currency, "Currency", option: "currency", value: c?.currency ?? "", required: required,
                       help: "a three-letter code: GBP, EUR, USD…", completions: Contract.commonCurrencies),
            InputField(.termMonths, "Term (months)", option: "term-months", .number(min: termRange.min, max: termRange.max),
                       value: c.map { "\($0.termMonths)" } ?? "12", required: required, help: "contract term in months, 1 to 120"),
            InputField(.contractStart, "Start date", option: "start-date", .date, value: c?.startDate.iso ?? "", required: required,
                       help: "contract start" + (required ? "" : "; blank: today")),
            InputField(.renewal, "Renewal date", option: "renewal-date", .date, value: c?.renewalDate.iso ?? "", required: required,
                       help: "contract renewal" + (required ? "" : "; blank: the start plus the term")),
        ]
    }

    static func peopleFields(_ p: People?, names: [String], owner: String) -> [InputField] {
        [
            InputField(.coordinator, "Onboarding coordinator", option: "coordinator", .person(.ourSide), value: p?.onboardingCoordinator ?? "",
                       required: p != nil, help: "the day-to-day operator", completions: names),
            InputField(.onboardingLead, "Onboarding lead", option: "onboarding-lead", .person(.ourSide), value: p?.onboardingLead ?? owner,
                       required: p != nil, help: p == nil ? "blank: you" : "the onboarding lead", completions: names),
            InputField(.accountManager, "Incoming account manager", option: "account-manager", .person(.ourSide), value: p?.accountManager ?? "",
                       required: p != nil, help: "who takes the account over", completions: names),
            InputField(.director, "Account-management director", option: "director", .person(.ourSide),
                       value: p?.accountManagementDirector ?? "", required: false, help: "optional", completions: names),
        ]
    }

    public static func identity(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Identity" + (account.map { " · \($0.name)" } ?? ""), fields: identityFields(account?.identity)) { v throws(InputRefusal) in
            .profile(.editIdentity(Identity(name: v.text(.accountName), legalEntity: v.text(.legalEntity), tradingName: v.text(.tradingName),
                                            industry: v.text(.industry), headcount: v.number(.headcount) ?? 0,
                                            primaryLocation: v.text(.location), registeredAddress: v.text(.registeredAddress))))
        }
    }

    public static func contract(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Contract" + (account.map { " · \($0.name)" } ?? ""), fields: contractFields(account?.contract, required: true)) { v throws(InputRefusal) in
            .profile(.editContract(Contract(purchased: v.text(.purchased), deliverables: v.text(.deliverables),
                                            annualValue: v.number(.annualValue)!, currency: v.text(.currency),
                                            termMonths: v.number(.termMonths)!, startDate: v.date(.contractStart)!,
                                            renewalDate: v.date(.renewal)!)))
        }
    }

    public static func people(account: Account?, names: [String] = []) -> ChangeInput<AccountChange> {
        let p = account?.people
        let offered = names.isEmpty ? (account?.knownPeople(.ourSide) ?? []) : names
        return ChangeInput("Our people" + (account.map { " · \($0.name)" } ?? ""), fields: peopleFields(p, names: offered, owner: "") + [
            InputField(.primaryOwner, "Primary owner (CRM)", option: "primary-owner", .person(.ourSide), value: p?.primaryOwner ?? "",
                       help: "who owns the CRM record now", completions: offered),
        ]) { v throws(InputRefusal) in
            .profile(.editPeople(onboardingCoordinator: v.text(.coordinator), onboardingLead: v.text(.onboardingLead),
                                 accountManager: v.text(.accountManager), accountManagementDirector: v.text(.director),
                                 primaryOwner: v.text(.primaryOwner)))
        }
    }

    public static let kinds = FieldChoice.of(TransitionKind.self, title: \.title)
    public static let plannings = FieldChoice.of(TransitionPlanning.self, title: { $0.rawValue.capitalized })
    public static let stages = Stage.allCases.map {
        FieldChoice(String($0.rawValue), "\($0.rawValue) \($0.title)", key: Character(String($0.rawValue)))
    }

    /// A new account: only the name is needed; the rest can be filled in as it is learned.
    /// `owner` is the portfolio's owner, offered as the onboarding lead; `defaultTDay` the T-day offered.
    public static func newAccount(owner: String, defaultTDay: CalendarDate?) -> ChangeInput<NewAccount> {
        let names = owner.isEmpty ? [] : [owner]
        return ChangeInput("New account", fields: identityFields(nil) + contractFields(nil, required: false)
            + peopleFields(nil, names: names, owner: owner) + [
            InputField(.newTransitionKind, "Transition kind", option: "kind", .choice(TimelineInputs.kinds),
                       value: TimelineInputs.word(.onboardingToAccountManagement), help: ""),
            InputField(.planning, "Planned or unplanned", option: "planning", .choice(TimelineInputs.plannings), value: "planned",
                       help: "unplanned: the accelerated timeline"),
            InputField(.stage, "Stage", option: "stage", .choice(stages), value: "1", help: ""),
            InputField(.newTDay, "T-day", option: "t-day", .date, value: defaultTDay?.iso ?? "", required: false,
                       help: "the planned transfer date; the timeline is built from it"),
        ], guidance: ["Only the name is needed; the timeline follows the kind's template."]) { v throws(InputRefusal) in
            var new = NewAccount(name: v.text(.accountName), tDay: v.date(.newTDay) ?? defaultTDay ?? v.context.today)
            new.legalEntity = v.text(.legalEntity)
            new.industry = v.text(.industry)
            new.headcount = v.number(.headcount) ?? 0
            new.primaryLocation = v.text(.location)
            new.tradingName = v.text(.tradingName)
            new.registeredAddress = v.text(.registeredAddress)
            new.deliverables = v.text(.deliverables)
            new.purchased = v.text(.purchased)
            new.annualValue = v.number(.annualValue) ?? 0
            new.currency = v.text(.currency)
            new.termMonths = v.number(.termMonths) ?? 12
            new.startDate = v.date(.contractStart)
            new.renewalDate = v.date(.renewal)
            new.onboardingCoordinator = v.text(.coordinator)
            new.onboardingLead = v.text(.onboardingLead)
            new.accountManager = v.text(.accountManager)
            new.accountManagementDirector = v.text(.director)
            new.transitionKind = TransitionKind.allCases.first { TimelineInputs.word($0) == v.choice(.newTransitionKind) } ?? .onboardingToAccountManagement
            new.planning = v.choice(.planning, as: TransitionPlanning.self) ?? .planned
            new.stage = v.choice(.stage).flatMap(Int.init).flatMap(Stage.init(rawValue:)) ?? .salesHandover
            return new
        }
    }
}

extension Contract {
    /// The codes offered first; any three-letter ISO code is taken.
    public static let commonCurrencies = ["GBP", "EUR", "USD", "CHF", "JPY", "KRW", "AUD", "CAD", "BRL", "SEK"]
}

extension FieldKey {
    public static let tradingName = FieldKey("tradingName")
    public static let registeredAddress = FieldKey("registeredAddress")
    public static let deliverables = FieldKey("deliverables")
    public static let accountName = FieldKey("accountName")
    public static let legalEntity = FieldKey("legalEntity")
    public static let industry = FieldKey("industry")
    public static let headcount = FieldKey("headcount")
    public static let location = FieldKey("location")
    public static let purchased = FieldKey("purchased")
    public static let annualValue = FieldKey("annualValue")
    public static let currency = FieldKey("currency")
    public static let termMonths = FieldKey("termMonths")
    public static let contractStart = FieldKey("contractStart")
    public static let renewal = FieldKey("renewal")
    public static let coordinator = FieldKey("coordinator")
    public static let onboardingLead = FieldKey("onboardingLead")
    public static let accountManager = FieldKey("accountManager")
    public static let director = FieldKey("director")
    public static let primaryOwner = FieldKey("primaryOwner")
    public static let newTransitionKind = FieldKey("newAccount.transitionKind")
    public static let planning = FieldKey("planning")
    public static let stage = FieldKey("stage")
    public static let newTDay = FieldKey("newAccount.tDay")
}
