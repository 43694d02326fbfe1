import BatonCore
import Foundation
import PostgresNIO

/// What the dashboard needs from the shared database: the accounts' versions (cheap, to see
/// what changed while it was away), accounts by id, sending one change from the outbox exactly
/// once, and hearing every change as it is logged.
extension SharedDatabase {
    /// Every account's id and version.
    public func versions() async throws -> [String: Int64] {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            var versions: [String: Int64] = [:]
            for try await (id, version) in try await connection.query("SELECT id, version FROM accounts", logger: self.logger)
                .decode((String, Int64).self) { versions[id] = version }
            return versions
        }
    }

    /// These accounts as stored (those that no longer exist are left out).
    public func accounts(ids: [String]) async throws -> [StoredAccount] {
        guard !ids.isEmpty else { return [] }
        let read = try await withConnection { connection in
            var read: [(String, String, Int64, String, Date)] = []
            let rows = try await connection.query("""
                SELECT id, document::text, version, updated_by, updated_at FROM accounts WHERE id = ANY(\(ids))
                """, logger: self.logger)
            for try await row in rows.decode((String, String, Int64, String, Date).self) { read.append(row) }
            return read
        }
        // Decoded on every core: a new machine's copy is filled a few hundred accounts at a time.
        let decoded = ParallelResults<Result<StoredAccount, any Error>>(count: read.count)
        DispatchQueue.concurrentPerform(iterations: read.count) { k in
            let (id, document, version, by, at) = read[k]
            decoded.set(k, Result { StoredAccount(account: try AccountDocument.decode(document, id: id), version: version, updatedBy: by, updatedAt: at) })
        }
        return try (decoded.all() ?? []).map { try $0.get() }
    }

    /// The owner named in the portfolio table ("" when none).
    public func owner() async throws -> String {
        var owner = ""
        for try await name in try await client.query("SELECT owner FROM portfolio LIMIT 1", logger: logger).decode(String.self) {
            owner = name
        }
        return owner
    }

    /// How sending one outbox entry ended, with the account as the database now holds it.
    public enum SendResult: Sendable {
        case applied(summary: String, account: StoredAccount)
        /// An earlier send got through (its id is in the change log): not applied again.
        case alreadyApplied(account: StoredAccount?)
        /// The change no longer applies; `lastChangedBy`/`at`: who wrote the account since the change was made.
        case refused(reason: String, lastChangedBy: String?, at: Date?, account: StoredAccount?)
    }

    /// Sends one change made in a dashboard: applied through the core's door and written only
    /// over the version it was applied to (re-applied on a newer one), with the entry's id in
    /// its change-log row — so the same entry sent twice (a kill before the outbox heard back)
    /// is applied once.
    public func send(_ entry: OutboxEntry, attempts: Int = 20) async throws -> SendResult {
        try await withConnection { connection in
            for attempt in 1...max(1, attempts) {
                if try await self.isLogged(outboxID: entry.id, on: connection) {
                    return .alreadyApplied(account: try await self.account(id: entry.accountID, on: connection))
                }
                guard let stored = try await self.account(id: entry.accountID, on: connection) else {
                    return .refused(reason: "the account is no longer in the shared portfolio", lastChangedBy: nil, at: nil, account: nil)
                }
                let outcome: ChangeOutcome
                switch entry.change.apply(to: stored.account, context: entry.context) {
                case .failure(let refusal):
                    let someoneElse = entry.baseVersion.map { stored.version != $0 } ?? false
                    return .refused(reason: refusal.reason, lastChangedBy: someoneElse ? stored.updatedBy : nil,
                                    at: someoneElse ? stored.updatedAt : nil, account: stored)
                case .success(let applied): outcome = applied
                }
                let by = entry.by
                let written: Bool
                do {
                    written = try await self.write(outcome, of: entry.change, over: stored, by: by, today: entry.today, key: entry.id,
                                                   on: connection)
                } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
                    // Another copy sent the same entry at the same moment: the unique index kept it to one.
                    return .alreadyApplied(account: try await self.account(id: entry.accountID, on: connection))
                }
                if written {
                    var after = stored
                    after.account = outcome.account
                    after.version = stored.version + 1
                    after.updatedBy = by
                    return .applied(summary: outcome.summary, account: after)
                }
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(10 * attempt))))
            }
            throw SharedDatabaseError("not sent: the account \"\(entry.accountID)\" kept changing under other writers; trying again.")
        }
    }

    private func isLogged(outboxID: String, on connection: PostgresConnection) async throws -> Bool {
        for try await _ in try await connection.query("SELECT 1 FROM change_log WHERE outbox_id = \(outboxID)", logger: logger)
            .decode(Int.self) { return true }
        return false
    }

    /// One entry of the change log as the notification carries it.
    public struct Heard: Sendable, Equatable, Decodable {
        public var seq: Int64
        public var account: String
        public var by: String
        public var summary: String
        public var version: Int64?
        public var outbox: String?
    }

    public static let changesChannel = "baton_changes"

    /// Calls `heard` for every change logged from now on, until the connection drops (throws) or
    /// the task is cancelled; `listening` once the server has taken the LISTEN.
    public func listen(listening: @escaping @Sendable () -> Void, _ heard: @escaping @Sendable (Heard) async -> Void) async throws {
        try await withConnection { connection in
            try await connection.listen(on: Self.changesChannel) { notifications in
                listening()
                let decoder = JSONDecoder()
                for try await notification in notifications {
                    guard let entry = try? decoder.decode(Heard.self, from: Data(notification.payload.utf8)) else { continue }
                    await heard(entry)
                }
            }
            throw SharedDatabaseError("\(self.settings.described) stopped sending changes")
        }
    }

    /// A cheap question to the server: throws when it no longer answers.
    public func ping() async throws {
        for try await _ in try await client.query("SELECT 1", logger: logger).decode(Int.self) {}
    }
}

extension Admin {
    /// `DROP DATABASE name WITH (FORCE)` (a benchmark's own database, when it is done; PostgreSQL 13+): a plain identifier only.
    public static func dropDatabase(named name: String, on settings: DatabaseSettings) async throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw SharedDatabaseError("\"\(name)\" is not a plain database name (letters, digits and _).")
        }
        try await SharedDatabase.with(settings) { database in
            try await database.client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: database.logger)
            return true
        }
    }
}
