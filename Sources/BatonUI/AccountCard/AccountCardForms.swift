import BatonCore

/// Which of the account card's forms is open, and on what.
public enum AccountCardForm: Equatable, Codable, Sendable {
    case identity, contract, people
    case addContact, editContact(id: String)
    case addMilestone, editMilestone(id: String), completeMilestone(id: String)
    case exitDone(ExitComponent)
    case handoverSection(HandoverSection)
}

extension FieldKey {
    static let primaryOwner = FieldKey("primaryOwner")
    static let contactName = FieldKey("contactName")
    static let contactRole = FieldKey("contactRole")
    static let contactIsSponsor = FieldKey("contactIsSponsor")
    static let dayToDay = FieldKey("dayToDay")
    static let contactIsSignatory = FieldKey("contactIsSignatory")
    static let stance = FieldKey("stance")
    static let strength = FieldKey("strength")
    static let preference = FieldKey("preference")
    static let milestoneName = FieldKey("milestoneName")
    static let targetDate = FieldKey("targetDate")
    static let completedOn = FieldKey("completedOn")
    static let milestoneEvidence = FieldKey("milestoneEvidence")
    static let exitDoneOn = FieldKey("exitDoneOn")
    static let exitReference = FieldKey("exitReference")
    static let sectionText = FieldKey("sectionText")
}

/// The card's forms: each built from the account as it stands, and read back into the change it
/// means. The rules are the core's: a form only turns typed text into values.
enum AccountCardForms {
    static let yesNo = [FieldChoice("yes", "Yes", key: "y"), FieldChoice("no", "No", key: "n")]
    static let currencies = ["GBP", "EUR", "USD", "CHF", "JPY", "KRW", "AUD", "CAD", "BRL", "SEK"]

    static func form(_ purpose: AccountCardForm, account: Account, people: [String]) -> FormState? {
        let name = account.name
        func make(_ title: String, _ fields: [FormField], guidance: [String] = []) -> FormState {
            FormState(title: "\(title) · \(name)", purpose: .accountCard(purpose), accountID: account.id,
                      fields: fields, guidance: guidance)
        }
        switch purpose {
        case .identity:
            let i = account.identity
            return make("Identity", [
                FormField(.accountName, "Name", text: i.name),
                FormField(.legalEntity, "Legal entity", text: i.legalEntity, required: false),
                FormField(.industry, "Industry", text: i.industry, required: false),
                FormField(.headcount, "Headcount", text: i.headcount == 0 ? "" : "\(i.headcount)", required: false),
                FormField(.location, "Primary location", text: i.primaryLocation, required: false),
            ])
        case .contract:
            let c = account.contract
            let codes = currencies.contains(c.currency) ? currencies : [c.currency] + currencies
            return make("Contract", [
                FormField(.purchased, "What was bought", text: c.purchased),
                FormField(.annualValue, "Annual value (whole units)", text: "\(c.annualValue)"),
                FormField(.currency, "Currency", .choice(codes.map { FieldChoice($0, $0) }), text: c.currency),
                FormField(.termMonths, "Term (months)", text: "\(c.termMonths)"),
                FormField(.contractStart, "Start date", .date, text: c.startDate.iso),
                FormField(.renewal, "Renewal date", .date, text: c.renewalDate.iso),
            ])
        case .people:
            let p = account.people
            return make("Our people", [
                FormField(.coordinator, "Onboarding coordinator", text: p.onboardingCoordinator, completions: people),
                FormField(.onboardingLead, "Onboarding lead", text: p.onboardingLead, completions: people),
                FormField(.accountManager, "Incoming account manager", text: p.accountManager, completions: people),
                FormField(.director, "Account-management director", text: p.accountManagementDirector ?? "",
                          required: false, completions: people),
                FormField(.primaryOwner, "Primary owner (CRM)", text: p.primaryOwner, completions: people),
            ])
        case .addContact:
            return make("Add contact", contactFields(nil, account: account))
        case .editContact(let id):
            guard let contact = account.contacts.first(where: { $0.id == id }) else { return nil }
            return make("Edit contact", contactFields(contact, account: account))
        case .addMilestone:
            return make("Add milestone", [
                FormField(.milestoneName, "Milestone (an outcome named at kick-off)"),
                FormField(.targetDate, "Target date", .date),
            ], guidance: conditionThreeNote(account))
        case .editMilestone(let id):
            guard let m = account.milestones.first(where: { $0.id == id }) else { return nil }
            return make("Edit milestone", [
                FormField(.milestoneName, "Milestone", text: m.name),
                FormField(.targetDate, "Target date", .date, text: m.targetDate.iso),
            ])
        case .completeMilestone(let id):
            guard let m = account.milestones.first(where: { $0.id == id }) else { return nil }
            return make("Complete milestone", [
                FormField(.completedOn, "Completed on", .date, text: "today", hint: "not in the future"),
                FormField(.milestoneEvidence, "Evidence", .multiLine, text: m.evidence ?? ""),
            ], guidance: ["“\(m.name)” — target \(m.targetDate.iso)",
                          "Evidence: what shows the outcome was achieved (a report, a count, who confirmed it)."])
        case .exitDone(let component):
            let step = account.exit.first { $0.component == component }
            let signOff = component == .customerSignOff
            return make(component.title, [
                FormField(.exitDoneOn, "Done on", .date, text: step?.doneOn?.iso ?? "today"),
                FormField(.exitReference, signOff ? "Reference to the signed document" : "Reference (where it is)",
                          text: step?.reference ?? "", required: signOff,
                          hint: signOff ? "file, link or e-signature id" : "optional: a link or a file"),
            ], guidance: signOff ? ["A signed acknowledgement, never an inferred one: no reference, no sign-off."] : [])
        case .handoverSection(let section):
            let internalNote = section.isInternalOnly
                ? ["INTERNAL ONLY — never in anything meant for the customer."] : []
            return make("Handover \(section.rawValue). \(section.title)", [
                FormField(.sectionText, "Text", .multiLine, text: account.handover[section], required: false),
            ], guidance: internalNote + [HandoverGuide.prompt(section)])
        }
    }

