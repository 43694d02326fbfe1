import BatonCore

/// Which CRM export to import, as the lead typed it: the path (`~` is their home folder), the
/// `COLUMN=field` pairs for columns Baton does not know, and whether the file's values win conflicts.
public struct ImportRequest: Equatable, Sendable {
    public var path: String
    public var map: String
    public var preferFile: Bool

    public init(path: String, map: String = "", preferFile: Bool = false) {
        self.path = path
        self.map = map
        self.preferFile = preferFile
    }
}

/// What the runtime found reading a CRM export: the dry run, or why the file cannot be imported at all.
public enum ImportRead: Equatable, Sendable {
    case preview(ImportPreview)
    case unreadable(ImportRequest, reason: String)
}

/// An import's dry run as the screen shows it: each row of the file with its line and what would
/// happen to it, and the accounts to write if the lead goes ahead. Nothing here has changed yet.
public struct ImportPreview: Equatable, Sendable {
    /// One line of the dry run: a row of the file (or one of its conflicts).
    public struct Row: Equatable, Sendable {
        public enum Kind: String, Equatable, Sendable { case add, update, conflict, unchanged, refused }

        /// The line of the file the row starts on (the header is line 1).
        public var line: Int
        public var kind: Kind
        /// The account's name and the CRM's record id, as the file gives them.
        public var name: String
        /// What would change, or why the row is refused.
        public var detail: String

        public init(line: Int, kind: Kind, name: String, detail: String) {
            self.line = line
            self.kind = kind
            self.name = name
            self.detail = detail
        }
    }

    public var request: ImportRequest
    /// "Salesforce export, 3 rows (UTF-8, comma-separated): 2 to add, 1 to update, 0 unchanged, 0 refused".
    public var headline: String
    public var rows: [Row]
    /// Columns left out, and why.
    public var notes: [String]
    /// The accounts to write, added and updated, in the file's order.
    public var accounts: [Account]

    public init(request: ImportRequest, headline: String, rows: [Row], notes: [String] = [], accounts: [Account]) {
        self.request = request
        self.headline = headline
        self.rows = rows
        self.notes = notes
        self.accounts = accounts
    }

    public var refused: [Row] { rows.filter { $0.kind == .refused } }
    public var conflicts: [Row] { rows.filter { $0.kind == .conflict } }
}

/// The `:import` overlay: the dry run on screen, how far it is scrolled, and what the lead chose.
public struct ImportReview: Equatable, Sendable {
    public var preview: ImportPreview
    public var scroll = 0
    /// The lead chose to import the rows that can be read and leave the refused ones out.
    public var skipBadRows = false
    /// Why Enter did nothing, or why the store would not take the import; until the next key.
    public var problem: String?

    public init(preview: ImportPreview, skipBadRows: Bool = false) {
        self.preview = preview
        self.skipBadRows = skipBadRows
    }
}
