import BatonCore
import BatonShared
import Foundation
import Testing

/// Two dashboards on one shared portfolio, in tmux: a mark in one appears in the other, saying
/// who made it; a dashboard whose server went away keeps working, its changes wait in the
/// outbox, survive a SIGKILL, and arrive exactly once when the server is back.
@Suite("A team on one portfolio: live dashboards and the outbox",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL server to test against (.ci/postgres.sh starts one)"))
struct LiveDashboardEndToEndTests {
    static let today = SharedDatabaseEndToEndTests.today

    /// A fresh database holding the demo portfolio, pushed from a local store with the shell.
    static func sharedDemo(_ sandbox: Sandbox) async throws -> (url: String, settings: DatabaseSettings) {
        let (url, password) = try await SharedDatabaseEndToEndTests.freshDatabase()
        #expect(!password.isEmpty && url.contains(password), "the test server's URL carries its password, as a user's might")
        let local = sandbox.path("local.json")
        try StoreFixture.writeDemo(to: local, today: today)
        #expect(try sandbox.runBaton(["db", "init", "--database", url]).status == 0)
        let pushed = try sandbox.runBaton(["db", "push", "--store", local, "--database", url])
        #expect(pushed.status == 0, "\(pushed)")
        return (url, try DatabaseSettings.resolve(url))
    }

    static func dashboard(_ url: String, as name: String, in sandbox: Sandbox, state: String) throws -> TmuxSession {
        try TmuxSession.baton(["--database", url, "--as", name, "--today", today], in: sandbox,
                              extraEnvironment: ["XDG_STATE_HOME": sandbox.path(state)])
    }

    /// Who made each change-log entry on the database, oldest first (the push's entries left out).
    static func changesBy(_ settings: DatabaseSettings) async throws -> [(by: String, summary: String)] {
        try await SharedDatabase.with(settings, timeout: .seconds(120)) { db in
            var all: [(String, String)] = []
            for account in try await db.portfolio().accounts {
                for entry in try await db.history(accountID: account.id) where !entry.summary.hasPrefix("Pushed ") {
                    all.append((entry.by, entry.summary))
                }
            }
            return all
        }
    }

    @Test("a mark in one dashboard appears in the other within a second or so, saying who made it")
    func markAppears() async throws {
        let sandbox = try Sandbox()
        let (url, settings) = try await Self.sharedDemo(sandbox)
        let sarah = try Self.dashboard(url, as: "Sarah Khan", in: sandbox, state: "state-sarah")
        let daniel = try Self.dashboard(url, as: "Daniel Ortiz", in: sandbox, state: "state-daniel")
        try sarah.waitFor("synced", timeout: 30)
        let before = try daniel.waitFor("synced", timeout: 30)
        // Daniel is account manager on three accounts, so his list opens on his own (Blue Fin Seafood
        // first); he clears the first condition's mark there.
        try daniel.waitFor("My accounts", timeout: 10)
        try daniel.press("2")
        try daniel.press("c")
        let said = try daniel.waitFor("Blue Fin Seafood 🐟: condition 1 back to Unassessed", timeout: 10)
        let started = Date()
        let seen = try sarah.waitFor("Daniel Ortiz · Blue Fin Seafood 🐟: condition 1 back to Unassessed", timeout: 30)
        let delay = Date().timeIntervalSince(started)
        #expect(delay < 3, "\(delay) s")  // within a second, plus tmux polling on a loaded machine
        #expect(!said.contains("Daniel Ortiz ·"), "a person's own change is not announced back to them")
        #expect(ScreenText.rows(seen)[0].contains("synced"), "\(seen)")
        #expect(before != seen)
        let changes = try await Self.changesBy(settings)
        #expect(changes.count == 1 && changes.first?.by == "Daniel Ortiz", "\(changes)")
    }

    @Test("offline: the server goes away, changes wait, the dashboard is killed, and every change arrives exactly once")
    func offlineKillResend() async throws {
        let sandbox = try Sandbox()
        let (url, settings) = try await Self.sharedDemo(sandbox)
        let proxy = try TCPProxy(sandbox: sandbox, to: settings.port)
        var parts = try #require(URLComponents(string: url))
        parts.port = proxy.port
        let viaProxy = try #require(parts.string)

        let daniel = try Self.dashboard(url, as: "Daniel Ortiz", in: sandbox, state: "state-daniel")
        var sarah = try Self.dashboard(viaProxy, as: "Sarah Khan", in: sandbox, state: "state-sarah")
        try daniel.waitFor("synced", timeout: 30)
        try sarah.waitFor("synced", timeout: 30)

        proxy.stop()  // Sarah's server is gone: a meeting room with bad Wi-Fi
        try sarah.waitFor("offline", timeout: 20)
        try sarah.press("2")
        try sarah.press("c")
        try sarah.press("j")
        try sarah.press("c")
        let waiting = try sarah.waitFor("offline · 2 changes waiting", timeout: 10)
        #expect(waiting.contains("condition 2 back to Unassessed"), "\(waiting)")
        let outbox = try #require(FileManager.default.subpathsOfDirectory(atPath: sandbox.path("state-sarah/baton/shared"))
            .first { $0.hasSuffix("outbox.log") })
        let mode = try FileManager.default.attributesOfItem(atPath: sandbox.path("state-sarah/baton/shared/" + outbox))[.posixPermissions] as? Int
        #expect(mode == 0o600)

        kill(try sarah.batonPID(), SIGKILL)
        sarah.kill()
        #expect(try await Self.changesBy(settings).isEmpty)

        try proxy.start()
        sarah = try Self.dashboard(viaProxy, as: "Sarah Khan", in: sandbox, state: "state-sarah")
        try sarah.waitFor("synced", timeout: 30)
        try daniel.waitFor("Sarah Khan ·", timeout: 10)
        let changes = try await Self.changesBy(settings)
        #expect(changes.count == 2 && changes.allSatisfy { $0.by == "Sarah Khan" }, "\(changes)")
        // Started again: nothing is sent twice.
        sarah.kill()
        sarah = try Self.dashboard(viaProxy, as: "Sarah Khan", in: sandbox, state: "state-sarah")
        try sarah.waitFor("synced", timeout: 30)
        #expect(try await Self.changesBy(settings).count == 2)
        proxy.stop()
        // The password was in the URL given: it is in none of the files beside the local copy.
        let password = try #require(settings.password)
        for file in (try? FileManager.default.subpathsOfDirectory(atPath: sandbox.path("state-sarah"))) ?? [] {
            let data = FileManager.default.contents(atPath: sandbox.path("state-sarah/" + file)) ?? Data()
            #expect(!String(decoding: data, as: UTF8.self).contains(password), "the password is in \(file)")
        }
    }
}