    static func contactFields(_ c: Contact?, account: Account) -> [FormField] {
        let sponsor = account.sponsor.flatMap { $0.id == c?.id ? nil : $0.name }
        return [
            FormField(.contactName, "Name", text: c?.name ?? ""),
            FormField(.contactRole, "Role", text: c?.role ?? "", required: false),
            FormField(.contactIsSponsor, "Sponsor", .choice(yesNo), text: c?.isSponsor == true ? "yes" : "no",
                      hint: sponsor.map { "one sponsor per account: now \($0)" }),
            FormField(.dayToDay, "Day-to-day contact", .choice(yesNo), text: c?.isDayToDay == true ? "yes" : "no"),
            FormField(.contactIsSignatory, "Authorised signatory", .choice(yesNo), text: c?.isAuthorisedSignatory == true ? "yes" : "no",
                      hint: "may sign setup's sign-off for the customer, as the sponsor may"),
            FormField(.stance, "Stance", .choice(FieldChoice.of(Contact.Stance.self) { $0.rawValue.capitalized }),
                      text: c?.stance.rawValue ?? Contact.Stance.neutral.rawValue),
            FormField(.strength, "Relationship strength", .choice(FieldChoice.of(Contact.Strength.self) { $0.rawValue.capitalized }),
                      text: c?.relationshipStrength.rawValue ?? Contact.Strength.moderate.rawValue),
            FormField(.preference, "Communication preference", text: c?.communicationPreference ?? "", required: false),
        ]
    }

    static func conditionThreeNote(_ account: Account) -> [String] {
        account.readiness[.milestonesAchieved].status == .met
            ? ["Condition 3 is marked Met: a milestone added now makes that mark stale until it is re-judged."] : []
    }

