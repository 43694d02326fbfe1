import BatonCore
import Foundation

/// Which column of an export fills which field of an account: the column names of Salesforce's
/// and HubSpot's account and company exports are known; any other file is mapped with
/// `--map "COLUMN=field,…"` (which also overrides a known name).
public struct ColumnMapping: Sendable {
    /// For each column of the header, in order: the field it fills, or nil when it is not imported.
    public var fields: [CRMField?]
    /// "Salesforce", "HubSpot" or "CSV": recorded on each account as where it came from.
    public var source: String
    /// Columns recognised but deliberately not imported, with why.
    public var notes: [String]
    /// Columns nobody mapped: listed so the lead can map them if they matter.
    public var unmapped: [String]

    /// Known column names (lower case) and their fields. Both CRMs' names, then Baton's own field names.
    static let known: [String: CRMField] = {
        var names: [String: CRMField] = [
            // Salesforce account export (report or Data Export).
            "account name": .name, "account id": .recordID, "id": .recordID, "account owner": .coordinator,
            "industry": .industry, "employees": .headcount, "billing city": .city, "billing state/province": .region,
            "billing state": .region, "billing country": .country, "billing street": .ignore,
            "billing zip/postal code": .ignore,
            // HubSpot company export.
            "company name": .name, "record id": .recordID, "company owner": .coordinator,
            "number of employees": .headcount, "city": .city, "state/region": .region, "country/region": .country,
            "annual revenue": .ignore,
            // Plain names a hand-made file uses.
            "name": .name, "account": .name, "legal entity": .legalEntity, "headcount": .headcount,
            "location": .location, "country": .country, "region": .region, "owner": .coordinator,
            "onboarding coordinator": .coordinator, "onboarding lead": .onboardingLead,
            "account manager": .accountManager, "product": .purchased, "contract value": .annualValue,
            "start date": .startDate, "renewal date": .renewalDate, "t-day": .tDay, "transfer date": .tDay,
        ]
        for field in CRMField.allCases where field != .ignore { names[field.rawValue] = field }
        return names
    }()

    static let salesforceColumns: Set<String> = ["account name", "account id", "account owner", "billing city", "billing country",
                                                 "employees", "billing state/province"]
    static let hubspotColumns: Set<String> = ["company name", "record id", "company owner", "country/region", "number of employees",
                                              "state/region"]
    /// Why a recognised column is left out.
    static let whyNotImported: [String: String] = [
        "annual revenue": "the customer's own revenue, not what they pay us (map it to annual-value if your CRM keeps the contract value there)",
    ]

    /// The mapping for `header`, with the lead's `--map` pairs on top. Throws when a pair names a
    /// column the file does not have or a field Baton does not know, or when nothing gives a name.
    public init(header: [String], overrides: [(column: String, field: String)] = []) throws {
        var fields: [CRMField?] = header.map { Self.known[Self.key($0)] }
        for pair in overrides {
            guard let field = CRMField(rawValue: Self.key(pair.field)) else {
                throw ImportFileError(line: nil, reason: "--map \(pair.column)=\(pair.field): \"\(pair.field)\" is not a field "
                    + "(baton import --fields lists them: \(CRMField.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let i = header.firstIndex(where: { Self.key($0) == Self.key(pair.column) }) else {
                throw ImportFileError(line: 1, reason: "--map \(pair.column)=\(pair.field): the file has no column \"\(pair.column)\" "
                    + "(its columns: \(header.filter { !$0.isEmpty }.joined(separator: ", ")))")
            }
            fields[i] = field
        }
        // One column per field: a second column for the same field is left out, and said so.
        var seen: Set<CRMField> = []
        var notes: [String] = []
        for (i, field) in fields.enumerated() {
            guard let field, field != .ignore else { continue }
            if seen.contains(field) {
                notes.append("\(header[i]): another column already gives \(field.rawValue); not imported")
                fields[i] = .ignore
            }
            seen.insert(field)
        }
        guard seen.contains(.name) else {
            throw ImportFileError(line: 1, reason: "no column gives the account's name (its columns: "
                + "\(header.filter { !$0.isEmpty }.joined(separator: ", "))); map one with --map \"COLUMN=name\"")
        }
        for (i, field) in fields.enumerated() where field == .ignore {
            if let why = Self.whyNotImported[Self.key(header[i])] { notes.append("\(header[i]): \(why)") }
        }
        self.fields = fields
        self.notes = notes
        unmapped = zip(header, fields).filter { !$0.0.isEmpty && $0.1 == nil }.map(\.0)
        let keys = Set(header.map(Self.key))
        source = !keys.isDisjoint(with: Self.salesforceColumns) ? "Salesforce"
            : !keys.isDisjoint(with: Self.hubspotColumns) ? "HubSpot" : "CSV"
    }

    /// `--map "Customer=name,CRM Key=record-id"` (repeatable) as pairs. A column name may hold
    /// `=`: the field is what follows the last one.
    public static func pairs(_ options: [String]) throws -> [(column: String, field: String)] {
        try options.flatMap { $0.split(separator: ",") }.map { item in
            guard let eq = item.lastIndex(of: "=") else {
                throw ImportFileError(line: nil, reason: "--map \"\(item)\": write COLUMN=field, e.g. --map \"Customer=name\"")
            }
            return (String(item[..<eq]).trimmingCharacters(in: .whitespaces),
                    String(item[item.index(after: eq)...]).trimmingCharacters(in: .whitespaces))
        }
    }

    static func key(_ column: String) -> String {
        column.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The row's values by field, each in its field's normal form; city, region and country are
    /// joined into the location. A value that cannot be read is the row's refusal.
    func values(of fields: [String]) -> Result<[CRMField: String], ChangeRefusal> {
        var values: [CRMField: String] = [:]
        var place: [CRMField: String] = [:]
        for (i, field) in self.fields.enumerated() {
            guard let field, field != .ignore, i < fields.count else { continue }
            switch field.normalise(fields[i]) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let text):
                if [.city, .region, .country].contains(field) { place[field] = text } else { values[field] = text }
            }
        }
        if values[.location] == nil || values[.location] == "" {
            let joined = [CRMField.city, .region, .country].compactMap { place[$0] }.filter { !$0.isEmpty }.joined(separator: ", ")
            if !joined.isEmpty || !place.isEmpty { values[.location] = joined }
        }
        return .success(values)
    }
}
