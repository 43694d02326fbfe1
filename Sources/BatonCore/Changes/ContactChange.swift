/// What a lead says about a person on the customer's side: everything a contact holds but its id.
public struct ContactDetails: Equatable, Sendable, Codable {
    public var name: String
    public var role: String
    public var isSponsor: Bool
    public var isDayToDay: Bool
    /// May sign for the customer: condition 1's sign-off may be theirs as well as the sponsor's.
    public var isAuthorisedSignatory: Bool
    public var communicationPreference: String
    public var relationshipStrength: Contact.Strength
    public var stance: Contact.Stance

    public init(name: String, role: String, isSponsor: Bool = false, isDayToDay: Bool = false,
                isAuthorisedSignatory: Bool = false, communicationPreference: String = "", relationshipStrength: Contact.Strength = .moderate,
                stance: Contact.Stance = .neutral) {
        self.name = name
        self.role = role
        self.isSponsor = isSponsor
        self.isDayToDay = isDayToDay
        self.isAuthorisedSignatory = isAuthorisedSignatory
        self.communicationPreference = communicationPreference
        self.relationshipStrength = relationshipStrength
        self.stance = stance
    }

    private enum CodingKeys: String, CodingKey {
        case name, role, isSponsor, isDayToDay, isAuthorisedSignatory, communicationPreference, relationshipStrength, stance
    }

    /// Changes journalled before the signatory tag existed read as "not a signatory".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        role = try c.decode(String.self, forKey: .role)
        isSponsor = try c.decode(Bool.self, forKey: .isSponsor)
        isDayToDay = try c.decode(Bool.self, forKey: .isDayToDay)
        isAuthorisedSignatory = try c.decodeIfPresent(Bool.self, forKey: .isAuthorisedSignatory) ?? false
        communicationPreference = try c.decode(String.self, forKey: .communicationPreference)
        relationshipStrength = try c.decode(Contact.Strength.self, forKey: .relationshipStrength)
        stance = try c.decode(Contact.Stance.self, forKey: .stance)
    }

    public init(_ contact: Contact) {
        self.init(name: contact.name, role: contact.role, isSponsor: contact.isSponsor, isDayToDay: contact.isDayToDay,
                  isAuthorisedSignatory: contact.isAuthorisedSignatory, communicationPreference: contact.communicationPreference,
                  relationshipStrength: contact.relationshipStrength, stance: contact.stance)
    }
}

/// The customer's contacts: changes through the one door (`AccountChange`).
///
/// An account has one sponsor at most: condition 5's conversation, condition 6's words and the
/// joint transition meeting all ask for "the sponsor", so a second one is refused rather than
/// quietly making the first one ambiguous.
public enum ContactChange: Equatable, Sendable, Codable {
    case add(ContactDetails)
    /// A rename carries the contact's sentiment notes with it: they are matched by name, and the
    /// sponsor's freshness must follow the person, not the old spelling.
    case edit(id: String, ContactDetails)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        switch self {
        case .add(let details):
            if let refusal = Self.check(details, replacing: nil, in: account) { return .failure(refusal) }
            var after = account
            let id = NewID.next(prefix: "contact-", taken: account.contacts.map(\.id))
            after.contacts.append(Self.contact(id: id, details))
            return .success(ChangeOutcome(after, "\(account.name): contact \(RuleText.trimmed(details.name)) added\(Self.tags(details))"))

        case .edit(let id, let details):
            guard let i = account.contacts.firstIndex(where: { $0.id == id }) else {
                return .failure(ChangeRefusal("That contact is no longer on \(account.name)."))
            }
            if let refusal = Self.check(details, replacing: id, in: account) { return .failure(refusal) }
            var after = account
            let old = account.contacts[i]
            let edited = Self.contact(id: id, details)
            after.contacts[i] = edited
            var summary = "\(account.name): contact \(edited.name) edited\(Self.tags(details))"
            if edited.name != old.name {
                var moved = 0
                for n in after.sentiment.indices where Self.sameName(after.sentiment[n].contact, old.name) {
                    after.sentiment[n].contact = edited.name
                    moved += 1
                }
                if moved > 0 { summary += " — \(RuleText.count(moved, "sentiment note", "sentiment notes")) follow the new name" }
            }
            return .success(ChangeOutcome(after, summary))
        }
    }

    /// The reason the details cannot stand on the account, or nil.
    static func check(_ details: ContactDetails, replacing id: String?, in account: Account) -> ChangeRefusal? {
        let name = RuleText.trimmed(details.name)
        guard !name.isEmpty else { return ChangeRefusal("Refused: a contact needs a name.") }
        let others = account.contacts.filter { $0.id != id }
        if let twin = others.first(where: { sameName($0.name, name) }) {
            return ChangeRefusal("Refused: \(twin.name) is already a contact on \(account.name) — edit that one instead.")
        }
        if details.isSponsor, let sponsor = others.first(where: \.isSponsor) {
            return ChangeRefusal("Refused: \(sponsor.name) is already the sponsor. An account has one sponsor: untag \(sponsor.name) first.")
        }
        return nil
    }

    static func contact(id: String, _ d: ContactDetails) -> Contact {
        Contact(id: id, name: RuleText.trimmed(d.name), role: RuleText.trimmed(d.role), isSponsor: d.isSponsor,
                isDayToDay: d.isDayToDay, isAuthorisedSignatory: d.isAuthorisedSignatory,
                communicationPreference: RuleText.trimmed(d.communicationPreference),
                relationshipStrength: d.relationshipStrength, stance: d.stance)
    }

    static func tags(_ d: ContactDetails) -> String {
        let tags = (d.isSponsor ? ["sponsor"] : []) + (d.isDayToDay ? ["day-to-day"] : [])
            + (d.isAuthorisedSignatory ? ["authorised signatory"] : [])
        return tags.isEmpty ? "" : " (\(tags.joined(separator: ", ")))"
    }

    static func sameName(_ a: String, _ b: String) -> Bool {
        RuleText.trimmed(a).lowercased() == RuleText.trimmed(b).lowercased()
    }
}
