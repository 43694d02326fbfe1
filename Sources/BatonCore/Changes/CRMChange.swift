import Foundation

/// What a CRM export changes on an account that is already in the portfolio: changes through the
/// one door (`AccountChange`). Deciding which of the file's values to take (and which are
/// conflicts with the lead's own edits) is the import's plan; this writes them under the rules.
public enum CRMChange: Equatable, Sendable, Codable {
    /// Writes `values` (each in its field's normal form; only fields in `CRMField.updatable`) and
    /// links the account to `record`, which remembers what this import read from the file.
    case importValues([CRMField: String], record: CRMRecord)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        switch self {
        case .importValues(let values, let record):
            var after = account
            for (field, value) in values.sorted(by: { $0.key < $1.key }) {
                guard CRMField.updatable.contains(field) else {
                    return .failure(ChangeRefusal("\(field.rawValue) is set when an account is added; change it in Baton."))
                }
                if case .failure(let refusal) = Self.write(value, to: field, of: &after) { return .failure(refusal) }
            }
            if case .failure(let refusal) = AccountName.check(after.identity.name) { return .failure(refusal) }
            guard after.contract.renewalDate > after.contract.startDate else {
                return .failure(ChangeRefusal("The renewal date (\(after.contract.renewalDate.iso)) must come after the start "
                                              + "(\(after.contract.startDate.iso))."))
            }
            after.crmRecord = record
            let changed = values.keys.filter { $0.current(in: account) != $0.current(in: after) }.sorted()
            let summary = changed.isEmpty
                ? "\(after.name): linked to \(record.source) record \(record.recordID)"
                : "\(after.name): \(changed.map(\.rawValue).joined(separator: ", ")) from \(record.source)"
            return .success(ChangeOutcome(after, summary))
        }
    }

    private static func write(_ value: String, to field: CRMField, of account: inout Account) -> Result<Void, ChangeRefusal> {
        switch field.normalise(value) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let text):
            switch field {
            case .name: account.identity.name = text
            case .legalEntity: account.identity.legalEntity = text
            case .industry: account.identity.industry = text
            case .headcount: account.identity.headcount = Int(text) ?? 0
            case .location: account.identity.primaryLocation = text
            case .coordinator:
                // The coordinator owns the account until the transfer; then the account manager does.
                if account.people.primaryOwner == account.people.onboardingCoordinator && account.stage < .continuity {
                    account.people.primaryOwner = text
                }
                account.people.onboardingCoordinator = text
            case .onboardingLead: account.people.onboardingLead = text
            case .accountManager:
                if account.people.primaryOwner == account.people.accountManager && account.stage >= .continuity {
                    account.people.primaryOwner = text
                }
                account.people.accountManager = text
            case .purchased: account.contract.purchased = text
            case .annualValue: account.contract.annualValue = Int(text) ?? 0
            case .currency: account.contract.currency = text
            case .termMonths: account.contract.termMonths = Int(text) ?? account.contract.termMonths
            case .startDate:
                if let day = CalendarDate(iso: text) { account.contract.startDate = day }
            case .renewalDate:
                if let day = CalendarDate(iso: text) { account.contract.renewalDate = day }
            case .recordID, .tDay, .stage, .city, .region, .country, .ignore: break
            }
            return .success(())
        }
    }
}
