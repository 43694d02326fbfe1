import BatonCore

extension AppState {
    /// Gives whichever form is on screen its account's T-day, so its dates can be typed as
    /// `T-3` or `T+7`. One place for every kind of form: over the dashboard, on the account
    /// card, and inside the meetings and the walkthrough.
    mutating func attachTDayToOpenForm() {
        func attached(_ form: FormState?) -> FormState? {
            guard var form, form.tDay == nil, let account = portfolio.account(id: form.accountID) else { return form }
            form.tDay = account.tDay
            return form
        }
        switch overlay {
        case .form(let form):
            if let f = attached(form), f != form { overlay = .form(f) }
        case .accountCard(var card):
            if let f = attached(card.form), f != card.form { card.form = f; overlay = .accountCard(card) }
        case .meeting(var m):
            if let f = attached(m.form), f != m.form { m.form = f; overlay = .meeting(m) }
        case .walkthrough(var w):
            if let f = attached(w.form), f != w.form { w.form = f; overlay = .walkthrough(w) }
        case .agendaMeeting(var m):
            if let f = attached(m.form), f != m.form { m.form = f; overlay = .agendaMeeting(m) }
        default:
            break
        }
    }
}
