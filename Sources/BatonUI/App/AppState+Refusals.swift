import BatonCore

extension AppState {
    /// A change made by a single key (no form to hold a refusal): through the core's one door,
    /// a refusal said in the hint bar.
    mutating func applyOrSay(_ change: AccountChange, to accountID: String) -> [Effect] {
        switch apply(change, to: accountID) {
        case .success(let effects):
            return effects
        case .failure(let refusal):
            message = refusal.reason
            return []
        }
    }

    /// A submitted form: what was typed read into a change, and the change through the one door.
    /// A refusal — of what was typed, or by the domain's rules — is for the form to show.
    mutating func submit(_ form: FormState) -> Result<[Effect], InputRefusal> {
        guard let account = portfolio.account(id: form.accountID) else {
            return .failure(InputRefusal(nil, "That account is no longer in the portfolio."))
        }
        switch FormSubmission.change(form, account: account, context: changeContext) {
        case .failure(let refusal):
            return .failure(refusal)
        case .success(let change):
            return apply(change, to: form.accountID).mapError { InputRefusal(nil, $0.reason) }
        }
    }
}
