import Foundation

/// One thing wrong with a store file, placed as precisely as the text allows, in the form
/// `PATH:LINE:COLUMN: FIELD: message — what to do` that editors and terminals can jump to.
public struct StoreProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based; nil when the problem has no place in the text (the file is missing, unreadable).
    public var line: Int?
    /// 1-based, counted in Unicode scalars from the start of the line.
    public var column: Int?
    /// The coding path of the offending value, such as `portfolio.accounts[3].tDay`.
    public var field: String?
    public var message: String
    /// What a person can do about it.
    public var remedy: String
    /// On the last line of a long list: how many problems it stands for (0 on every other).
    public var omitted = 0

    public init(path: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
                message: String, remedy: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.remedy = remedy ?? StoreProblem.defaultRemedy(for: path)
    }

    /// For a damaged document: the ways back (the backup only when there is one), and the promise
    /// that nothing was overwritten.
    public static func defaultRemedy(for path: String) -> String {
        "fix it by hand\(backupHint(for: path)); Baton will not write to it until it reads cleanly"
    }

    /// ", or restore NAME.bak beside it" when that backup exists; nothing when it does not.
    static func backupHint(for path: String) -> String {
        let backup = path + ".bak"
        guard FileManager.default.fileExists(atPath: backup) else { return "" }
        let name = backup.split(separator: "/").last.map(String.init) ?? backup
        return ", or restore \(name) beside it"
    }

    /// A list of problems names at most this many; a last line counts the rest, so a store of
    /// 200,000 broken accounts is reported in a moment rather than never.
    public static let listLimit = 50

    /// How many problems a list stands for, counting those its last line left off.
    public static func total(_ problems: [StoreProblem]) -> Int {
        problems.reduce(0) { $0 + max(1, $1.omitted) }
    }

    /// The line that stands for `count` problems left off the list (none when `count` is 0).
    static func omitted(_ count: Int, path: String) -> [StoreProblem] {
        guard count > 0 else { return [] }
        var line = StoreProblem(path: path, message: "and \(count) more problem\(count == 1 ? "" : "s") like these, not listed",
                                remedy: "fix the ones above first; `baton validate` lists the next ones")
        line.omitted = count
        return [line]
    }

    public var description: String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        let field = field.map { "\($0): " } ?? ""
        // Every part may quote the file (a value, a field name, the path itself): one line, inert.
        return SafeText.sanitize("\(place): \(field)\(message) — \(remedy)")
    }
}
