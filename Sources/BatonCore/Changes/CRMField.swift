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

    /// The field of the new-account input (`ProfileInputs.newAccount`) a column fills: a cell is
    /// read as the dashboard's form and the shell read the same field. Nil for what is only
    /// the import's (the record id, the parts of a location).
    public var input: InputField? {
        let key: FieldKey? = switch self {
        case .name: .accountName
        case .legalEntity: .legalEntity
        case .industry: .industry
        case .headcount: .headcount
        case .location: .location
        case .coordinator: .coordinator
        case .onboardingLead: .onboardingLead
        case .accountManager: .accountManager
        case .purchased: .purchased
        case .annualValue: .annualValue
        case .currency: .currency
        case .termMonths: .termMonths
        case .startDate: .contractStart
        case .renewalDate: .renewal
        case .tDay: .newTDay
        case .stage: .stage
        case .recordID, .city, .region, .country, .ignore: nil
        }
        return key.flatMap { Self.newAccount.field($0) }
    }

    private static let newAccount = ProfileInputs.newAccount(owner: "", defaultTDay: nil)

    /// The text of a cell in this field's normal form, or why it cannot be read: by the field's
    /// own kind (a number in its range, a date, a stage), as a form reads it.
    public func normalise(_ raw: String) -> Result<String, ChangeRefusal> {
        var text = RuleText.trimmed(raw)
        guard let field = input, !text.isEmpty else {
            // One line: a CRM's multi-line text becomes one line, as every field here is shown on one.
            return .success(SafeText.typed(text, multiLine: false).split(separator: " ").joined(separator: " "))
        }
        switch field.kind {
        case .date:
            // A CRM writes absolute days, HubSpot with a time after them ("2026-03-01 09:30"); a
            // relative day ("fri") in an export would mean the day of the import, and is refused.
            if text.count > 10, [" ", "T"].contains(text[text.index(text.startIndex, offsetBy: 10)]) { text = String(text.prefix(10)) }
            guard let day = CalendarDate(iso: text) else {
                return .failure(ChangeRefusal("\(rawValue) \"\(text)\" is not a date: write it as YYYY-MM-DD "
                    + "(a date like 3/4/2026 could be 4 March or 3 April)"))
            }
            return .success(day.iso)
        case .choice:
            // The CRM's own stage names mean where each phase starts.
            guard let stage = Self.stage(text) else {
                return .failure(ChangeRefusal("stage \"\(text)\" is not a stage: 1–8 or a name such as \"Onboarding active\""))
            }
            return .success("\(stage.rawValue)")
        default:
            break
        }
        if self == .currency {
            let code = text.uppercased()
            guard ContractRule.isCurrencyCode(code) else {
                return .failure(ChangeRefusal("currency \"\(text)\" is not a three-letter code such as EUR or USD"))
            }
            return .success(code)
        }
        // Dates and stages are read above, so no reading here depends on the day of the import.
        return field.read(text, account: nil, today: CalendarDate(dayNumber: 0), newPeople: [])
            .map { $0?.text ?? "" }
            .mapError { ChangeRefusal("\(rawValue) \($0.reason)") }
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
