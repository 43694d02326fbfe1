/// What a contract must be to stand on an account, however it arrives — a new account, the
/// card's contract form, the shell, a CRM export: one rule, said once.
public enum ContractRule {
    /// A three-letter ISO 4217 code: GBP, EUR, USD…
    public static func isCurrencyCode(_ code: String) -> Bool {
        code.count == 3 && code.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Why the contract cannot stand, or nil. A new account may leave its currency blank until
    /// it is known; an edited contract names one.
    public static func problem(_ c: Contract, currencyRequired: Bool) -> String? {
        let currency = RuleText.trimmed(c.currency).uppercased()
        if !(currency.isEmpty && !currencyRequired), !isCurrencyCode(currency) {
            return "the currency is a three-letter ISO code (GBP, EUR, USD…), not “\(c.currency)”."
        }
        if c.annualValue < 0 { return "the annual value cannot be negative." }
        let term = ProfileInputs.termRange
        if !(term.min...term.max).contains(c.termMonths) {
            return "the contract term is \(term.min) to \(term.max) months, not \(c.termMonths)."
        }
        if c.renewalDate <= c.startDate {
            return "the renewal date (\(c.renewalDate.iso)) must come after the start date (\(c.startDate.iso))."
        }
        return nil
    }
}
