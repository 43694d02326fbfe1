import BatonThemes
import Foundation

/// The theme chosen and everything wrong on the way to it.
public struct ThemeLoadResult: Sendable {
    public var theme: Theme
    /// Bad lines (skipped), an unknown name (the default was used instead): show them, don't stop.
    public var problems: [ThemeProblem]
    /// Where the theme came from: a file path, or "built-in".
    public var origin: String
}

/// Finds a theme by name: the user's own themes first, then the built-in ones.
///
/// A pure function of the environment and two file readers, so every rule can be tested without
/// touching the disk. User themes live in `$XDG_CONFIG_HOME/baton/themes/NAME.theme` (default
/// `~/.config/baton/themes`) and add to or replace the built-ins of the same name.
public struct ThemeLoader: Sendable {
    public var environment: [String: String]
    public var readFile: @Sendable (String) -> String?
    public var listDirectory: @Sendable (String) -> [String]
    public var builtinSource: @Sendable (String) -> String?

    public init(environment: [String: String],
                readFile: @escaping @Sendable (String) -> String?,
                listDirectory: @escaping @Sendable (String) -> [String] = { _ in [] },
                builtinSource: @escaping @Sendable (String) -> String? = BuiltinThemes.source(named:)) {
        self.environment = environment
        self.readFile = readFile
        self.listDirectory = listDirectory
        self.builtinSource = builtinSource
    }

    /// The loader for this process: its environment and the real file system.
    public static func live() -> ThemeLoader {
        ThemeLoader(
            environment: ProcessInfo.processInfo.environment,
            readFile: { try? String(contentsOfFile: $0, encoding: .utf8) },
            listDirectory: { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
        )
    }

    /// Where user themes are looked for, or nil when neither XDG_CONFIG_HOME nor HOME is set.
    public var userThemeDirectory: String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/baton/themes" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/baton/themes" }
        return nil
    }

    /// True when NO_COLOR is set to anything but the empty string (no-color.org).
    public var noColor: Bool { !(environment["NO_COLOR"] ?? "").isEmpty }

    /// Every theme name on offer: the built-ins, then the user's own.
    public var availableNames: [String] {
        var names = BuiltinThemes.names.filter { builtinSource($0) != nil }
        if let dir = userThemeDirectory {
            for file in listDirectory(dir).sorted() where file.hasSuffix(".theme") {
                let name = String(file.dropLast(6))
                if Self.isValidName(name), !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    /// The theme to draw with. `--theme NAME` wins over everything (a person asked for it); then
    /// NO_COLOR chooses monochrome; then the saved setting; then the default, dark. An unknown
    /// name is reported and the default is used: a typo must not stop the app from starting.
    public func load(commandLine: String?, setting: String?) -> ThemeLoadResult {
        if let name = commandLine { return loadOrDefault(name, askedBy: "--theme") }
        if noColor { return load(named: "monochrome") ?? Self.emergencyMonochrome }
        if let name = setting { return loadOrDefault(name, askedBy: "settings") }
        return load(named: BuiltinThemes.defaultName) ?? Self.emergencyMonochrome
    }

    /// The built-in monochrome theme: what a colour theme gives way to on a terminal without colour.
    public var monochrome: Theme { (load(named: "monochrome") ?? Self.emergencyMonochrome).theme }

    private func loadOrDefault(_ name: String, askedBy: String) -> ThemeLoadResult {
        if let found = load(named: name) { return found }
        var fallback = load(named: BuiltinThemes.defaultName) ?? Self.emergencyMonochrome
        let why = Self.isValidName(name)
            ? "no theme named \"\(name)\"; the themes are: \(availableNames.joined(separator: ", "))"
            : "\"\(name)\" is not a theme name (letters, digits, - and _ only)"
        fallback.problems.insert(ThemeProblem(file: askedBy, line: 0, message: why + "; using \(fallback.theme.name)"), at: 0)
        return fallback
    }

    /// One theme by name, the user's file before the built-in; nil when neither exists.
    public func load(named name: String) -> ThemeLoadResult? {
        load(named: name, depth: 0)
    }

    private func load(named name: String, depth: Int) -> ThemeLoadResult? {
        guard Self.isValidName(name) else { return nil }
        let userPath = userThemeDirectory.map { "\($0)/\(name).theme" }
        let text: String, origin: String, file: String
        if let userPath, let userText = readFile(userPath) {
            (text, origin, file) = (userText, userPath, userPath)
        } else if let builtin = builtinSource(name) {
            (text, origin, file) = (builtin, "built-in", "Themes/\(name).theme")
        } else {
            return nil
        }
        let definition = ThemeParser.parse(text, file: file)
        var problems = definition.problems
        var base: Theme?
        if let baseName = definition.baseName {
            // A user theme may start from the built-in of its own name; anything deeper is a loop.
            let fromBuiltinOnly = baseName == name
            if depth >= 4 {
                problems.append(ThemeProblem(file: file, line: 0, message: "`base` goes more than four themes deep; ignoring it"))
            } else if fromBuiltinOnly, let builtin = builtinSource(baseName) {
                base = ThemeParser.parse(builtin, file: "Themes/\(baseName).theme").theme(named: baseName)
            } else if !fromBuiltinOnly, let loaded = load(named: baseName, depth: depth + 1) {
                base = loaded.theme
                problems += loaded.problems
            } else {
                problems.append(ThemeProblem(file: file, line: 0, message: "base theme \"\(baseName)\" not found"))
            }
        }
        return ThemeLoadResult(theme: definition.theme(named: name, base: base), problems: problems, origin: origin)
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && !name.hasPrefix("-")
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    /// Used only if the built-in texts were somehow missing: better plain than nothing.
    static let emergencyMonochrome = ThemeLoadResult(
        theme: Theme(name: "monochrome", styles: [.normal: .plain, .selection: ThemeStyle(reverse: true)]),
        problems: [], origin: "built-in")
}
