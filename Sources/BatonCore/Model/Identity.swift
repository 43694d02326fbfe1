/// Who the customer is. The name may hold any Unicode: accents, CJK, emoji.
public struct Identity: Codable, Hashable, Sendable {
    public var name: String
    public var legalEntity: String
    /// The name they trade under, when it is not the legal entity's (000:440).
    public var tradingName: String
    public var industry: String
    public var headcount: Int
    public var primaryLocation: String
    public var registeredAddress: String

    public init(name: String, legalEntity: String = "", tradingName: String = "", industry: String = "", headcount: Int = 0,
                primaryLocation: String = "", registeredAddress: String = "") {
        self.name = name
        self.legalEntity = legalEntity
        self.tradingName = tradingName
        self.industry = industry
        self.headcount = headcount
        self.primaryLocation = primaryLocation
        self.registeredAddress = registeredAddress
    }

    private enum CodingKeys: String, CodingKey {
        case name, legalEntity, tradingName, industry, headcount, primaryLocation, registeredAddress
    }

    /// The trading name and registered address came later: a store without them reads them as blank.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        legalEntity = try c.decode(String.self, forKey: .legalEntity)
        tradingName = try c.decodeIfPresent(String.self, forKey: .tradingName) ?? ""
        industry = try c.decode(String.self, forKey: .industry)
        headcount = try c.decode(Int.self, forKey: .headcount)
        primaryLocation = try c.decode(String.self, forKey: .primaryLocation)
        registeredAddress = try c.decodeIfPresent(String.self, forKey: .registeredAddress) ?? ""
    }

    /// Blank fields are left out, as before they existed, so an older store reads the same bytes back.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(legalEntity, forKey: .legalEntity)
        if !tradingName.isEmpty { try c.encode(tradingName, forKey: .tradingName) }
        try c.encode(industry, forKey: .industry)
        try c.encode(headcount, forKey: .headcount)
        try c.encode(primaryLocation, forKey: .primaryLocation)
        if !registeredAddress.isEmpty { try c.encode(registeredAddress, forKey: .registeredAddress) }
    }
}
