import Foundation

/// A real terminal for the real binary: a private tmux server (its own socket in the test's
/// sandbox, no user config) with one session of a fixed size. The server is killed on release.
///
/// Nothing here sleeps to let the program "catch up": every check polls the screen until what a
/// person would see is there, and on timeout fails with the last screen.
final class TmuxSession {
    let sandbox: Sandbox
    let socket: String
    /// Where the pane's baton writes its pid (see `BatonLaunch`).
    let pidFile: String
    private var alive = true

    /// Starts a detached session of width × height running `command(pidFile)` through /bin/sh.
    private init(sandbox: Sandbox, width: Int, height: Int, command: (_ pidFile: String) throws -> String) throws {
        self.sandbox = sandbox
        let id = UUID().uuidString.prefix(8).lowercased()
        socket = sandbox.path("tmux-\(id).sock")
        pidFile = sandbox.path("baton-\(id).pid")
        try run(["new-session", "-d", "-x", String(width), "-y", String(height), try command(pidFile)])
    }

    deinit { kill() }

    /// A session whose only process is `baton arguments…`; when baton ends the pane prints
    /// "EXITED <status>" and stays open so the status can be read.
    static func baton(_ arguments: [String], in sandbox: Sandbox, width: Int = 80, height: Int = 24,
                      term: String = "tmux-256color", extraEnvironment: [String: String] = [:]) throws -> TmuxSession {
        let environment = sandbox.environment(term: term, extra: extraEnvironment)
        return try TmuxSession(sandbox: sandbox, width: width, height: height) { pidFile in
            try BatonLaunch.commandLine(arguments, environment: environment, pidFile: pidFile) + "; exec sleep 600"
        }
    }

    /// A session running an interactive bash (no rc files) with the sandbox's environment, for
    /// starting baton the way a person does and looking at the terminal afterwards.
    static func shell(in sandbox: Sandbox, width: Int = 80, height: Int = 24,
                      term: String = "tmux-256color") throws -> TmuxSession {
        let environment = sandbox.environment(term: term, extra: ["PS1": "$ "])
        return try TmuxSession(sandbox: sandbox, width: width, height: height) { _ in
            "exec " + BatonLaunch.envCommand(environment) + " bash --norc --noprofile -i"
        }
    }

    /// In a `shell` session: types the command line that starts baton and presses Enter.
    func startBatonFromShell(_ arguments: [String], term: String = "tmux-256color") throws {
        let line = try BatonLaunch.commandLine(arguments, environment: sandbox.environment(term: term), pidFile: pidFile)
        try type(line)
        try press("Enter")
    }

    // MARK: what a person does

    /// Types text exactly as given (no key names).
    func type(_ text: String) throws {
        try run(["send-keys", "-l", "--", text])
    }

    /// Presses named keys: "Escape", "Tab", "BTab", "Enter", "C-c", "j", …
    func press(_ keys: String...) throws {
        try run(["send-keys"] + keys)
    }

    /// Pastes `text` the way a terminal does when bracketed paste is on (ESC[200~ … ESC[201~).
    func paste(_ text: String) throws {
        try run(["set-buffer", "--", text])
        try run(["paste-buffer", "-p", "-d"])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-x", String(width), "-y", String(height)])
    }

    // MARK: what a person sees

    /// The screen as text, one line per row (trailing blanks trimmed by tmux); with `escapes`,
    /// the SGR sequences tmux would send to redraw it.
    func screen(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// A tmux format evaluated for the pane, e.g. "#{pane_title}".
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", format]).trimmingCharacters(in: .newlines)
    }

    /// Polls the screen until `text` is on it.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        try waitUntil("the screen shows \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen (every 50 ms) until `condition` holds; returns that screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, escapes: Bool = false,
                   _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen(escapes: escapes)
            if condition(last) { return last }
            usleep(50_000)
        } while Date() < deadline
        throw ScreenTimeout(waitingFor: what, seconds: timeout, lastScreen: last)
    }

    /// Waits for the "EXITED <status>" line the launch prints when baton has ended.
    func exitStatus(timeout: TimeInterval = 10) throws -> Int32 {
        var status: Int32?
        try waitUntil("baton has exited (an \"EXITED <status>\" line)", timeout: timeout) { screen in
            status = Self.exitedLine(in: screen)
            return status != nil
        }
        return status!
    }

    /// The pid of the baton in this pane, from the file its launch wrote.
    func batonPID(timeout: TimeInterval = 10) throws -> pid_t {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let data = FileManager.default.contents(atPath: pidFile),
               let pid = pid_t(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(50_000)
        } while Date() < deadline
        throw ScreenTimeout(waitingFor: "baton's pid in \(pidFile)", seconds: timeout, lastScreen: (try? screen()) ?? "")
    }

    static func exitedLine(in screen: String) -> Int32? {
        for line in screen.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("EXITED "), let status = Int32(trimmed.dropFirst("EXITED ".count)) {
                return status
            }
        }
        return nil
    }

    // MARK: the server

    /// Ends the server and every process in it (they get SIGHUP). Safe to call twice.
    func kill() {
        guard alive else { return }
        alive = false
        _ = try? run(["kill-server"], checked: false)
        try? FileManager.default.removeItem(atPath: socket)
        // Let a baton still running (it got SIGHUP) release its store before the sandbox goes.
        if let data = FileManager.default.contents(atPath: pidFile),
           let pid = pid_t(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) {
            let deadline = Date().addingTimeInterval(5)
            while Foundation.kill(pid, 0) == 0, Date() < deadline { usleep(20_000) }
        }
    }

    @discardableResult
    private func run(_ arguments: [String], checked: Bool = true) throws -> String {
        // -f /dev/null: no user or system config; -u: the client speaks UTF-8 whatever the locale.
        let environment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": sandbox.path("home"),
            "SHELL": "/bin/sh",
            "TMUX_TMPDIR": sandbox.root,
        ]
        let result = try Subprocess.run(try Tmux.path(), ["-u", "-f", "/dev/null", "-S", socket] + arguments,
                                        environment: environment, outputFolder: sandbox.root, timeout: 10)
        if checked, result.status != 0 {
            throw TmuxFailed(arguments: arguments, status: result.status, message: result.standardError)
        }
        return result.standardOutput
    }
}