/// A TCP forwarder on a port of its own to the database server: stopping it is the server
/// going away for the dashboards that go through it (their connections drop at once).
final class TCPProxy {
    let port: Int
    private let script: String
    private let target: Int
    private var process: Process?

    init(sandbox: Sandbox, to target: Int) throws {
        self.target = target
        script = sandbox.path("proxy.py")
        try Self.source.write(toFile: script, atomically: true, encoding: .utf8)
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(probe, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
        close(probe)
        try start()
    }

    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script, String(port), String(target)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        // Listening once a connection is accepted.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            close(probe)
            if connected == 0 { return }
            usleep(50_000)
        }
    }

    func stop() {
        if let process { kill(process.processIdentifier, SIGKILL) }
        process = nil
    }

    deinit { stop() }

    static let source = """
        import socket, sys, threading
        listen_port, target_port = int(sys.argv[1]), int(sys.argv[2])
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", listen_port))
        server.listen(64)
        def pipe(a, b):
            try:
                while True:
                    data = a.recv(65536)
                    if not data:
                        break
                    b.sendall(data)
            except OSError:
                pass
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        while True:
            client, _ = server.accept()
            try:
                upstream = socket.create_connection(("127.0.0.1", target_port))
            except OSError:
                client.close()
                continue
            threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()

        """
}
