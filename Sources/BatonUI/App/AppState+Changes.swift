import BatonCore

extension AppState {
    /// What the screen hands the core: the change, on the account it is for, made today by the
    /// portfolio's owner.
    var changeContext: ChangeContext { ChangeContext(today: today, now: now, by: portfolio.owner) }

    /// Builds nothing and decides nothing: hands the change to the core's one door and confirms
    /// what comes back, or returns the core's refusal for the caller to show where the lead is looking.
    mutating func apply(_ change: AccountChange, to accountID: String) -> Result<[Effect], ChangeRefusal> {
        guard let account = portfolio.account(id: accountID) else {
            return .failure(ChangeRefusal("That account is no longer in the portfolio."))
        }
        switch change.apply(to: account, context: changeContext) {
        case .failure(let refusal):
            return .failure(refusal)
        case .success(let outcome):
            return .success(confirm(outcome.account, summary: outcome.summary))
        }
    }

    /// The one door for every change a lead confirms: refused on a read-only store (with the
    /// reason, never silently dropped), otherwise applied, remembered for undo, and handed to the
    /// runtime to make durable.
    mutating func confirm(_ after: Account, summary: String) -> [Effect] {
        guard let before = portfolio.account(id: after.id), writable(), before != after else { return [] }
        replace(after)
        undoStack.append(Change(accountID: after.id, before: before, after: after, summary: summary))
        redoStack.removeAll()
        message = summary
        return [.commit(after)]
    }

    mutating func undo() -> [Effect] {
        guard let change = undoStack.last else {
            message = "Nothing to undo"
            return []
        }
        guard writable() else { return [] }
        undoStack.removeLast()
        replace(change.before)
        redoStack.append(change)
        message = "Undone: \(change.summary)"
        return [.commit(change.before)]
    }

    mutating func redo() -> [Effect] {
        guard let change = redoStack.last else {
            message = "Nothing to redo"
            return []
        }
        guard writable() else { return [] }
        redoStack.removeLast()
        replace(change.after)
        undoStack.append(change)
        message = "Redone: \(change.summary)"
        return [.commit(change.after)]
    }

    /// False, with the reason in the hint bar, when the store will not take changes.
    private mutating func writable() -> Bool {
        guard case .readOnly(let reason) = saveStatus else { return true }
        message = "Not changed — the store is read-only: \(reason)"
        return false
    }

    /// Puts an account's new state in the portfolio and re-summarises just that account.
    private mutating func replace(_ account: Account) {
        let keep = selectedSummary?.id
        portfolio.upsert(account)
        index.refresh(account, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly)
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? selectedRow
        clampSelection()
        if showAgenda { rebuildAgenda() }
    }
}
