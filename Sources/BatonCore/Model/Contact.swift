/// A person on the customer's side.
public struct Contact: Codable, Hashable, Sendable, Identifiable {
    public enum Stance: String, Codable, CaseIterable, Sendable { case advocate, neutral, sceptic }
    public enum Strength: String, Codable, CaseIterable, Sendable { case weak, moderate, strong }

    public var id: String
    public var name: String
    public var role: String
    public var isSponsor: Bool
    public var isDayToDay: Bool
    /// The account names this contact as one who may sign for the customer (condition 1's
    /// sign-off may be theirs as well as the sponsor's).
    public var isAuthorisedSignatory: Bool
    public var communicationPreference: String
    public var relationshipStrength: Strength
    public var stance: Stance

    public init(id: String, name: String, role: String, isSponsor: Bool = false, isDayToDay: Bool = false,
                isAuthorisedSignatory: Bool = false, communicationPreference: String = "", relationshipStrength: Strength = .moderate,
                stance: Stance = .neutral) {
        self.id = id
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
        case id, name, role, isSponsor, isDayToDay, isAuthorisedSignatory, communicationPreference, relationshipStrength, stance
    }

    /// Stores written before the signatory tag existed read as "not a signatory".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        role = try c.decode(String.self, forKey: .role)
        isSponsor = try c.decode(Bool.self, forKey: .isSponsor)
        isDayToDay = try c.decode(Bool.self, forKey: .isDayToDay)
        isAuthorisedSignatory = try c.decodeIfPresent(Bool.self, forKey: .isAuthorisedSignatory) ?? false
        communicationPreference = try c.decode(String.self, forKey: .communicationPreference)
        relationshipStrength = try c.decode(Strength.self, forKey: .relationshipStrength)
        stance = try c.decode(Stance.self, forKey: .stance)
    }

    /// The signatory tag is written only when set, so a store without signatories reads as before.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
        try c.encode(isSponsor, forKey: .isSponsor)
        try c.encode(isDayToDay, forKey: .isDayToDay)
        if isAuthorisedSignatory { try c.encode(true, forKey: .isAuthorisedSignatory) }
        try c.encode(communicationPreference, forKey: .communicationPreference)
        try c.encode(relationshipStrength, forKey: .relationshipStrength)
        try c.encode(stance, forKey: .stance)
    }
}
