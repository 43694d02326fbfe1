import BatonCore
import Foundation
import Logging
import NIOSSL
import PostgresNIO

/// The shared portfolio in PostgreSQL: one row per account (its document and a version that every
/// write raises), an append-only change log, and the portfolio's owner. Every change goes through
/// the core's door (`AccountChange.apply`) and is written only if nobody else wrote the account
/// in between; otherwise the same change is applied again to the newer account.
public final class SharedDatabase: Sendable {
    let client: PostgresClient
    let settings: DatabaseSettings
    let logger: Logger
    /// How long the pool may take to hand over a connection: as long as reaching the server may take.
    let leaseLimit: Duration

    private init(client: PostgresClient, settings: DatabaseSettings, logger: Logger, leaseLimit: Duration) {
        self.client = client
        self.settings = settings
        self.logger = logger
        self.leaseLimit = leaseLimit
    }

    /// Runs `body` with a connected pool, closing it afterwards. Errors come back as
    /// `SharedDatabaseError`, in words and without credentials.
    @discardableResult
    public static func with<T: Sendable>(_ settings: DatabaseSettings, timeout: Duration = .seconds(15),
                                         _ body: @escaping @Sendable (SharedDatabase) async throws -> T) async throws -> T {
        let tls: PostgresClient.Configuration.TLS
        switch settings.sslMode {
        case .disable: tls = .disable
        case .prefer, .require:
            // As libpq's `require` and `prefer`: encrypted, the certificate not verified.
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            tls = settings.sslMode == .require ? .require(configuration) : .prefer(configuration)
        }
        var configuration = PostgresClient.Configuration(host: settings.host, port: settings.port, username: settings.user,
                                                         password: settings.password, database: settings.database, tls: tls)
        configuration.options.connectTimeout = settings.clientConnectTimeout
        let quiet = Self.quietLogger()
        do {
            // The pool retries a refused connection or password until the timeout; one direct
            // connection first turns those into the server's own reason, at once.
            // The limit is on reaching the server, not on the work: a push of thousands of accounts,
            // or any command on a machine under load, may take longer once connected.
            let limit = settings.connectTimeout ?? timeout
            let client = PostgresClient(configuration: configuration, backgroundLogger: quiet)
            let database = SharedDatabase(client: client, settings: settings, logger: quiet, leaseLimit: limit)
            let running = Task { await client.run() }
            defer { running.cancel() }
            try await FirstOf.value(within: limit, orThrow: SharedDatabaseError(
                "\(settings.described) did not answer within \(limit.components.seconds) s: "
                    + "is the server running, and the host and port right?", connectionLost: true)) {
                try await probe(settings, logger: quiet)
            }
            return try await body(database)
        } catch {
            throw SharedDatabaseError.describing(error, settings: settings)
        }
    }

