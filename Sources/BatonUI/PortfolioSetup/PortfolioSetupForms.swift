import BatonCore

extension FieldKey {
    static let ownerName = FieldKey("ownerName")
}

/// The forms that change the portfolio itself rather than one account in it: starting your own
/// portfolio from the demo, and adding an account (its fields are `ProfileInputs.newAccount`'s).
enum PortfolioSetupForms {
    static func startOwnPortfolio(path: String) -> FormState {
        FormState(title: "Start your own portfolio", purpose: .startOwnPortfolio, accountID: "",
                  fields: [FormField(.ownerName, "Your name",
                                     hint: "you are the onboarding lead: the title bar and your new accounts name you")],
                  guidance: ["Creates your portfolio at \(path), empty: the demo's invented accounts stay in the demo.",
                             "Then add your first account."])
    }

    /// Name is the only field a new account needs; the rest can be filled in as it is learned.
    static func newAccount(owner: String, today: CalendarDate) -> FormState {
        let input = ProfileInputs.newAccount(owner: owner, defaultTDay: NewAccount.defaultTDay(today: today))
        return FormState(title: input.title, purpose: .newAccount, accountID: "", fields: input.fields.map(FormField.init),
                         guidance: input.guidance)
    }
}
