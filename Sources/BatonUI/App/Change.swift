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
    /// A change to several accounts at once (an import): each one's before (nil: the change added
    /// it) and after. Undo and redo write the whole step as one; `accountID` is then empty.
    public var batch: [BatchPart]?

    /// One step over several accounts, undone and redone whole.
    public static func batch(_ parts: [BatchPart], summary: String) -> Change {
        let placeholder = parts[0].after
        return Change(accountID: "", before: placeholder, after: placeholder, summary: summary, batch: parts)
    }
}

/// One account of a step over several: as it was (nil when the step added it) and as the step left it.
public struct BatchPart: Equatable, Sendable {
    public var before: Account?
    public var after: Account

    public init(before: Account?, after: Account) {
        self.before = before
        self.after = after
    }
}
