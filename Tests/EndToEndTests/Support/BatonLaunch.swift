import Foundation

/// The shell text that starts baton in a pane: with exactly the given environment, its pid in a
/// file (the `sh` that writes it execs baton, so the pid is baton's), and "EXITED <status>" after.
enum BatonLaunch {
    static func commandLine(_ arguments: [String], environment: [String: String], pidFile: String) throws -> String {
        let baton = try BatonBinary.path()
        let inner = "echo $$ > \(quote(pidFile)); exec " + envCommand(environment) + " "
            + ([baton] + arguments).map(quote).joined(separator: " ")
        return "sh -c \(quote(inner)); echo \"EXITED $?\""
    }

    /// `env -i K=V …`: nothing from the test process or the tmux server leaks in.
    static func envCommand(_ environment: [String: String]) -> String {
        (["env", "-i"] + environment.sorted { $0.key < $1.key }.map { quote("\($0.key)=\($0.value)") })
            .joined(separator: " ")
    }

    /// Single-quoted for /bin/sh.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// tmux itself, from the usual places.
enum Tmux {
    static func path() throws -> String {
        for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"] {
            let candidate = folder + "/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw NotInstalled()
    }

    struct NotInstalled: Error, CustomStringConvertible {
        var description: String { "tmux is not installed: the end-to-end tests need it (apt-get install tmux)" }
    }
}

/// A tmux command that failed.
struct TmuxFailed: Error, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let message: String
    var description: String { "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(message)" }
}

/// What a test waited for and did not see, with the screen as it last was.
struct ScreenTimeout: Error, CustomStringConvertible {
    let waitingFor: String
    let seconds: TimeInterval
    let lastScreen: String
    var description: String {
        "waited \(seconds) s for \(waitingFor); the screen was:\n" + lastScreen
    }
}
