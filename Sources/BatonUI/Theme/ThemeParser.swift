/// Something wrong in a theme file, said so a person can find and fix it.
public struct ThemeProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// What one theme file says, before the roles it leaves out are filled in.
public struct ThemeDefinition: Sendable {
    public var name: String?
    /// `base = NAME`: roles this file leaves out come from that theme instead of from `normal`.
    public var baseName: String?
    public var styles: [Role: ThemeStyle] = [:]
    public var basicStyles: [Role: ThemeStyle] = [:]
    public var problems: [ThemeProblem] = []

    /// Roles the file gives a look to.
    public var definedRoles: Set<Role> { Set(styles.keys) }

    /// Every role the file leaves out.
    public var missingRoles: [Role] { Role.allCases.filter { styles[$0] == nil } }

    /// The whole theme: roles left out take `base`'s look when there is a base, else `normal`'s.
    public func theme(named fallbackName: String, base: Theme? = nil) -> Theme {
        var all = styles, basic = basicStyles
        let normal = styles[.normal] ?? base?.style(for: .normal) ?? .plain
        for role in Role.allCases where styles[role] == nil {
            if let base {
                all[role] = base.style(for: role)
                if let b = base.basicStyles[role] { basic[role] = b }
            } else {
                all[role] = normal
            }
        }
        return Theme(name: name ?? fallbackName, styles: all, basicStyles: basic)
    }
}

/// Reads the theme file format:
///
///     # a comment
///     name      = dark
///     base      = dark                      (optional: start from another theme)
///     normal    = default on default
///     titleBar  = black on cyan, bold
///     selection = default on color238 | reverse
///     notMet    = red, bold
///
/// A value is an optional colour phrase (`FG`, `FG on BG` or `on BG`) followed by attributes
/// (`bold`, `underline`, `reverse`, `dim`), separated by commas. Colours are `default` (the
/// terminal's own), the eight names, `bright-<name>`, `color0`…`color255` or `#rrggbb`. After
/// `|` comes the look for 8- and 16-colour terminals, where a subtle 256-colour shade would
/// collapse into black.
public enum ThemeParser {
    public static let attributeNames = ["bold", "underline", "reverse", "dim"]

    public static func parse(_ source: String, file: String) -> ThemeDefinition {
        var definition = ThemeDefinition()
        var seen: [Role: Int] = [:]
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            func problem(_ message: String) {
                definition.problems.append(ThemeProblem(file: file, line: lineNumber, message: message))
            }
            var line = Substring(rawLine)
            if let hash = line.indices.first(where: { line[$0] == "#" && !isColourHash(line, at: $0) }) {
                line = line[..<hash]
            }
            let text = line.trimmingSpaces
            if text.isEmpty { continue }
            guard let eq = text.firstIndex(of: "=") else {
                problem("expected `role = colours, attributes`, found \"\(text)\"")
                continue
            }
            let key = text[..<eq].trimmingSpaces
            let value = text[text.index(after: eq)...].trimmingSpaces
            switch key {
            case "name":
                if value.isEmpty { problem("the theme's name is empty") } else { definition.name = value }
                continue
            case "base":
                if value.isEmpty { problem("`base` needs a theme name") } else { definition.baseName = value }
                continue
            default:
                break
            }
            guard let role = Role(rawValue: key) else {
                problem("unknown role \"\(key)\"; the roles are: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            if let first = seen[role] { problem("\(role.rawValue) is given twice (first on line \(first)); the last one counts") }
            seen[role] = lineNumber
            let halves = value.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            guard let style = parseStyle(String(halves[0]), report: problem) else { continue }
            definition.styles[role] = style
            if halves.count == 2, let basic = parseStyle(String(halves[1]), report: problem) {
                definition.basicStyles[role] = basic
            }
        }
        return definition
    }

    /// One look: `FG on BG, bold, underline`. Returns nil (after reporting) when any word is wrong.
    static func parseStyle(_ text: String, report: (String) -> Void) -> ThemeStyle? {
        var style = ThemeStyle()
        var ok = true
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        if parts.allSatisfy({ $0.isEmpty }) {
            report("no colours or attributes given (write `default` for the terminal's own look)")
            return nil
        }
        for (i, part) in parts.enumerated() {
            let words = part.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0).lowercased() }
            if words.isEmpty { report("an empty item between commas"); ok = false; continue }
            if words.allSatisfy(attributeNames.contains) {
                for w in words {
                    switch w {
                    case "bold": style.bold = true
                    case "underline": style.underline = true
                    case "reverse": style.reverse = true
                    default: style.dim = true
                    }
                }
                continue
            }
            guard i == 0 else {
                report("unknown attribute \"\(part)\"; use bold, underline, reverse or dim (colours come first)")
                ok = false
                continue
            }
            // The colour phrase: FG, FG on BG, or on BG.
            var fgWord: String?, bgWord: String?
            switch words.count {
            case 1 where words[0] != "on": fgWord = words[0]
            case 2 where words[0] == "on": bgWord = words[1]
            case 3 where words[1] == "on": fgWord = words[0]; bgWord = words[2]
            default:
                report("cannot read \"\(part)\"; write FG, FG on BG or on BG")
                ok = false
                continue
            }
            for (word, isBackground) in [(fgWord, false), (bgWord, true)] {
                guard let word else { continue }
                guard let colour = ThemeColor(parsing: word) else {
                    report("unknown colour \"\(word)\"; use default, \(ThemeColor.names.joined(separator: ", ")), "
                        + "bright-<name>, color0–color255 or #rrggbb")
                    ok = false
                    continue
                }
                if isBackground { style.bg = colour } else { style.fg = colour }
            }
        }
        return ok ? style : nil
    }

    /// A `#` that starts `#rrggbb` is a colour, not a comment.
    private static func isColourHash(_ line: Substring, at index: Substring.Index) -> Bool {
        let rest = line[line.index(after: index)...].prefix(7)
        let hex = rest.prefix(while: \.isHexDigit)
        guard hex.count == 6 else { return false }
        let after = rest.dropFirst(6).first
        let before = index > line.startIndex ? line[line.index(before: index)] : " "
        return (after == nil || after == "," || after == " " || after == "|" || after == "\t")
            && (before == " " || before == "\t" || before == "=")
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
