import BatonCore
import Foundation

/// What a submitted form becomes: the change its one input definition (in BatonCore) builds from
/// the typed fields — or the refusal naming the field, which stays on the form. The domain's
/// rules are not judged here: the core refuses or accepts.
enum FormSubmission {
    static func change(_ form: FormState, account: Account, context: ChangeContext) -> Result<AccountChange, InputRefusal> {
        switch form.purpose {
        case .change(let id):
            return id.input(for: account).build(form.texts, account: account, context: context, newPeople: form.newPeople)
        case .attendees, .skipSection:
            // Kept in the meeting until it closes: the meeting's record is the change.
            return .failure(InputRefusal(nil, "Nothing to save."))
        case .startOwnPortfolio, .newAccount, .importFile:
            // Submitted through PortfolioSetupUpdate and ImportUpdate: they add an account or change the store.
            return .failure(InputRefusal(nil, "Nothing to save."))
        }
    }
}
