/// What the customer bought, and when it renews.
public struct Contract: Codable, Hashable, Sendable {
    /// What was sold: the named services.
    public var purchased: String
    /// The agreed deliverables, in plain English (000:442).
    public var deliverables: String
    /// Whole units of `currency` per year; money is never a floating-point number.
    public var annualValue: Int
    /// ISO 4217 code: GBP, EUR, USD, JPY…
    public var currency: String
    public var termMonths: Int
    public var startDate: CalendarDate
    public var renewalDate: CalendarDate

    public init(purchased: String, deliverables: String = "", annualValue: Int, currency: String, termMonths: Int,
                startDate: CalendarDate, renewalDate: CalendarDate) {
        self.purchased = purchased
        self.deliverables = deliverables
        self.annualValue = annualValue
        self.currency = currency
        self.termMonths = termMonths
        self.startDate = startDate
        self.renewalDate = renewalDate
    }

    private enum CodingKeys: String, CodingKey {
        case purchased, deliverables, annualValue, currency, termMonths, startDate, renewalDate
    }

    /// The deliverables came later: a store without them reads them as blank.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        purchased = try c.decode(String.self, forKey: .purchased)
        deliverables = try c.decodeIfPresent(String.self, forKey: .deliverables) ?? ""
        annualValue = try c.decode(Int.self, forKey: .annualValue)
        currency = try c.decode(String.self, forKey: .currency)
        termMonths = try c.decode(Int.self, forKey: .termMonths)
        startDate = try c.decode(CalendarDate.self, forKey: .startDate)
        renewalDate = try c.decode(CalendarDate.self, forKey: .renewalDate)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(purchased, forKey: .purchased)
        if !deliverables.isEmpty { try c.encode(deliverables, forKey: .deliverables) }
        try c.encode(annualValue, forKey: .annualValue)
        try c.encode(currency, forKey: .currency)
        try c.encode(termMonths, forKey: .termMonths)
        try c.encode(startDate, forKey: .startDate)
        try c.encode(renewalDate, forKey: .renewalDate)
    }
}