    /// What the submitted form means, or why its text cannot be read.
    static func change(_ form: FormState, _ purpose: AccountCardForm, account: Account,
                       today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        func date(_ key: FieldKey, _ label: String) -> Result<CalendarDate, ChangeRefusal> {
            form.date(key, today: today).map { .success($0) } ?? .failure(ChangeRefusal("\(label) is needed."))
        }
        switch purpose {
        case .identity:
            guard let headcount = number(form.value(.headcount), blankIs: 0) else {
                return .failure(ChangeRefusal("Headcount is a whole number of people (1200, or 1,200)."))
            }
            return .success(.profile(.editIdentity(Identity(
                name: form.value(.accountName), legalEntity: form.value(.legalEntity), industry: form.value(.industry),
                headcount: headcount, primaryLocation: form.value(.location)))))
        case .contract:
            guard let value = number(form.value(.annualValue), blankIs: nil) else {
                return .failure(ChangeRefusal("Annual value is a whole amount (48000, or 48,000)."))
            }
            guard let term = number(form.value(.termMonths), blankIs: nil) else {
                return .failure(ChangeRefusal("Term is a whole number of months."))
            }
            return date(.contractStart, "Start date").flatMap { start in
                date(.renewal, "Renewal date").map { renewal in
                    .profile(.editContract(Contract(purchased: form.value(.purchased), annualValue: value,
                                                    currency: form.value(.currency), termMonths: term,
                                                    startDate: start, renewalDate: renewal)))
                }
            }
        case .people:
            return .success(.profile(.editPeople(
                onboardingCoordinator: form.value(.coordinator), onboardingLead: form.value(.onboardingLead),
                accountManager: form.value(.accountManager), accountManagementDirector: form.value(.director),
                primaryOwner: form.value(.primaryOwner))))
        case .addContact, .editContact:
            guard let stance = Contact.Stance(rawValue: form.value(.stance).lowercased()) else {
                return .failure(ChangeRefusal("Stance is advocate, neutral or sceptic."))
            }
            guard let strength = Contact.Strength(rawValue: form.value(.strength).lowercased()) else {
                return .failure(ChangeRefusal("Relationship strength is weak, moderate or strong."))
            }
            let details = ContactDetails(name: form.value(.contactName), role: form.value(.contactRole),
                                         isSponsor: yes(form.value(.contactIsSponsor)), isDayToDay: yes(form.value(.dayToDay)),
                                         isAuthorisedSignatory: yes(form.value(.contactIsSignatory)),
                                         communicationPreference: form.value(.preference),
                                         relationshipStrength: strength, stance: stance)
            if case .editContact(let id) = purpose { return .success(.contacts(.edit(id: id, details))) }
            return .success(.contacts(.add(details)))
        case .addMilestone:
            return date(.targetDate, "Target date").map { .milestones(.add(name: form.value(.milestoneName), targetDate: $0)) }
        case .editMilestone(let id):
            return date(.targetDate, "Target date").map {
                .milestones(.edit(id: id, name: form.value(.milestoneName), targetDate: $0))
            }
        case .completeMilestone(let id):
            return date(.completedOn, "Completed on").map {
                .milestones(.complete(id: id, on: $0, evidence: form.value(.milestoneEvidence)))
            }
        case .exitDone(let component):
            return date(.exitDoneOn, "Done on").map {
                .exit(.markDone(component, on: $0, reference: form.value(.exitReference)))
            }
        case .handoverSection(let section):
            return .success(.handover(.setSection(section, text: form.value(.sectionText))))
        }
    }

    /// "1,200", "1 200", "1_200" → 1200; blank → `blankIs`; anything else → nil.
    static func number(_ text: String, blankIs: Int?) -> Int? {
        let digits = text.filter { $0 != "," && $0 != "_" && $0 != " " && $0 != "\u{00A0}" }
        if digits.isEmpty { return blankIs }
        return Int(digits)
    }

    static func yes(_ text: String) -> Bool { ["yes", "y", "true"].contains(text.lowercased()) }

    /// Every name a people field might want: the account's own people first, then the rest of the portfolio's.
    static func peopleNames(_ account: Account, portfolio: Portfolio) -> [String] {
        func names(_ a: Account) -> [String] {
            let p = a.people
            return [p.onboardingCoordinator, p.onboardingLead, p.accountManager, p.accountManagementDirector ?? "", p.primaryOwner]
        }
        var seen = Set<String>()
        let all = names(account) + account.contacts.map(\.name) + portfolio.accounts.flatMap(names)
        return Array(all.filter { !$0.isEmpty && seen.insert($0).inserted }.prefix(200))
    }
}

/// What each handover section holds, as the prompt under its form's title.
enum HandoverGuide {
    static func prompt(_ section: HandoverSection) -> String {
        switch section {
        case .identityAndPurchase: "Who the customer is and what they bought, and why."
        case .onboardingPeriod: "Dates, milestones, training, the sign-off."
        case .people: "Sponsor, day-to-day contact, who matters and how to reach them."
        case .healthAndSentiment: "Health today and why; the sponsor's own words."
        case .risksAndOpenIssues: "Every open risk and issue, honestly: nothing tidied away."
        case .opportunities: "Expansion, references, what the customer wants next."
        case .unwrittenBriefing: "What is not in the CRM: personalities, sensitivities, politics."
        case .postTransitionPlan: "The first 30 days: cadence, first one-to-one, the review."
        }
    }
}
