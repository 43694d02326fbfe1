import Foundation

/// The bounds on what Baton takes in: a name's length, a text's size, a CSV's columns and line
/// length, a store file's size. Past them Baton refuses, saying which bound and by how much,
/// and keeps nothing of the refused input: a 10 MB name made `baton list` print 220 MB, a header
/// of a million columns printed 8.9 MB of unmapped columns, a 10 MB field took 24 s to import
/// (issue 25). Each is far beyond anything a lead types or a CRM exports.
public enum InputLimits {
    /// An account's name, in characters: longer than any company's name, short enough to list.
    public static let nameCharacters = 200
    /// Any one text (evidence, a note, a rationale, a CSV field), in UTF-8 bytes: pages of text.
    public static let textBytes = 64 << 10
    /// Columns in a CSV file (a CRM export has tens).
    public static let csvColumns = 1_000
    /// One line of a CSV file, in bytes (a record whose quoted fields hold line breaks counts whole).
    public static let csvLineBytes = 1 << 20
    /// A store's document (10,000 accounts take about 300 MB).
    public static let storeBytes = 2 << 30

    /// "64 KB", "1.5 MB", "2 GB": a size as a person reads it.
    public static func size(_ bytes: Int) -> String {
        if bytes < 1 << 10 { return "\(bytes) bytes" }
        let units = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
        let (scale, unit) = units.first { bytes >= $0.0 }!
        let value = Double(bytes) / Double(scale)
        return value == value.rounded() ? "\(Int(value)) \(unit)" : String(format: "%.1f %@", value, unit)
    }

    /// The refusal for a text over `textBytes`, naming where it was.
    public static func oversizedText(_ bytes: Int, in field: String) -> String {
        "Too long: the \(field) holds \(grouped(bytes)) bytes, and a text holds at most \(size(textBytes)) "
            + "(\(grouped(textBytes)) bytes). Shorten it, or keep the document elsewhere and name where."
    }

    /// 65536 as "65,536", whatever the locale: the words are the same on every machine.
    public static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var i = digits.count - 3
        while i > 0 {
            digits.insert(",", at: i)
            i -= 3
        }
        return String(digits)
    }

    /// The first text in `value` (a change, a new account: walked field by field) over
    /// `textBytes`, as a refusal naming its field; nil when every text is within it.
    public static func refusalForOversizedText(in value: Any) -> ChangeRefusal? {
        oversized(Mirror(reflecting: value)).map { ChangeRefusal(oversizedText($0.bytes, in: fieldName($0.path))) }
    }

    /// The same for texts listed by their property's name (a new account's, checked directly).
    public static func refusalForOversizedText(labelled texts: [(label: String, text: String?)]) -> ChangeRefusal? {
        for (label, text) in texts {
            if let text, text.utf8.count > textBytes { return ChangeRefusal(oversizedText(text.utf8.count, in: fieldName([label]))) }
        }
        return nil
    }

    /// The path to the first text over the limit, made only once one is found: building it for
    /// every field walked, and reflecting on numbers and dates, was a tenth of an import's time.
    private static func oversized(_ mirror: Mirror) -> (path: [String], bytes: Int)? {
        for child in mirror.children {
            let value = child.value
            if let text = value as? String {
                if text.utf8.count > textBytes { return (child.label.map { [$0] } ?? [], text.utf8.count) }
                continue
            }
            if value is Int || value is Bool || value is Double || value is Date || value is CalendarDate { continue }
            if let found = oversized(Mirror(reflecting: value)) { return ((child.label.map { [$0] } ?? []) + found.path, found.bytes) }
        }
        return nil
    }

    /// "evidence summary" from ["mark", "evidence", "summary"]: the last two labels a person would know.
    private static func fieldName(_ path: [String]) -> String {
        let words = path.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && $0 != "some" }
        guard let last = words.last else { return "text" }
        let field = last.unicodeScalars.reduce("") { out, s in
            CharacterSet.uppercaseLetters.contains(s) ? out + " " + String(s).lowercased() : out + String(s)
        }
        return field
    }
}

/// The rule for an account's name, in one place: the dashboard's forms, the shell's `add` and
/// `profile`, and the CSV import all refuse through it, in the same words.
public enum AccountName {
    /// The name as kept (spaces around it trimmed), or why it is refused: blank, only control
    /// characters (three NULs showed as an empty name), or longer than `InputLimits.nameCharacters`.
    public static func check(_ text: String) -> Result<String, ChangeRefusal> {
        let name = RuleText.trimmed(text)
        guard !name.isEmpty else {
            return .failure(ChangeRefusal("An account needs a name: the customer's name as the lead knows it."))
        }
        guard !RuleText.trimmed(SafeText.sanitize(name)).isEmpty else {
            return .failure(ChangeRefusal("An account's name cannot be only control characters (it would show as nothing): "
                                          + "give the customer's name as the lead knows it."))
        }
        // Bytes first: counting the characters of a 10 MB name is the cost this bound is there to avoid.
        if name.utf8.count > InputLimits.nameCharacters, name.count > InputLimits.nameCharacters {
            return .failure(ChangeRefusal("An account's name is at most \(InputLimits.nameCharacters) characters; this one has "
                                          + "\(name.count). Shorten it."))
        }
        return .success(name)
    }
}
