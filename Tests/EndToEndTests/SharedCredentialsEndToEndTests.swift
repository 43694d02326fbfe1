import BatonCore
import Foundation
import PostgresNIO
import Testing
@testable import BatonShared

/// The password never shows: every command is run with it in the URL, in PGPASSWORD and in
/// ~/.pgpass — and again where it fails (a refused port, a wrong password, a missing database,
/// an account that is not there, a URL Baton cannot use) — and every byte printed and every file
/// Baton wrote (the store folder, XDG state, documents) is searched for it.
@Suite("Credentials never printed",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL server to test against (.ci/postgres.sh starts one)"))
struct SharedCredentialsEndToEndTests {
    static let today = SharedDatabaseEndToEndTests.today

    /// One command of the script: its arguments, whether it runs on the local store (no database),
    /// and the exit status it must end with when the database can be reached.
    struct Step: Sendable {
        var arguments: [String]
        var local = false
        var status: Int32 = 0
    }

    /// Every command the shell has, in an order that works on a fresh database.
    static func script(csv: String, copy: String) -> [Step] {
        [
            Step(arguments: ["db", "init"]),
            Step(arguments: ["add", "Acme Freight", "--t-day", "2027-01-15", "--owner", "Sarah Khan"]),
            Step(arguments: ["add", "Acme Freight"], status: 1),
            Step(arguments: ["contact", "acme", "Ana Ruiz", "--role", "COO", "--sponsor"]),
            Step(arguments: ["mark", "acme", "1", "met", "--evidence", "Sign-off PDF", "--signatory", "Ana Ruiz", "--date", "2026-11-18",
                             "--filed-in", "CRM › Documents", "--by", "Tom Reeves", "--new-person", "Tom Reeves"]),
            Step(arguments: ["mark", "acme", "4", "not-met", "--action", "Observed check", "--owner", "Tom", "--deadline", "+7"]),
            Step(arguments: ["risk", "add", "acme", "Admin moving role", "--likelihood", "medium", "--impact", "medium",
                                   "--mitigation", "none yet", "--trigger", "none yet", "--owner", "Daniel", "--new-person", "Daniel"]),
            Step(arguments: ["risk", "rate", "acme", "1", "--likelihood", "high", "--note", "Only admin"]),
            Step(arguments: ["risk", "materialise", "acme", "1", "--note", "She moved"]),
            Step(arguments: ["risk", "close", "acme", "1", "--note", "Replacement trained"]),
            Step(arguments: ["risk", "close", "acme", "1", "--note", "Twice"], status: 1),
            Step(arguments: ["issue", "add", "acme", "SSO for the second site", "--kind", "ours", "--owner", "Priya", "--new-person", "Priya",
                                   "--deadline", "+10"]),
            Step(arguments: ["issue", "recommit", "acme", "1", "--deadline", "+20", "--note", "Vendor delay"]),
            Step(arguments: ["issue", "rescope", "acme", "1", "SSO for both sites", "--note", "Second site"]),
            Step(arguments: ["issue", "close", "acme", "1", "--note", "Live"]),
            Step(arguments: ["health", "acme", "amber", "--why", "Sponsor on leave"]),
            Step(arguments: ["note", "acme", "Ana Ruiz", "Nearly there", "--tone", "neutral"]),
            Step(arguments: ["log", "acme", "call", "Kick-off", "--with", "Ana"]),
            Step(arguments: ["tick", "acme", "Internal handover meeting"]),
            Step(arguments: ["health", "nosuch", "red", "--why", "x"], status: 1),
            Step(arguments: ["import", csv, "--dry-run"]),
            Step(arguments: ["import", csv]),
            Step(arguments: ["list"]),
            Step(arguments: ["list", "--json"]),
            Step(arguments: ["show", "acme"]),
            Step(arguments: ["show", "acme", "--json"]),
            Step(arguments: ["history", "acme"]),
            Step(arguments: ["history", "acme", "--json"]),
            Step(arguments: ["validate"]),
            Step(arguments: ["export", "handover", "acme"]),
            Step(arguments: ["export", "summary", "acme", "-o", "-"]),
            Step(arguments: ["export", "calendar"]),
            Step(arguments: ["add", "Local Only Ltd", "--t-day", "2027-03-01", "--owner", "Sarah Khan"], local: true),
            Step(arguments: ["db", "push"]),
            Step(arguments: ["db", "push"]),
            Step(arguments: ["db", "pull", "--store", copy]),
            Step(arguments: ["db", "pull", "--store", copy], status: 1),
            Step(arguments: ["remove-demo", "--dry-run"], status: 1),
        ]
    }

    /// A role of its own with a long, unmistakable password, and `count` databases it owns.
    static func role(databases count: Int) async throws -> (user: String, password: String, databases: [String], admin: DatabaseSettings) {
        let admin = try DatabaseSettings.resolve(try #require(ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"]))
        let tag = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let user = "baton_cred_\(tag.prefix(10))"
        let password = "PwSecret\(tag.suffix(20))"
        let databases = (0..<count).map { "baton_cred_\(tag.prefix(10))_\($0)" }
        try await SharedDatabase.with(admin, timeout: .seconds(120)) { db in
            // Names and the password are made here from hex digits: nothing to bind, nothing to escape.
            try await db.client.query(PostgresQuery(unsafeSQL: "CREATE ROLE \(user) LOGIN PASSWORD '\(password)'"), logger: db.logger)
            for name in databases {
                try await db.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) OWNER \(user)"), logger: db.logger)
            }
            return true
        }
        return (user, password, databases, admin)
    }

    static func url(user: String, password: String?, host: String, port: Int, database: String, query: String = "?sslmode=disable") -> String {
        "postgres://\(user)\(password.map { ":\($0)" } ?? "")@\(host):\(port)/\(database)\(query)"
    }

    /// A port on loopback that nothing listens on.
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Every regular file under `folder` (but the password file the test itself wrote) that holds `secret`.
    static func filesHolding(_ secret: String, under folder: String, except: Set<String>) -> (holding: [String], searched: Int) {
        var holding: [String] = []
        var searched = 0
        let needle = Data(secret.utf8)
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return ([], 0) }
        for case let relative as String in walker {
            let path = folder + "/" + relative
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue, !except.contains(path),
                  let data = FileManager.default.contents(atPath: path) else { continue }
            searched += 1
            if data.range(of: needle) != nil { holding.append(relative) }
        }
        return (holding, searched)
    }

    /// Runs `steps`, checking each exit status (when `expecting`) and that no output holds a secret.
    func run(_ steps: [Step], in sandbox: Sandbox, url: String, env: [String: String], secrets: [String], expecting: Bool,
             label: String) async throws {
        for step in steps {
            let arguments = step.arguments + ["--today", Self.today] + (step.local ? [] : ["--database", url])
            // A local step must not see the database either.
            let result = try await sandbox.runBatonAwaiting(arguments, extraEnvironment: step.local ? [:] : env, timeout: 60)
            let shown = "\(label): baton \(step.arguments.joined(separator: " "))"
            if expecting {
                #expect(result.status == step.status && !result.signalled, "\(shown)\n\(result)")
            } else if !step.local {
                #expect(result.status != 0 && !result.signalled, "\(shown) did not fail\n\(result)")
            }
            for secret in secrets {
                #expect(!result.standardOutput.contains(secret) && !result.standardError.contains(secret), "\(shown) printed the password")
            }
        }
    }

    @Test("every command, with the password in the URL, in PGPASSWORD and in ~/.pgpass: none prints it or writes it to a file")
    func everyCommandEveryWay() async throws {
        let (user, password, databases, admin) = try await Self.role(databases: 3)
        for (n, way) in ["url", "PGPASSWORD", ".pgpass"].enumerated() {
            let sandbox = try Sandbox()
            let csv = sandbox.path("accounts.csv")
            try ScriptingEndToEndTests.salesforceExport(count: 3).write(to: URL(fileURLWithPath: csv))
            var env: [String: String] = [:]
            var except: Set<String> = []
            let url: String
            switch way {
            case "url":
                url = Self.url(user: user, password: password, host: admin.host, port: admin.port, database: databases[n])
            case "PGPASSWORD":
                url = Self.url(user: user, password: nil, host: admin.host, port: admin.port, database: databases[n])
                env["PGPASSWORD"] = password
            default:
                url = Self.url(user: user, password: nil, host: admin.host, port: admin.port, database: databases[n])
                let file = sandbox.path("home/.pgpass")
                try Data("# the test's own\n\(admin.host):\(admin.port):*:\(user):\(password)\n".utf8).write(to: URL(fileURLWithPath: file))
                #expect(chmod(file, 0o600) == 0)
                except.insert(file)
            }
            try await run(Self.script(csv: csv, copy: sandbox.path("copy.json")), in: sandbox, url: url, env: env, secrets: [password],
                    expecting: true, label: way)
            let (holding, searched) = Self.filesHolding(password, under: sandbox.root, except: except)
            #expect(holding.isEmpty, "\(way): the password is in \(holding)")
            // The search was not empty-handed: the local store, the pulled copy and the exported documents were there to read.
            #expect(searched >= 4, "\(way): only \(searched) file(s) to search")
            #expect(FileManager.default.fileExists(atPath: sandbox.path("copy.json")), "\(way): no pulled copy")
        }
    }

    @Test("every command where it fails — refused port, wrong password, missing database, a URL it cannot use — exits non-zero without the password")
    func everyCommandFailing() async throws {
        let (user, password, databases, admin) = try await Self.role(databases: 1)
        let wrong = "WrongPw\(UUID().uuidString.prefix(8).lowercased())"
        let host = admin.host, port = admin.port
        let refusedPort = Self.closedPort()
        let failures: [(label: String, url: String, env: [String: String])] = [
            ("refused port", Self.url(user: user, password: password, host: "127.0.0.1", port: refusedPort, database: databases[0]), [:]),
            ("refused port, PGPASSWORD", Self.url(user: user, password: nil, host: "127.0.0.1", port: refusedPort, database: databases[0]),
             ["PGPASSWORD": password]),
            ("wrong password", Self.url(user: user, password: wrong, host: host, port: port, database: databases[0]), [:]),
            ("wrong PGPASSWORD", Self.url(user: user, password: nil, host: host, port: port, database: databases[0]), ["PGPASSWORD": wrong]),
            ("missing database", Self.url(user: user, password: password, host: host, port: port, database: "baton_no_such_db"), [:]),
            ("bad port number", "postgres://\(user):\(password)@\(host):99999/\(databases[0])", [:]),
            ("unsupported sslmode", Self.url(user: user, password: password, host: host, port: port, database: databases[0],
                                             query: "?sslmode=verify-full"), [:]),
            ("TLS the server does not offer", Self.url(user: user, password: password, host: host, port: port, database: databases[0],
                                                       query: "?sslmode=require"), [:]),
        ]
        let sandbox = try Sandbox()
        let csv = sandbox.path("accounts.csv")
        try ScriptingEndToEndTests.salesforceExport(count: 3).write(to: URL(fileURLWithPath: csv))
        // A local store for push to read, and so that remove-demo reaches the database check.
        let local = try await sandbox.runBatonAwaiting(["add", "Local Only Ltd", "--t-day", "2027-03-01", "--owner", "Sarah Khan", "--today", Self.today])
        #expect(local.status == 0, "\(local)")
        let steps = Self.script(csv: csv, copy: sandbox.path("copy.json")).filter { !$0.local }
        for failure in failures {
            // The TLS case only fails where the server has no TLS (as the test servers have): skip it where it would work.
            if failure.label.hasPrefix("TLS"), admin.sslMode != .disable { continue }
            try await run(steps, in: sandbox, url: failure.url, env: failure.env, secrets: [password, wrong], expecting: false, label: failure.label)
        }
        // A reason a person can act on, for each way of failing.
        let reasons: [(String, String)] = [
            ("refused port", "is the server running"), ("wrong password", "password"), ("missing database", "baton_no_such_db"),
        ]
        for (label, words) in reasons {
            let failure = try #require(failures.first { $0.label == label })
            let result = try await sandbox.runBatonAwaiting(["list", "--database", failure.url], timeout: 60)
            #expect(result.status == 2 && result.standardError.contains(words), "\(label)\n\(result)")
        }
        let (holding, searched) = Self.filesHolding(password, under: sandbox.root, except: [])
        #expect(holding.isEmpty, "the password is in \(holding)")
        #expect(searched >= 1)
        #expect(Self.filesHolding(wrong, under: sandbox.root, except: []).holding.isEmpty)
    }
}
