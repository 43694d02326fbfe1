import Foundation

/// A field of an account that a column of a CRM export can fill (`baton import --fields` lists
/// them). Values travel as text in one normal form per field (whole numbers without separators,
/// dates as YYYY-MM-DD), so the import can compare what the file says, what the last import
/// wrote and what the account holds now.
public enum CRMField: String, CaseIterable, Sendable, Codable, Comparable {
    case name
    case recordID = "record-id"
    case legalEntity = "legal-entity"
    case industry
    case headcount
    case location
    case city
    case region
    case country
    case coordinator
    case onboardingLead = "onboarding-lead"
    case accountManager = "account-manager"
    case purchased
    case annualValue = "annual-value"
    case currency
    case termMonths = "term-months"
    case startDate = "start-date"
    case renewalDate = "renewal-date"
    case tDay = "t-day"
    case stage
    /// A column deliberately left out.
    case ignore

    public static func < (a: CRMField, b: CRMField) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// What the field holds, for `--fields`.
    public var meaning: String {
        switch self {
        case .name: "the account's name (required)"
        case .recordID: "the CRM's record id: a re-import matches on it instead of adding the account again"
        case .legalEntity: "the customer's legal entity"
        case .industry: "industry"
        case .headcount: "number of employees (a whole number)"
        case .location: "primary location, whole"
        case .city: "city: joined with region and country into the primary location"
        case .region: "state or region: joined into the primary location"
        case .country: "country: joined into the primary location"
        case .coordinator: "onboarding coordinator: the CRM's record owner during onboarding"
        case .onboardingLead: "onboarding lead (blank: you)"
        case .accountManager: "incoming account manager"
        case .purchased: "what the customer bought"
        case .annualValue: "contract value per year, whole units of the currency (what they pay us)"
        case .currency: "three-letter currency code, e.g. EUR"
        case .termMonths: "contract term in months"
        case .startDate: "contract start, YYYY-MM-DD"
        case .renewalDate: "contract renewal, YYYY-MM-DD"
        case .tDay: "planned transfer day, YYYY-MM-DD (set when the account is added)"
        case .stage: "stage 1–8, its name, or the CRM's \"Onboarding Active\" (set when the account is added)"
        case .ignore: "leave this column out"
        }
    }

    /// The fields a re-import keeps up to date. The T-day and the stage are set when the account
    /// is added and from then on belong to Baton: moving them has rules (the gate, the timeline).
    public static let updatable: [CRMField] = [.name, .legalEntity, .industry, .headcount, .location, .coordinator,
                                               .onboardingLead, .accountManager, .purchased, .annualValue, .currency,
                                               .termMonths, .startDate, .renewalDate]

    /// The account's value now, in this field's normal form ("" when empty).
    public func current(in account: Account) -> String {
        switch self {
        case .name: account.identity.name
        case .recordID: account.crmRecord?.recordID ?? ""
        case .legalEntity: account.identity.legalEntity
        case .industry: account.identity.industry
        case .headcount: account.identity.headcount == 0 ? "" : "\(account.identity.headcount)"
        case .location: account.identity.primaryLocation
        case .coordinator: account.people.onboardingCoordinator
        case .onboardingLead: account.people.onboardingLead
        case .accountManager: account.people.accountManager
        case .purchased: account.contract.purchased
        case .annualValue: account.contract.annualValue == 0 ? "" : "\(account.contract.annualValue)"
        case .currency: account.contract.currency
        case .termMonths: "\(account.contract.termMonths)"
        case .startDate: account.contract.startDate.iso
        case .renewalDate: account.contract.renewalDate.iso
        case .tDay: account.tDay.iso
        case .stage: "\(account.stage.rawValue)"
        case .city, .region, .country, .ignore: ""
        }
    }

    /// The text of a cell in this field's normal form, or why it cannot be read.
    public func normalise(_ raw: String) -> Result<String, ChangeRefusal> {
        let text = RuleText.trimmed(raw)
        switch self {
        case .headcount, .annualValue, .termMonths:
            guard !text.isEmpty else { return .success("") }
            guard let n = Self.wholeNumber(text) else {
                return .failure(ChangeRefusal("\(rawValue) \"\(text)\" is not a whole number"))
            }
            guard n >= 0 else { return .failure(ChangeRefusal("\(rawValue) cannot be negative (\(text))")) }
            if self == .termMonths && n == 0 { return .failure(ChangeRefusal("term-months is at least 1")) }
            return .success("\(n)")
        case .startDate, .renewalDate, .tDay:
            guard !text.isEmpty else { return .success("") }
            guard let day = Self.date(text) else {
                return .failure(ChangeRefusal("\(rawValue) \"\(text)\" is not a date: write it as YYYY-MM-DD "
                    + "(a date like 3/4/2026 could be 4 March or 3 April)"))
            }
            return .success(day.iso)
        case .currency:
            let code = text.uppercased()
            guard code.isEmpty || (code.count == 3 && code.allSatisfy { $0.isASCII && $0.isLetter }) else {
                return .failure(ChangeRefusal("currency \"\(text)\" is not a three-letter code such as EUR or USD"))
            }
            return .success(code)
        case .stage:
            guard !text.isEmpty else { return .success("") }
            guard let stage = Self.stage(text) else {
                return .failure(ChangeRefusal("stage \"\(text)\" is not a stage: 1–8 or a name such as \"Onboarding active\""))
            }
            return .success("\(stage.rawValue)")
        default:
            // One line: a CRM's multi-line text becomes one line, as every field here is shown on one.
            return .success(text.split(whereSeparator: \.isNewline).map { RuleText.trimmed(String($0)) }
                .filter { !$0.isEmpty }.joined(separator: " "))
        }
    }

    /// "1,200", "1 200", "1200.00", "$120,000" → a whole number; "12.5" is not one.
    static func wholeNumber(_ text: String) -> Int? {
        var digits = text.filter { !" ,'\u{00A0}\u{202F}$€£¥".contains($0) }
        let upper = digits.uppercased()
        for code in ["USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD"] where upper.hasPrefix(code) || upper.hasSuffix(code) {
            digits = upper.replacingOccurrences(of: code, with: "")
        }
        if let dot = digits.firstIndex(of: ".") {
            guard digits[digits.index(after: dot)...].allSatisfy({ $0 == "0" }) else { return nil }
            digits = String(digits[..<dot])
        }
        return Int(digits)
    }

    /// YYYY-MM-DD, optionally followed by a time (HubSpot writes "2026-03-01 09:30").
    static func date(_ text: String) -> CalendarDate? {
        CalendarDate(iso: String(text.prefix(10)))
    }

    static func stage(_ text: String) -> Stage? {
        if let n = Int(text) { return Stage(rawValue: n) }
        let key = text.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "-", with: " ")
        // The CRM's two stage names mean where each phase starts: onboarding (2) and account management (8).
        if key == "onboarding active" { return .onboardingActive }
        if key == "account management active" { return .accountManagement }
        return Stage.allCases.first { stage in
            [stage.title, stage.shortTitle].contains { $0.lowercased() == key }
        }
    }
}
