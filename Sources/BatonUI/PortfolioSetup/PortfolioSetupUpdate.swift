import BatonCore

/// The keys that change the portfolio itself: `S` leaves the demo for the lead's own portfolio,
/// `n` adds an account, `x` archives (or restores) one, `X` lists the archived ones.
enum PortfolioSetupUpdate {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .startOwnPortfolio:
            guard let path = state.ownPortfolioPath else {
                state.message = state.saveStatus == .demo
                    ? "This demo is a throwaway copy; your own portfolio is already there: quit and run baton."
                    : "This is your own portfolio already."
                return []
            }
            state.overlay = .form(PortfolioSetupForms.startOwnPortfolio(path: path))
        case .newAccount:
            guard writable(&state) else { return [] }
            state.focus = .portfolio
            state.overlay = .form(PortfolioSetupForms.newAccount(owner: state.portfolio.owner, today: state.today))
        case .archiveAccount:
            guard let account = state.selectedAccount, writable(&state) else { return [] }
            if account.isActive {
                state.overlay = .form(FormState(change: .archive, account: account))
            } else {
                return restore(account, &state)
            }
        case .restoreAccount:
            guard let account = state.selectedAccount, writable(&state) else { return [] }
            return restore(account, &state)
        case .toggleArchived:
            let on = !state.showArchived
            state.index.setShowArchived(on, sort: state.sort, filter: state.filter, attentionOnly: state.attentionOnly)
            state.reindex()
            state.resetAccountCursors()
            let n = state.index.archivedCount
            state.message = on
                ? (n == 0 ? "No archived accounts." : "\(n) archived account\(n == 1 ? "" : "s") listed, marked ⊘: x restores one")
                : "Archived accounts hidden"
        default:
            break
        }
        return []
    }

    /// A submitted form of this feature, or nil when the form is someone else's.
    static func submit(_ form: FormState, _ state: inout AppState) -> [Effect]? {
        var f = form
        func refuse(_ reason: String) -> [Effect] {
            f.problem = reason
            state.overlay = .form(f)
            return []
        }
        switch form.purpose {
        case .startOwnPortfolio:
            let owner = form.value(.ownerName)
            guard !owner.isEmpty else { return refuse("Your name is needed.") }
            state.overlay = nil
            state.message = "Creating your portfolio…"
            return [.startOwnPortfolio(owner: owner)]
        case .newAccount:
            let draft: NewAccount
            let input = ProfileInputs.newAccount(owner: state.portfolio.owner, defaultTDay: NewAccount.defaultTDay(today: state.today))
            switch input.build(form.texts, account: nil, context: state.changeContext) {
            case .failure(let refusal):
                f.refused(refusal)
                state.overlay = .form(f)
                return []
            case .success(let d): draft = d
            }
            switch draft.make(context: state.changeContext, existing: state.portfolio.accounts) {
            case .failure(let refusal):
                return refuse(refusal.reason)
            case .success(let account):
                state.overlay = nil
                state.focus = .portfolio
                return state.confirm(account, summary: NewAccount.summary(account))
            }
        case .change(.archive):
            switch state.submit(form) {
            case .failure(let refusal):
                f.refused(refusal)
                state.overlay = .form(f)
                return []
            case .success(let effects):
                state.overlay = nil
                state.resetAccountCursors()
                return effects
            }
        default:
            return nil
        }
    }

    /// The runtime has left the demo for the lead's own (new, empty) store: show it, and offer
    /// the first account at once.
    static func opened(_ portfolio: Portfolio, storePath: String, _ state: inout AppState) -> [Effect] {
        var next = AppState(portfolio: portfolio, today: state.today, now: state.now, width: state.width,
                            height: state.height, storePath: storePath, saveStatus: .saved)
        next.mouse = state.mouse
        next.timeZone = state.timeZone
        next.keymap = state.keymap
        next.overlay = .form(PortfolioSetupForms.newAccount(owner: portfolio.owner, today: state.today))
        next.message = portfolio.accounts.isEmpty
            ? "Your portfolio is ready, empty: add your first account (Esc: later, n adds one)"
            : "Your portfolio is open: add an account (Esc: later, n adds one)"
        state = next
        return []
    }

    private static func restore(_ account: Account, _ state: inout AppState) -> [Effect] {
        switch state.apply(.archive(.restore), to: account.id) {
        case .failure(let refusal):
            state.message = refusal.reason
            return []
        case .success(let effects):
            return effects
        }
    }

    private static func writable(_ state: inout AppState) -> Bool {
        guard case .readOnly(let reason) = state.saveStatus else { return true }
        state.message = "Not changed — the store is read-only: \(reason)"
        return false
    }
}
