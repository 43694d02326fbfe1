import BatonCore

extension FieldKey {
    static let ownerName = FieldKey("ownerName")
    static let newTransitionKind = FieldKey("newAccount.transitionKind")
    static let planning = FieldKey("planning")
    static let stage = FieldKey("stage")
    static let newTDay = FieldKey("newAccount.tDay")
    static let archiveReason = FieldKey("archiveReason")
    static let archiveNote = FieldKey("archiveNote")
}

/// The forms that change the portfolio itself rather than one account in it: starting your own
/// portfolio from the demo, adding an account, archiving one.
enum PortfolioSetupForms {
    static func startOwnPortfolio(path: String) -> FormState {
        FormState(title: "Start your own portfolio", purpose: .startOwnPortfolio, accountID: "",
                  fields: [FormField(.ownerName, "Your name",
                                     hint: "you are the onboarding lead: the title bar and your new accounts name you")],
                  guidance: ["Creates your portfolio at \(path), empty: the demo's invented accounts stay in the demo.",
                             "Then add your first account."])
    }

    static let kinds = FieldChoice.of(TransitionKind.self, title: \.title)
    static let plannings = FieldChoice.of(TransitionPlanning.self, title: { $0.rawValue.capitalized })
    static let stages = Stage.allCases.map {
        FieldChoice(String($0.rawValue), "\($0.rawValue) \($0.title)", key: Character(String($0.rawValue)))
    }
    static let reasons = FieldChoice.of(Archival.Reason.self, title: \.title)

    /// Name is the only field a new account needs; the rest can be filled in as it is learned.
    static func newAccount(owner: String, today: CalendarDate) -> FormState {
        let people = owner.isEmpty ? [] : [owner]
        return FormState(title: "New account", purpose: .newAccount, accountID: "", fields: [
            FormField(.accountName, "Name"),
            FormField(.legalEntity, "Legal entity", required: false),
            FormField(.industry, "Industry", required: false),
            FormField(.headcount, "Headcount", required: false),
            FormField(.location, "Primary location", required: false),
            FormField(.purchased, "What was bought", required: false),
            FormField(.annualValue, "Annual value", required: false, hint: "whole units a year, e.g. 48000"),
            FormField(.currency, "Currency", required: false, hint: "a code: GBP, EUR, USD…"),
            FormField(.termMonths, "Term in months", text: "12", required: false),
            FormField(.contractStart, "Contract start", .date, required: false, hint: "blank: today"),
            FormField(.renewal, "Renewal", .date, required: false, hint: "blank: the start plus the term"),
            FormField(.coordinator, "Onboarding coordinator", required: false, completions: people),
            FormField(.onboardingLead, "Onboarding lead", text: owner, required: false, completions: people),
            FormField(.accountManager, "Incoming account manager", required: false),
            FormField(.director, "Account-management director", required: false),
            FormField(.newTransitionKind, "Transition kind", .choice(kinds)),
            FormField(.planning, "Planned or unplanned", .choice(plannings)),
            FormField(.stage, "Stage", .choice(stages)),
            FormField(.newTDay, "T-day", .date, text: BusinessDays.defaultTDay(today: today).iso, required: false,
                      hint: "the planned transfer date; the timeline is built from it"),
        ], guidance: ["Only the name is needed; the timeline follows the kind's template."])
    }

    /// What the form says, as the core's `NewAccount`; or what to fix, named by its label.
    static func draft(_ form: FormState, today: CalendarDate) -> Result<NewAccount, ChangeRefusal> {
        func number(_ key: FieldKey, _ label: String, blank: Int) -> Result<Int, ChangeRefusal> {
            let text = form.value(key).filter { !",_ ".contains($0) }
            if text.isEmpty { return .success(blank) }
            guard let n = Int(text) else { return .failure(ChangeRefusal("\(label): a whole number (\"\(form.value(key))\" is not one).")) }
            return .success(n)
        }
        func choice<T>(_ key: FieldKey, _ label: String, _ choices: [FieldChoice], _ make: (String) -> T?) -> Result<T, ChangeRefusal> {
            let text = form.value(key)
            let folded = AccountSummary.fold(text)
            let raw = choices.first { $0.value == text || AccountSummary.fold($0.title) == folded }?.value ?? text
            guard let value = make(raw) else {
                return .failure(ChangeRefusal("\(label): one of \(choices.map(\.title).joined(separator: ", "))."))
            }
            return .success(value)
        }
        var draft = NewAccount(name: form.value(.accountName), tDay: form.date(.newTDay, today: today) ?? today)
        draft.legalEntity = form.value(.legalEntity)
        draft.industry = form.value(.industry)
        draft.primaryLocation = form.value(.location)
        draft.purchased = form.value(.purchased)
        draft.currency = form.value(.currency)
        draft.onboardingCoordinator = form.value(.coordinator)
        draft.onboardingLead = form.value(.onboardingLead)
        draft.accountManager = form.value(.accountManager)
        draft.accountManagementDirector = form.value(.director)
        draft.startDate = form.date(.contractStart, today: today)
        draft.renewalDate = form.date(.renewal, today: today)
        do {
            draft.headcount = try number(.headcount, "Headcount", blank: 0).get()
            draft.annualValue = try number(.annualValue, "Annual value", blank: 0).get()
            draft.termMonths = try number(.termMonths, "Term in months", blank: 12).get()
            draft.transitionKind = try choice(.newTransitionKind, "Transition kind", kinds, TransitionKind.init(rawValue:)).get()
            draft.planning = try choice(.planning, "Planned or unplanned", plannings, TransitionPlanning.init(rawValue:)).get()
            draft.stage = try choice(.stage, "Stage", stages) { Int($0).flatMap(Stage.init(rawValue:)) }.get()
        } catch {
            return .failure(error)
        }
        return .success(draft)
    }

    static func archive(_ account: Account) -> FormState {
        FormState(title: "Archive \(account.name)", purpose: .archive, accountID: account.id,
                  fields: [FormField(.archiveReason, "Why it left the portfolio", .choice(reasons)),
                           FormField(.archiveNote, "Note", .multiLine, required: false,
                                     hint: "what happened, for whoever looks it up later")],
                  guidance: ["Kept with its whole history, out of the portfolio view: X lists archived accounts, x on one restores it."])
    }

    static func archiveChange(_ form: FormState) -> Result<ArchiveChange, ChangeRefusal> {
        let text = form.value(.archiveReason)
        let folded = AccountSummary.fold(text)
        guard let raw = reasons.first(where: { $0.value == text || AccountSummary.fold($0.title) == folded })?.value,
              let reason = Archival.Reason(rawValue: raw) else {
            return .failure(ChangeRefusal("Why it left: one of \(reasons.map(\.title).joined(separator: ", "))."))
        }
        return .success(.archive(reason: reason, note: form.value(.archiveNote)))
    }
}
