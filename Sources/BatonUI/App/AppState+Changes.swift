import BatonCore

extension AppState {
    /// What the screen hands the core: the change, on the account it is for, made today by the
    /// portfolio's owner.
    var changeContext: ChangeContext { ChangeContext(today: today, now: now, by: sharedBy ?? portfolio.owner, timeZone: timeZone) }

    /// Builds nothing and decides nothing: hands the change to the core's one door and confirms
    /// what comes back, or returns the core's refusal for the caller to show where the lead is looking.
    mutating func apply(_ change: AccountChange, to accountID: String) -> Result<[Effect], ChangeRefusal> {
        guard let account = portfolio.account(id: accountID, hint: index.position(of: accountID)) else {
            return .failure(ChangeRefusal("That account is no longer in the portfolio."))
        }
        let context = changeContext
        switch change.apply(to: account, context: context) {
        case .failure(let refusal):
            return .failure(refusal)
        case .success(let outcome):
            let effects = confirm(outcome.account, summary: outcome.summary)
            // On a shared portfolio the change itself goes to the database, not only the account after it.
            guard sharedBy != nil, effects.contains(.commit(outcome.account)) else { return .success(effects) }
            return .success(effects + [.share(change, accountID: accountID, context: context)])
        }
    }

    /// The one door for every change a lead confirms: refused on a read-only store (with the
    /// reason, never silently dropped), otherwise applied, remembered for undo, and handed to the
    /// runtime to make durable.
    ///
    /// An account the portfolio does not hold yet is an add: it is selected, and undo removes it.
    mutating func confirm(_ after: Account, summary: String) -> [Effect] {
        guard writable() else { return [] }
        guard let before = portfolio.account(id: after.id, hint: index.position(of: after.id)) else {
            if refusedOnShared("Adding an account") { return [] }
            replace(after)
            select(after.id)
            undoStack.append(Change(accountID: after.id, before: after, after: after, summary: summary, added: true))
            redoStack.removeAll()
            message = summary
            return [.commit(after)]
        }
        guard before != after else { return [] }
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
        guard writable(), !refusedOnShared("Undo") else { return [] }
        if change.batch != nil {
            // Several accounts: the screen changes once the store holds the whole step (batchWritten).
            message = "Undoing: \(change.summary)…"
            return [.applyBatch(BatchWrite(.undo, change))]
        }
        undoStack.removeLast()
        redoStack.append(change)
        message = "Undone: \(change.summary)"
        if change.added {
            remove(change.accountID)
            return [.remove(accountID: change.accountID)]
        }
        replace(change.before)
        return [.commit(change.before)]
    }

    mutating func redo() -> [Effect] {
        guard let change = redoStack.last else {
            message = "Nothing to redo"
            return []
        }
        guard writable(), !refusedOnShared("Redo") else { return [] }
        if change.batch != nil {
            message = "Redoing: \(change.summary)…"
            return [.applyBatch(BatchWrite(.redo, change))]
        }
        redoStack.removeLast()
        replace(change.after)
        if change.added { select(change.accountID) }
        undoStack.append(change)
        message = "Redone: \(change.summary)"
        return [.commit(change.after)]
    }

    /// A step over several accounts (an import) for the store to write as one; the screen changes
    /// when it comes back written. Refused, with the reason, on a read-only store.
    mutating func confirmBatch(_ parts: [BatchPart], summary: String) -> [Effect] {
        guard writable(), !parts.isEmpty, !refusedOnShared("An import") else { return [] }
        message = "\(summary)…"
        return [.applyBatch(BatchWrite(.apply, Change.batch(parts, summary: summary)))]
    }

    /// The store holds the step now (or refused it, and nothing changed): the screen follows, and
    /// the step goes on the undo stack (applied, redone) or the redo stack (undone) as one.
    mutating func batchWritten(_ write: BatchWrite, failure: String?) {
        let change = write.change
        if let failure {
            let what = switch write.step { case .apply: "imported"; case .undo: "undone"; case .redo: "redone" }
            message = "NOT \(what), nothing changed: \(failure)"
            return
        }
        let keep = selectedSummary?.id
        portfolio.remove(accountIDs: write.removals)
        portfolio.upsert(contentsOf: write.upserts)
        // One re-summary for the whole step, not one per account: an import may hold thousands.
        resummarise()
        if let keep, let row = index.row(ofAccount: keep) { selectedRow = row }
        switch write.step {
        case .apply:
            undoStack.append(change)
            redoStack.removeAll()
            message = change.summary
            if let first = change.batch?.first(where: { $0.before == nil }) { select(first.after.id) }
        case .undo:
            if let i = undoStack.lastIndex(of: change) { undoStack.remove(at: i) }
            redoStack.append(change)
            message = "Undone: \(change.summary)"
        case .redo:
            if let i = redoStack.lastIndex(of: change) { redoStack.remove(at: i) }
            undoStack.append(change)
            message = "Redone: \(change.summary)"
        }
        clampSelection()
        resetAccountCursors()
    }

    /// False, with the reason in the hint bar, when the store will not take changes.
    private mutating func writable() -> Bool {
        guard case .readOnly(let reason) = saveStatus else { return true }
        message = "Not changed — the store is read-only: \(reason)"
        return false
    }

    /// Puts the cursor on an account, listing everything if the filter or a view hides it.
    mutating func select(_ accountID: String) {
        if index.row(ofAccount: accountID) == nil {
            filter = ""
            attentionOnly = false
            reindex()
            reveal(accountID)
        }
        if let row = index.row(ofAccount: accountID) {
            selectedRow = row
            resetAccountCursors()
        }
    }

    /// Takes an account out of the portfolio and its summary out of the list (an undone add).
    private mutating func remove(_ accountID: String) {
        let keep = selectedSummary?.id
        portfolio.remove(accountID: accountID)
        index.remove(accountID: accountID, sort: sort, filter: filter, attentionOnly: attentionOnly)
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? selectedRow
        clampSelection()
        resetAccountCursors()
        if showAgenda { rebuildAgenda() }
    }

    /// Puts an account's new state in the portfolio and re-summarises just that account.
    mutating func replace(_ account: Account) {
        let keep = selectedSummary?.id
        portfolio.upsert(account, hint: index.position(of: account.id))
        index.refresh(account, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly)
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? selectedRow
        clampSelection()
        if showAgenda { rebuildAgenda() }
    }
}
