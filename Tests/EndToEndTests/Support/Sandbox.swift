import Foundation

/// A fresh folder standing in for the user's home: HOME and every XDG folder point inside it, so
/// no test can read or write the real user's store, log or settings. Removed when released.
final class Sandbox {
    let root: String

    init() throws {
        // Short on purpose: a tmux socket path must fit in sun_path (108 bytes).
        root = "/tmp/baton-e2e-" + UUID().uuidString.prefix(12).lowercased()
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        for folder in ["home", "data", "state", "config"] {
            try FileManager.default.createDirectory(atPath: path(folder), withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A path inside the sandbox.
    func path(_ name: String) -> String { root + "/" + name }

    /// The store `baton` uses when no --store is given.
    var defaultStorePath: String { path("data/baton/portfolio.json") }

    /// The whole environment a test's baton sees: nothing from the test process leaks in.
    /// C.UTF-8 is the one UTF-8 locale every glibc (and a fresh Debian 12) has.
    func environment(term: String = "tmux-256color", extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "TERM": term,
            "LANG": "C.UTF-8",
            "HOME": path("home"),
            "XDG_DATA_HOME": path("data"),
            "XDG_STATE_HOME": path("state"),
            "XDG_CONFIG_HOME": path("config"),
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Bytes of a file, or nil when it is not there.
    func contents(of path: String) -> Data? { FileManager.default.contents(atPath: path) }
}

/// What a finished command printed and how it ended.
struct CommandResult: CustomStringConvertible {
    let status: Int32
    let standardOutput: String
    let standardError: String
    /// Whether it ended by a signal rather than exit().
    let signalled: Bool

    var description: String {
        "exit status \(status)\(signalled ? " (signal)" : "")\n--- stdout ---\n\(standardOutput)--- stderr ---\n\(standardError)"
    }
}

extension Sandbox {
    /// Runs `baton arguments…` with the sandbox's environment and no terminal (stdin /dev/null).
    func runBaton(_ arguments: [String], extraEnvironment: [String: String] = [:],
                  timeout: TimeInterval = 30) throws -> CommandResult {
        try Subprocess.run(try BatonBinary.path(), arguments, environment: environment(term: "dumb", extra: extraEnvironment),
                           outputFolder: root, timeout: timeout)
    }
}

/// Running a program to its end and collecting what it printed.
///
/// posix_spawn and waitpid, not Foundation's Process: on Linux, Process learns that a child
/// ended when a socket it hands the child is closed, and the tmux server that `tmux new-session`
/// leaves behind keeps that socket open, so `waitUntilExit` never returns
/// (swiftlang/swift-corelibs-foundation#4795).
enum Subprocess {
    /// Output goes to files in `outputFolder`, never to pipes: nothing blocks on a full pipe and a
    /// daemon the program leaves behind cannot hold a read open. The child gets no descriptor but
    /// 0, 1 and 2. After `timeout` seconds it is killed (SIGKILL) and reported as signalled.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    outputFolder: String, timeout: TimeInterval = 30) throws -> CommandResult {
        let id = UUID().uuidString.prefix(8)
        let outPath = outputFolder + "/stdout-\(id)"
        let errPath = outputFolder + "/stderr-\(id)"
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #if os(Linux)
        // glibc 2.34+: the _np functions are not in the Glibc module, so look this one up.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        }
        #endif
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling and nothing blocked, whatever the test runner set.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
        flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = [executable] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let spawned = withCStrings(argv) { argvPointers in
            withCStrings(envp) { envPointers in
                posix_spawn(&pid, executable, &actions, &attributes, argvPointers, envPointers)
            }
        }
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable,
                                                          NSLocalizedDescriptionKey: "cannot start \(executable): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited == -1, errno != EINTR { break }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(2_000)
        }
        let text = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        let signalled = (status & 0x7f) != 0
        return CommandResult(status: signalled ? status & 0x7f : (status >> 8) & 0xff,
                             standardOutput: text(outPath), standardError: text(errPath), signalled: signalled)
    }

    /// A NULL-terminated array of C strings, valid inside `body`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
