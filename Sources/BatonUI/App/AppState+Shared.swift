import BatonCore

extension AppState {
    /// The database holds this account now: it replaces ours, the cursor stays on the account it
    /// was on, an open form or a running meeting goes on, and the note (who changed what) is said.
    mutating func sharedChange(_ account: Account?, note: String?) {
        if let account, portfolio.account(id: account.id) != account {
            let keep = selectedSummary?.id
            replace(account)
            if keep != selectedSummary?.id { resetAccountCursors() }
            RiskRegisterUpdate.clampCursor(&self)
            timelineCursor = max(0, min(timelineCursor, (selectedAccount?.timeline.count ?? 1) - 1))
        }
        if let note { message = note }
    }

    /// Steps the shared store cannot take from the dashboard yet refuse with the reason: an undo
    /// would write back a whole account over what others did since, so the opposite change is
    /// made instead; adds and imports go through `baton add` / `baton import` on the database.
    mutating func refusedOnShared(_ what: String) -> Bool {
        guard sharedBy != nil else { return false }
        switch what {
        case "Undo": message = "Not undone: on a shared portfolio, make the opposite change instead"
        case "Redo": message = "Not redone: on a shared portfolio, make the change again instead"
        case "An import": message = "Not imported: on a shared portfolio, use `baton import` with --database"
        default: message = "Not added: on a shared portfolio, use `baton add` with --database"
        }
        return true
    }
}
