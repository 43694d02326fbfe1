/// Whether this process may change the store, and if not, why not (shown to the lead).
public enum StoreAccess: Equatable, Sendable {
    case readWrite
    /// Every reason that holds, in the order they were found (never empty).
    case readOnly([ReadOnlyReason])

    public var isWritable: Bool { self == .readWrite }

    /// The reasons the store is read-only; none when it is writable.
    public var reasons: [ReadOnlyReason] {
        if case .readOnly(let reasons) = self { return reasons }
        return []
    }

    /// The reasons as one sentence for the lead ("" when writable).
    public var reasonText: String { reasons.map(\.description).joined(separator: "; ") }
}

/// Why the store may not be changed by this process: a case a program can tell apart, and a
/// sentence a lead can act on. Never a string joined and split again: a reason's own words may
/// hold any punctuation (a path, an error from the system, a newer Baton's wording).
public enum ReadOnlyReason: Equatable, Sendable, CustomStringConvertible {
    /// `baton list`, `show` and `validate` open the store to read it, never to change it.
    case openedForReading
    /// Another Baton holds the store's lock (its pid when the lock file says).
    case heldByAnother(pid: Int?)
    /// The lock could not be taken here for another reason (the lock file cannot be opened or locked).
    case lockUnavailable(String)
    /// Written by a newer Baton: this one reads it but will not rewrite it.
    case newerFormat(path: String, version: Int, readsUpTo: Int)
    /// The journal beside the store cannot be trusted (damaged, or another store's): what is on
    /// disk is not the whole truth, and it is left untouched.
    case untrustedJournal(String)
    /// The Baton that held the store changed it while this one waited for the lock.
    case changedByHolder
    /// A write to the journal failed and could not be undone (the error, when known).
    case journalBroken(path: String, error: String?)
    /// Something else changed the store while Baton had it open (Baton's version kept at `keptAt`).
    case changedOnDisk(path: String, keptAt: String?)
    /// The store was closed.
    case closed

    /// Whether what a read-only look read is still the whole truth: reading is the point, and a
    /// newer format reads fine; a journal that cannot be trusted is not.
    public var leavesReadingWhole: Bool {
        switch self {
        case .openedForReading, .newerFormat, .heldByAnother, .lockUnavailable, .closed: true
        case .untrustedJournal, .changedByHolder, .journalBroken, .changedOnDisk: false
        }
    }

    public var description: String {
        switch self {
        case .openedForReading:
            "opened for reading only"
        case .heldByAnother(let pid):
            "another baton\(pid.map { " (pid \($0))" } ?? "") has this store open"
        case .lockUnavailable(let why):
            why
        case .newerFormat(let path, let version, let readsUpTo):
            "\(path) was written by a newer Baton (format version \(version); this build reads up to \(readsUpTo)) "
                + "and will not be rewritten by this one"
        case .untrustedJournal(let problem):
            problem
        case .changedByHolder:
            "the Baton that had the store open changed it since; restart Baton to edit the newer version"
        case .journalBroken(let path, let error?):
            "a write to \(path) failed and could not be undone (\(error)); restart Baton: every change before this one is safe"
        case .journalBroken(let path, nil):
            "an earlier write to \(path) failed and could not be undone"
        case .changedOnDisk(let path, let keptAt):
            StoreError.changedOnDisk(path: path, keptAt: keptAt).description
        case .closed:
            "the store was closed"
        }
    }
}
