import BatonCore

/// One confirmed change to one account: the account before and after, and what it was in words.
/// Undo puts `before` back; redo puts `after` back; each is itself made durable.
public struct Change: Equatable, Sendable {
    public var accountID: String
    public var before: Account
    public var after: Account
    public var summary: String
    /// The change added the account: `before` is only a placeholder, and undo removes it.
    public var added = false
}
