import BatonCore

/// Work for the runtime: the only way update asks for anything outside the state.
public enum Effect: Equatable, Sendable {
    case quit
    case redraw
    case setMouse(Bool)
    /// Make this account's new state durable (the store's journal) before saying "saved".
    case commit(Account)
    /// Take an account out of the store for good (undoing its add): durable before "saved".
    case remove(accountID: String)
    /// Leave the demo: create the lead's own store, empty, owned by this name, and switch to it.
    case startOwnPortfolio(owner: String)
    /// Write this document (of this account; nil: the portfolio's calendar) and say where it went.
    case export(DocumentKind, accountID: String?)
    /// Read this CRM export and plan it against the portfolio, changing nothing: the dry run comes
    /// back as `.importRead`.
    case previewImport(ImportRequest)
    /// Write several accounts as one step (an import, its undo, its redo): durable, all of it or
    /// none, before `.batchWritten` comes back and the screen says it is done.
    case applyBatch(BatchWrite)
    /// A shared portfolio: send this change (already confirmed on screen, its account in `.commit`
    /// next to it), made in this context, to the database through the outbox.
    case share(AccountChange, accountID: String, context: ChangeContext)
    /// The lead's answer to an outside edit of the store: carried out by the runtime, which
    /// answers with `.outsideEditResolved`.
    case resolveOutsideEdit(OutsideEditChoice)
}
