import Foundation
import Testing
@testable import BatonShared

@Suite("Connection settings, as PostgreSQL users write them")
struct DatabaseSettingsTests {
    let env = ["USER": "sarah"]

    @Test("a URL names the host, port, user, database and sslmode")
    func urlParts() throws {
        let s = try DatabaseSettings.parse("postgres://lead@db.example:6543/baton?sslmode=require", environment: env)
        #expect(s == DatabaseSettings(host: "db.example", port: 6543, user: "lead", password: nil, database: "baton", sslMode: .require))
    }

    @Test("what the URL leaves out comes from PostgreSQL's defaults and environment")
    func defaults() throws {
        let s = try DatabaseSettings.parse("postgresql://db.example", environment: env)
        #expect(s.port == 5432 && s.user == "sarah" && s.database == "sarah" && s.sslMode == .prefer)
        let t = try DatabaseSettings.parse("postgres://db.example/x", environment: ["PGUSER": "u", "PGPORT": "7000", "PGSSLMODE": "disable"])
        #expect(t.user == "u" && t.port == 7000 && t.sslMode == .disable)
    }

    @Test("the password: the URL's first, then PGPASSWORD, then ~/.pgpass")
    func passwordOrder() throws {
        let pgpass = "db.example:5432:baton:lead:from-file\n"
        let url = "postgres://lead@db.example/baton"
        #expect(try DatabaseSettings.parse(url, environment: env, passwordFile: pgpass).password == "from-file")
        #expect(try DatabaseSettings.parse(url, environment: ["PGPASSWORD": "from-env"], passwordFile: pgpass).password == "from-env")
        #expect(try DatabaseSettings.parse("postgres://lead:in%40url@db.example/baton", environment: ["PGPASSWORD": "from-env"],
                                           passwordFile: pgpass).password == "in@url")
    }

    @Test("~/.pgpass: * matches anything, the first matching line wins, \\: is a colon, # a comment")
    func pgpass() {
        let text = """
        # team database
        other:5432:*:*:wrong
        db.example:*:baton:lead:pa\\:ss
        *:*:*:*:fallback
        """
        #expect(PasswordFile.password(in: text, host: "db.example", port: 5433, database: "baton", user: "lead") == "pa:ss")
        #expect(PasswordFile.password(in: text, host: "db.example", port: 5433, database: "other", user: "lead") == "fallback")
        #expect(PasswordFile.password(in: "a:1:b:c:d", host: "a", port: 2, database: "b", user: "c") == nil)
    }

    @Test("an unknown sslmode is refused, naming the ones that work")
    func sslmode() {
        #expect(throws: DatabaseSettingsError.self) {
            try DatabaseSettings.parse("postgres://h/db?sslmode=verify-full", environment: [:])
        }
        do {
            _ = try DatabaseSettings.parse("postgres://h/db?sslmode=verify-full", environment: [:])
        } catch {
            #expect("\(error)".contains("disable, prefer, require"))
        }
    }

    @Test("how long to wait for the server: connect_timeout in the URL, else PGCONNECT_TIMEOUT, as libpq reads them")
    func connectTimeout() throws {
        #expect(try DatabaseSettings.parse("postgres://h/db", environment: [:]).connectTimeout == nil)
        #expect(try DatabaseSettings.parse("postgres://h/db?connect_timeout=40&sslmode=disable", environment: [:]).connectTimeout == .seconds(40))
        #expect(try DatabaseSettings.parse("postgres://h/db", environment: ["PGCONNECT_TIMEOUT": "90"]).connectTimeout == .seconds(90))
        #expect(try DatabaseSettings.parse("postgres://h/db?connect_timeout=5", environment: ["PGCONNECT_TIMEOUT": "90"]).connectTimeout == .seconds(5))
        #expect(throws: DatabaseSettingsError.self) { try DatabaseSettings.parse("postgres://h/db?connect_timeout=soon", environment: [:]) }
        // Each connection attempt waits that long too, not a fixed 10 s that cut a longer setting short.
        #expect(try DatabaseSettings.parse("postgres://h/db?connect_timeout=40", environment: [:]).clientConnectTimeout == .seconds(40))
        #expect(try DatabaseSettings.parse("postgres://h/db", environment: [:]).clientConnectTimeout == .seconds(10))
    }

    @Test("a URL that is not postgres:// is refused without showing its password")
    func notAURL() {
        do {
            _ = try DatabaseSettings.parse("mysql://lead:hunter2@h/db", environment: [:])
            Issue.record("accepted a mysql URL")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
            #expect("\(error)".contains("postgres://"))
        }
    }

    @Test("settings are described without the password")
    func described() throws {
        let s = try DatabaseSettings.parse("postgres://lead:hunter2@db.example/baton", environment: [:])
        #expect(s.described == "postgres://lead@db.example:5432/baton")
        #expect(s.secrets == ["hunter2"])
    }
}

@Suite("Credentials never reach a message")
struct RedactionTests {
    @Test("a password in a URL is masked, the user and host kept")
    func inURL() {
        #expect(Redaction.scrub("cannot reach postgres://lead:hunter2@db:5432/baton")
                == "cannot reach postgres://lead:•••@db:5432/baton")
    }

    @Test("a known secret is masked wherever it appears, percent-encoded too")
    func knownSecret() {
        let text = Redaction.scrub("auth failed for p@ss:word (p%40ss%3Aword)", secrets: ["p@ss:word"])
        #expect(!text.contains("p@ss:word") && !text.contains("p%40ss%3Aword"))
    }

    @Test("password=value is masked")
    func keyValue() {
        #expect(Redaction.scrub("host=db password=hunter2 user=lead") == "host=db password=••• user=lead")
    }

    @Test("text without credentials is left as it is")
    func untouched() {
        let text = "Northwind: risk closed — kept in the history (H)"
        #expect(Redaction.scrub(text, secrets: ["zz-secret"]) == text)
    }
}
