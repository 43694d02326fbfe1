/// Who the customer is, what they bought, and who looks after them on our side: changes through
/// the one door (`AccountChange`).
public enum ProfileChange: Equatable, Sendable, Codable {
    /// Name, legal entity, trading name, industry, headcount, primary location, registered
    /// address. The name must not be blank.
    case editIdentity(Identity)
    /// What was bought (the named services), the agreed deliverables, annual value and currency,
    /// term, start and renewal dates.
    case editContract(Contract)
    /// Our people: the coordinator, the lead, the incoming account manager, the optional
    /// account-management director and the CRM record's primary owner. The lead's 30 days as
    /// secondary contact after T-day are the transfer's business and are kept as they are.
    case editPeople(onboardingCoordinator: String, onboardingLead: String, accountManager: String,
                    accountManagementDirector: String?, primaryOwner: String)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        switch self {
        case .editIdentity(let identity):
            let name: String
            switch AccountName.check(identity.name) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let checked): name = checked
            }
            guard identity.headcount >= 0 else {
                return .failure(ChangeRefusal("Refused: the headcount cannot be negative (\(identity.headcount))."))
            }
            after.identity = Identity(name: name, legalEntity: RuleText.trimmed(identity.legalEntity),
                                      tradingName: RuleText.trimmed(identity.tradingName),
                                      industry: RuleText.trimmed(identity.industry), headcount: identity.headcount,
                                      primaryLocation: RuleText.trimmed(identity.primaryLocation),
                                      registeredAddress: RuleText.trimmed(identity.registeredAddress))
            let changed = Self.changedFields([
                ("name", account.identity.name, after.identity.name),
                ("legal entity", account.identity.legalEntity, after.identity.legalEntity),
                ("trading name", account.identity.tradingName, after.identity.tradingName),
                ("industry", account.identity.industry, after.identity.industry),
                ("headcount", "\(account.identity.headcount)", "\(after.identity.headcount)"),
                ("location", account.identity.primaryLocation, after.identity.primaryLocation),
                ("registered address", account.identity.registeredAddress, after.identity.registeredAddress),
            ])
            return .success(ChangeOutcome(after, "\(after.name): identity \(changed)"))

        case .editContract(let contract):
            if let problem = ContractRule.problem(contract, currencyRequired: true) {
                return .failure(ChangeRefusal("Refused: \(problem)"))
            }
            let currency = RuleText.trimmed(contract.currency).uppercased()
            after.contract = contract
            after.contract.purchased = RuleText.trimmed(contract.purchased)
            after.contract.deliverables = RuleText.trimmed(contract.deliverables)
            after.contract.currency = currency
            let before = account.contract, now = after.contract
            let changed = Self.changedFields([
                ("what was bought", before.purchased, now.purchased),
                ("deliverables", before.deliverables, now.deliverables),
                ("value", "\(before.annualValue) \(before.currency)", "\(now.annualValue) \(now.currency)"),
                ("term", "\(before.termMonths)", "\(now.termMonths)"),
                ("start", before.startDate.iso, now.startDate.iso),
                ("renewal", before.renewalDate.iso, now.renewalDate.iso),
            ])
            return .success(ChangeOutcome(after, "\(account.name): contract \(changed)"))

        case .editPeople(let coordinator, let lead, let manager, let director, let owner):
            let named = [("onboarding coordinator", coordinator), ("onboarding lead", lead),
                         ("incoming account manager", manager), ("primary owner", owner)]
            if let missing = named.first(where: { RuleText.isBlank($0.1) }) {
                return .failure(ChangeRefusal("Refused: the \(missing.0) must be named — every account has one."))
            }
            after.people.onboardingCoordinator = RuleText.trimmed(coordinator)
            after.people.onboardingLead = RuleText.trimmed(lead)
            after.people.accountManager = RuleText.trimmed(manager)
            after.people.accountManagementDirector = RuleText.isBlank(director) ? nil : RuleText.trimmed(director ?? "")
            after.people.primaryOwner = RuleText.trimmed(owner)
            let before = account.people, now = after.people
            let changed = Self.changedFields([
                ("coordinator", before.onboardingCoordinator, now.onboardingCoordinator),
                ("lead", before.onboardingLead, now.onboardingLead),
                ("account manager", before.accountManager, now.accountManager),
                ("director", before.accountManagementDirector ?? "", now.accountManagementDirector ?? ""),
                ("primary owner", before.primaryOwner, now.primaryOwner),
            ])
            return .success(ChangeOutcome(after, "\(account.name): our people \(changed)"))
        }
    }

    /// "edited: name, headcount", or "unchanged" — what the hint bar and the journal say.
    static func changedFields(_ pairs: [(String, String, String)]) -> String {
        let changed = pairs.filter { $0.1 != $0.2 }.map(\.0)
        return changed.isEmpty ? "unchanged" : "edited: " + changed.joined(separator: ", ")
    }
}
