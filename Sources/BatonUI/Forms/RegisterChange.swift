import BatonCore

/// What a form on the risk register or the open issues log is for, and the item it is about.
public enum RegisterChange: Equatable, Sendable {
    case addRisk(String), editRisk(String), closeRisk(String), materialiseRisk(String), moveReview(String)
    case addIssue(String), editIssue(String), closeIssue(String), recommitIssue(String), rescopeIssue(String)

    /// The account after the change and a sentence for the hint bar — or why it is refused.
    func apply(_ form: FormState, to account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        switch self {
        case .addRisk(let id): RiskForms.add(form, id: id, account: account, today: today)
        case .editRisk(let id): RiskForms.edit(form, id: id, account: account, today: today)
        case .closeRisk(let id): RiskForms.close(form, id: id, account: account, today: today)
        case .materialiseRisk(let id): RiskForms.materialise(form, id: id, account: account, today: today)
        case .moveReview(let id): RiskForms.moveReview(form, id: id, account: account, today: today)
        case .addIssue(let id): OpenIssueForms.add(form, id: id, account: account, today: today)
        case .editIssue(let id): OpenIssueForms.edit(form, id: id, account: account, today: today)
        case .closeIssue(let id): OpenIssueForms.close(form, id: id, account: account, today: today)
        case .recommitIssue(let id): OpenIssueForms.recommit(form, id: id, account: account, today: today)
        case .rescopeIssue(let id): OpenIssueForms.rescope(form, id: id, account: account, today: today)
        }
    }

    /// The tidy-picture rule's reason, in the words the rule gives.
    static func refusal(_ error: Error) -> Refusal {
        if let tidy = error as? TidyPictureError { return Refusal("Refused: \(tidy.message)") }
        return Refusal("Refused: \(error)")
    }
}
