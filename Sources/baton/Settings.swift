import Foundation

/// The lead's settings file, `$XDG_CONFIG_HOME/baton/config` (`~/.config/baton/config`):
/// `key = value` lines, `#` comments. Known keys: `theme`, `database` (a shared portfolio's URL).
struct Settings {
    var theme: String?
    var database: String?

    static func configFolder(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/baton" }
        return NSHomeDirectory() + "/.config/baton"
    }

    static func load() -> Settings {
        var settings = Settings()
        guard let text = try? String(contentsOfFile: configFolder() + "/config", encoding: .utf8) else { return settings }
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let eq = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<eq].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if key == "theme", !value.isEmpty { settings.theme = value }
            if key == "database", !value.isEmpty { settings.database = value }
        }
        return settings
    }

    /// Where stderr goes while curses owns the screen: `$XDG_STATE_HOME/baton/baton.log`.
    static func logPath(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.local/state"
        let folder = base + "/baton"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return folder + "/baton.log"
    }
}
