/// Who the customer is. The name may hold any Unicode: accents, CJK, emoji.
public struct Identity: Codable, Hashable, Sendable {
    public var name: String
    public var legalEntity: String
    public var industry: String
    public var headcount: Int
    public var primaryLocation: String

    public init(name: String, legalEntity: String = "", industry: String = "", headcount: Int = 0,
                primaryLocation: String = "") {
        self.name = name
        self.legalEntity = legalEntity
        self.industry = industry
        self.headcount = headcount
        self.primaryLocation = primaryLocation
    }
}