    /// A connection from the pool for `body`, or a lost-connection error when the pool has not
    /// handed one over within the time allowed to reach the server, or when the connection closes while `body`
    /// still waits on it: after a server restart a shell writer was seen parked for good with no
    /// socket open (issue 25). The caller tries again, with the same exactly-once key.
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let limit = leaseLimit
        return try await FirstOf.value(startingWithin: limit, orThrow: SharedDatabaseError(
            "\(settings.described) gave no connection within \(limit.components.seconds) s", connectionLost: true)) { started in
            try await self.client.withConnection { connection in
                started()
                // A socket closed under a waiting query (a restart) ends the wait: the driver did not, once.
                return try await FirstOf.value(orThrow: SharedDatabaseError("the connection to \(self.settings.described) closed", connectionLost: true),
                                               whenLost: { lost in connection.closeFuture.whenComplete { _ in lost() } }) {
                    try await body(connection)
                }
            }
        }
    }

    private static func quietLogger() -> Logger {
        var logger = Logger(label: "baton.shared")
        logger.logLevel = .critical
        return logger
    }

    private static func probe(_ settings: DatabaseSettings, logger: Logger) async throws {
        let tls: PostgresConnection.Configuration.TLS
        switch settings.sslMode {
        case .disable: tls = .disable
        case .prefer, .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            tls = settings.sslMode == .require ? .require(context) : .prefer(context)
        }
        var configuration = PostgresConnection.Configuration(host: settings.host, port: settings.port, username: settings.user,
                                                             password: settings.password, database: settings.database, tls: tls)
        configuration.options.connectTimeout = settings.nioConnectTimeout
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        try await connection.close()
    }

    // MARK: Schema

    /// The schema version this database is at (0: no Baton tables yet).
    public func schemaVersion() async throws -> Int {
        try await withConnection { connection in try await Self.schemaVersion(on: connection, logger: self.logger) }
    }

    static func schemaVersion(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let exists = try await connection.query("SELECT to_regclass('schema_version') IS NOT NULL", logger: logger)
        for try await present in exists.decode(Bool.self) where !present { return 0 }
        let rows = try await connection.query("SELECT coalesce(max(version), 0)::bigint FROM schema_version", logger: logger)
        for try await version in rows.decode(Int64.self) { return Int(version) }
        return 0
    }

    /// Applies the migrations this database lacks, up to `target`; returns the versions before and after.
    /// Two `db init` at once are safe: an advisory lock makes the second wait, then find nothing to do.
    /// Migrating to version 4 works out every account's summary from its document, for `today`.
    @discardableResult
    public func migrate(upTo target: Int = SharedSchema.latest, today: CalendarDate) async throws -> (from: Int, to: Int) {
        let versions: (from: Int, to: Int) = try await withConnection { connection in
            let before = try await Self.schemaVersion(on: connection, logger: self.logger)
            for migration in SharedSchema.migrations where migration.version <= target {
                try await connection.withTransaction(logger: self.logger) { connection in
                    try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: self.logger)
                    try await connection.query("""
                        CREATE TABLE IF NOT EXISTS schema_version (
                            version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                        """, logger: self.logger)
                    let current = try await Self.schemaVersion(on: connection, logger: self.logger)
                    guard migration.version > current else { return }
                    for statement in migration.statements {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                    }
                    try await connection.query("INSERT INTO schema_version (version) VALUES (\(migration.version))", logger: self.logger)
                }
            }
            let after = try await Self.schemaVersion(on: connection, logger: self.logger)
            if after > SharedSchema.latest {
                throw SharedDatabaseError("\(self.settings.described) has schema version \(after), newer than this Baton knows "
                                          + "(\(SharedSchema.latest)): update Baton.")
            }
            return (before, after)
        }
        // Once, from the documents; again only for what is missing (a fill cut short resumes here).
        if versions.to >= 4 { try await fillSummaries(today: today) }
        return versions
    }

    static let migrationLock: Int64 = 0x6261_746F_6E00  // "baton"

    /// Refuses to work on a database `db init` has not prepared, or one a newer Baton migrated.
    func requireSchema(on connection: PostgresConnection) async throws {
        let version = try await Self.schemaVersion(on: connection, logger: logger)
        if version == 0 {
            throw SharedDatabaseError("\(settings.described) has no Baton tables yet: run `baton db init` first.")
        }
        if version < SharedSchema.latest {
            throw SharedDatabaseError("\(settings.described) is at schema version \(version); this Baton needs "
                                      + "\(SharedSchema.latest): run `baton db init` to migrate it.")
        }
        if version > SharedSchema.latest {
            throw SharedDatabaseError("\(settings.described) has schema version \(version), newer than this Baton knows "
                                      + "(\(SharedSchema.latest)): update Baton.")
        }
    }

    // MARK: Reading

    /// The whole portfolio: its owner and every account (archived too), ordered by id.
    public func portfolio() async throws -> Portfolio {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            var owner = ""
            for try await name in try await connection.query("SELECT owner FROM portfolio LIMIT 1", logger: self.logger)
                .decode(String.self) { owner = name }
            var accounts: [Account] = []
            let rows = try await connection.query("SELECT id, document::text FROM accounts ORDER BY id", logger: self.logger)
            for try await (id, document) in rows.decode((String, String).self) {
                accounts.append(try AccountDocument.decode(document, id: id))
            }
            return Portfolio(owner: owner, accounts: accounts)
        }
    }

    /// One account as stored, with the version a write must match and who wrote it last.
    public struct StoredAccount: Sendable {
        public var account: Account
        public var version: Int64
        public var updatedBy: String
        public var updatedAt: Date
    }

    public func account(id: String) async throws -> StoredAccount? {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            return try await self.account(id: id, on: connection)
        }
    }

    func account(id: String, on connection: PostgresConnection) async throws -> StoredAccount? {
        let rows = try await connection.query(
            "SELECT document::text, version, updated_by, updated_at FROM accounts WHERE id = \(id)", logger: logger)
        for try await (document, version, by, at) in rows.decode((String, Int64, String, Date).self) {
            return StoredAccount(account: try AccountDocument.decode(document, id: id), version: version, updatedBy: by, updatedAt: at)
        }
        return nil
    }

    /// One entry of the change log.
    public struct LogEntry: Sendable, Equatable {
        public var seq: Int64
        public var at: Date
        public var by: String
        public var accountID: String
        public var summary: String
    }

    /// What happened to an account, oldest first.
    public func history(accountID: String) async throws -> [LogEntry] {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            var entries: [LogEntry] = []
            let rows = try await connection.query(
                "SELECT seq, at, by, account_id, summary FROM change_log WHERE account_id = \(accountID) ORDER BY seq",
                logger: self.logger)
            for try await (seq, at, by, id, summary) in rows.decode((Int64, Date, String, String, String).self) {
                entries.append(LogEntry(seq: seq, at: at, by: by, accountID: id, summary: summary))
            }
            return entries
        }
    }

    // MARK: Push

    /// What a push did.
    public struct PushReport: Sendable, Equatable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        public var ownerSet = false
    }

    /// A local portfolio into the database: accounts that are new are added, accounts whose
    /// document differs are replaced (their version raised), the rest left alone — so a second
    /// push of the same store changes nothing. Each account written gets a change-log entry and
    /// its summary, worked out for `today`.
    public func push(_ portfolio: Portfolio, by: String, today: CalendarDate) async throws -> PushReport {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            return try await connection.withTransaction(logger: self.logger) { connection in
                var report = PushReport()
                var currentOwner: String?
                for try await name in try await connection.query("SELECT owner FROM portfolio LIMIT 1", logger: self.logger)
                    .decode(String.self) { currentOwner = name }
                if currentOwner == nil {
                    try await connection.query("INSERT INTO portfolio (owner) VALUES (\(portfolio.owner))", logger: self.logger)
                    report.ownerSet = true
                } else if currentOwner != portfolio.owner, !portfolio.owner.isEmpty {
                    try await connection.query("UPDATE portfolio SET owner = \(portfolio.owner)", logger: self.logger)
                    report.ownerSet = true
                }
                for account in portfolio.accounts {
                    let document = try AccountDocument.encode(account)
                    let archived = account.archived != nil
                    var written: Int64?
                    let inserted = try await connection.query("""
                        INSERT INTO accounts (id, document, version, archived, updated_by)
                        VALUES (\(account.id), \(document)::jsonb, 1, \(archived), \(by))
                        ON CONFLICT (id) DO NOTHING RETURNING version
                        """, logger: self.logger)
                    for try await version in inserted.decode(Int64.self) { written = version }
                    if written != nil {
                        report.added += 1
                    } else {
                        // jsonb compares by meaning (key order and spacing aside): unchanged documents stay as they are.
                        let updated = try await connection.query("""
                            UPDATE accounts SET document = \(document)::jsonb, version = version + 1, archived = \(archived),
                                updated_at = now(), updated_by = \(by)
                            WHERE id = \(account.id) AND document <> \(document)::jsonb RETURNING version
                            """, logger: self.logger)
                        for try await version in updated.decode(Int64.self) { written = version }
                        if written == nil { report.unchanged += 1; continue }
                        report.updated += 1
                    }
                    try await Self.keepSummary(of: account, version: written ?? 1, today: today, on: connection, logger: self.logger)
                    let summary = "Pushed \(account.name) from a local store"
                    let change = ChangeRecord.push(version: written ?? 1)
                    try await connection.query("""
                        INSERT INTO change_log (by, account_id, summary, change)
                        VALUES (\(by), \(account.id), \(summary), \(change)::jsonb)
                        """, logger: self.logger)
                }
                return report
            }
        }
    }

    // MARK: Changing one account

    /// Writes a change's outcome over the account as it was read (`UPDATE … WHERE version = $v`),
    /// with its summary and its change-log entry, as one transaction: false when another writer
    /// got there first. `key`: the change's exactly-once key (the change log's unique `outbox_id`).
    /// The one write of a changed account, for the shell's changes and the dashboards' outboxes alike.
    func write(_ outcome: ChangeOutcome, of change: AccountChange, over stored: StoredAccount, by: String, today: CalendarDate,
               key: String?, on connection: PostgresConnection) async throws -> Bool {
        let id = stored.account.id
        let document = try AccountDocument.encode(outcome.account)
        let archived = outcome.account.archived != nil
        let record = ChangeRecord.change(change, version: stored.version + 1)
        return try await connection.withTransaction(logger: logger) { connection in
            var wrote = false
            let rows = try await connection.query("""
                UPDATE accounts SET document = \(document)::jsonb, version = version + 1, archived = \(archived),
                    updated_at = now(), updated_by = \(by)
                WHERE id = \(id) AND version = \(stored.version) RETURNING version
                """, logger: self.logger)
            for try await _ in rows.decode(Int64.self) { wrote = true }
            guard wrote else { return false }
            try await Self.keepSummary(of: outcome.account, version: stored.version + 1, today: today, on: connection, logger: self.logger)
            try await connection.query("""
                INSERT INTO change_log (by, account_id, summary, change, outbox_id)
                VALUES (\(by), \(id), \(outcome.summary), \(record)::jsonb, \(key))
                """, logger: self.logger)
            return true
        }
    }


    /// The end of one change: applied (with the new version and how many tries it took), or
    /// refused by the domain's rules — with who wrote the account last when that was someone
    /// else's write in between.
    public enum ApplyResult: Sendable, Equatable {
        case applied(summary: String, version: Int64, attempts: Int)
        /// The change with this key was applied already (an earlier try whose answer was lost with
        /// the connection): not applied again. The summary is the one logged then.
        case alreadyApplied(summary: String)
        case refused(reason: String, lastChangedBy: String?, at: Date?)
    }

    /// Applies `change` to the account through the core's door and writes it only if the account
    /// is still at the version it was read at (`UPDATE … WHERE version = $v`); when another writer
    /// got there first, reads the newer account and applies the same change again, up to `attempts`
    /// times. Each write and its change-log entry are one transaction.
    ///
    /// `key`, the change's exactly-once key: kept in its change-log entry (unique), so the same
    /// change sent again — a shell command retrying after the server restarted under it, not
    /// knowing whether its commit got through — is recognised and never applied twice.
    public func apply(_ change: AccountChange, toAccount id: String, context: ChangeContext, key: String? = nil,
                      attempts: Int = 20) async throws -> ApplyResult {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            var firstVersion: Int64?
            for attempt in 1...max(1, attempts) {
                if let key, let logged = try await self.loggedSummary(key: key, on: connection) {
                    return .alreadyApplied(summary: logged)
                }
                guard let stored = try await self.account(id: id, on: connection) else {
                    throw SharedDatabaseError("no account \"\(id)\" in \(self.settings.described) (baton list --database … shows them).")
                }
                if firstVersion == nil { firstVersion = stored.version }
                let outcome: ChangeOutcome
                switch change.apply(to: stored.account, context: context) {
                case .failure(let refusal):
                    let someoneElse = stored.version != firstVersion
                    return .refused(reason: refusal.reason, lastChangedBy: someoneElse ? stored.updatedBy : nil,
                                    at: someoneElse ? stored.updatedAt : nil)
                case .success(let applied): outcome = applied
                }
                let written: Bool
                do {
                    written = try await self.write(outcome, of: change, over: stored, by: context.by, today: context.today, key: key,
                                                   on: connection)
                } catch let failure where key != nil && SharedDatabaseError.isUniqueViolation(failure) {
                    // The same key written meanwhile (an earlier try's commit): kept to one by the unique index.
                    if let key, let logged = try await self.loggedSummary(key: key, on: connection) { return .alreadyApplied(summary: logged) }
                    throw failure
                }
                if written { return .applied(summary: outcome.summary, version: stored.version + 1, attempts: attempt) }
                // Someone else wrote this account since we read it: a random pause, doubling up to half a second
                // (so that on a busy machine the writers of one account spread out instead of colliding again), then again.
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...min(10 << min(attempt, 6), 500))))
            }
            throw SharedDatabaseError("not changed: the account \"\(id)\" kept changing under other writers "
                                      + "(\(attempts) tries); try again.")
        }
    }
}

