import BatonCore

/// Work for the runtime: the only way update asks for anything outside the state.
public enum Effect: Equatable, Sendable {
    case quit
    case redraw
    case setMouse(Bool)
    /// Make this account's new state durable (the store's journal) before saying "saved".
    case commit(Account)
    /// Write this document (of this account; nil: the portfolio's calendar) and say where it went.
    case export(DocumentKind, accountID: String?)
}
