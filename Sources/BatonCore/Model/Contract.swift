/// What the customer bought, and when it renews.
public struct Contract: Codable, Hashable, Sendable {
    public var purchased: String
    /// Whole units of `currency` per year; money is never a floating-point number.
    public var annualValue: Int
    /// ISO 4217 code: GBP, EUR, USD, JPY…
    public var currency: String
    public var termMonths: Int
    public var startDate: CalendarDate
    public var renewalDate: CalendarDate

    public init(purchased: String, annualValue: Int, currency: String, termMonths: Int,
                startDate: CalendarDate, renewalDate: CalendarDate) {
        self.purchased = purchased
        self.annualValue = annualValue
        self.currency = currency
        self.termMonths = termMonths
        self.startDate = startDate
        self.renewalDate = renewalDate
    }
}