extension SharedDatabase {
    /// The summary logged under an exactly-once key, when a change with that key was written.
    func loggedSummary(key: String, on connection: PostgresConnection) async throws -> String? {
        for try await summary in try await connection.query("SELECT summary FROM change_log WHERE outbox_id = \(key)", logger: logger)
            .decode(String.self) { return summary }
        return nil
    }
}

/// An account as the database holds it: the same JSON as the local store writes, keys sorted.
enum AccountDocument {
    static func encode(_ account: Account) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(account), as: UTF8.self)
    }

    static func decode(_ text: String, id: String) throws -> Account {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(Account.self, from: Data(text.utf8))
        } catch {
            throw SharedDatabaseError("the account \"\(id)\" in the database cannot be read by this Baton (\(error)).")
        }
    }
}

/// What the change log's `change` column holds: what kind of write it was, the version it made,
/// and the change itself as the core encodes it, so that it can be read back (and replayed).
enum ChangeRecord {
    private struct Written<Change: Encodable>: Encodable {
        var kind: String
        var version: Int64
        var change: Change?
    }

    static func change(_ change: AccountChange, version: Int64) -> String {
        json(Written(kind: "change", version: version, change: change))
    }

    static func push(version: Int64) -> String {
        json(Written<AccountChange>(kind: "push", version: version, change: nil))
    }

    private static func json<T: Encodable>(_ record: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// What only tests and set-up scripts do: make a database of their own.
public enum Admin {
    /// `CREATE DATABASE name`: the name is checked to be a plain identifier, since a database name cannot be bound.
    public static func createDatabase(named name: String, on settings: DatabaseSettings, timeout: Duration = .seconds(15)) async throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw SharedDatabaseError("\"\(name)\" is not a plain database name (letters, digits and _).")
        }
        try await SharedDatabase.with(settings, timeout: timeout) { database in
            try await database.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: database.logger)
            return true
        }
    }
}

extension DatabaseSettings {
    /// How long each connection attempt waits: as long as `connect_timeout` / PGCONNECT_TIMEOUT
    /// says (a fixed 10 s here cut any longer setting short), else 10 s.
    var nioConnectTimeout: TimeAmount {
        .seconds(clientConnectTimeout.components.seconds)
    }

    var clientConnectTimeout: Duration {
        connectTimeout.map { max(.seconds(1), $0) } ?? .seconds(10)
    }
}
