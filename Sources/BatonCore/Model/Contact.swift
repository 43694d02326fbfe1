/// A person on the customer's side.
public struct Contact: Codable, Hashable, Sendable, Identifiable {
    public enum Stance: String, Codable, CaseIterable, Sendable { case advocate, neutral, sceptic }
    public enum Strength: String, Codable, CaseIterable, Sendable { case weak, moderate, strong }

    public var id: String
    public var name: String
    public var role: String
    public var isSponsor: Bool
    public var isDayToDay: Bool
    public var communicationPreference: String
    public var relationshipStrength: Strength
    public var stance: Stance

    public init(id: String, name: String, role: String, isSponsor: Bool = false, isDayToDay: Bool = false,
                communicationPreference: String = "", relationshipStrength: Strength = .moderate,
                stance: Stance = .neutral) {
        self.id = id
        self.name = name
        self.role = role
        self.isSponsor = isSponsor
        self.isDayToDay = isDayToDay
        self.communicationPreference = communicationPreference
        self.relationshipStrength = relationshipStrength
        self.stance = stance
    }
}
