/// The keys of an account's identity, contract and people: one set, shared by the new-account
/// form and the account card's forms, so the same value is read the same way in both.
extension FieldKey {
    static let accountName = FieldKey("accountName")
    static let legalEntity = FieldKey("legalEntity")
    static let industry = FieldKey("industry")
    static let headcount = FieldKey("headcount")
    static let location = FieldKey("location")
    static let purchased = FieldKey("purchased")
    static let annualValue = FieldKey("annualValue")
    static let currency = FieldKey("currency")
    static let termMonths = FieldKey("termMonths")
    static let contractStart = FieldKey("contractStart")
    static let renewal = FieldKey("renewal")
    static let coordinator = FieldKey("coordinator")
    static let onboardingLead = FieldKey("onboardingLead")
    static let accountManager = FieldKey("accountManager")
    static let director = FieldKey("director")
}
