import BatonCore
import Foundation
import PostgresNIO

/// Adding accounts to the shared portfolio — one (`baton add`) or many at once (`baton import`) —
/// and checking that every stored document can be read (`baton validate`). As for a change, each
/// write and its change-log entries are one transaction, and every value is a bound parameter.
extension SharedDatabase {
    /// Every account with the version a write over it must match, and the portfolio's owner.
    public struct VersionedPortfolio: Sendable {
        public var portfolio: Portfolio
        public var versions: [String: Int64]
    }

    public func versionedPortfolio() async throws -> VersionedPortfolio {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            return try await self.versionedPortfolio(on: connection)
        }
    }

    func versionedPortfolio(on connection: PostgresConnection) async throws -> VersionedPortfolio {
        var owner = ""
        for try await name in try await connection.query("SELECT owner FROM portfolio LIMIT 1", logger: logger)
            .decode(String.self) { owner = name }
        var accounts: [Account] = []
        var versions: [String: Int64] = [:]
        let rows = try await connection.query("SELECT id, document::text, version FROM accounts ORDER BY id", logger: logger)
        for try await (id, document, version) in rows.decode((String, String, Int64).self) {
            accounts.append(try AccountDocument.decode(document, id: id))
            versions[id] = version
        }
        return VersionedPortfolio(portfolio: Portfolio(owner: owner, accounts: accounts), versions: versions)
    }

    // MARK: Adding one account

    /// The end of `baton add`: the account added (its id, the summary, how many tries), or the
    /// core's refusal (a blank name, a name the portfolio already holds — perhaps added meanwhile).
    public enum AddResult: Sendable, Equatable {
        case added(id: String, summary: String, attempts: Int)
        case refused(reason: String)
    }

    /// A new account built by the core's door (`NewAccount.make`) against the portfolio as it is
    /// now, inserted only if its id is still free (`INSERT … ON CONFLICT DO NOTHING`); when another
    /// writer took the id in between, the portfolio is read again and the account made again (a
    /// fresh id, or the core's refusal when it was the same customer). `owner`: the portfolio's
    /// owner to record when the database has none yet. `key`: the add's exactly-once key (see
    /// `apply`): an add sent again after a lost connection is recognised, not refused as a duplicate.
    public func add(_ new: NewAccount, context: ChangeContext, owner: String, key: String? = nil,
                    attempts: Int = 10) async throws -> AddResult {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            for attempt in 1...max(1, attempts) {
                if let key, let logged = try await self.loggedAdd(key: key, on: connection) { return logged }
                let current = try await self.versionedPortfolio(on: connection).portfolio
                let account: Account
                switch new.make(context: context, existing: current.accounts) {
                case .failure(let refusal): return .refused(reason: refusal.reason)
                case .success(let made): account = made
                }
                let document = try AccountDocument.encode(account)
                let summary = NewAccount.summary(account)
                let record = WriteRecord.json(WriteRecord(kind: "add", version: 1, change: new))
                let inserted: Bool
                do {
                    inserted = try await connection.withTransaction(logger: self.logger) { connection in
                        var wrote = false
                        let rows = try await connection.query("""
                            INSERT INTO accounts (id, document, version, archived, updated_by)
                            VALUES (\(account.id), \(document)::jsonb, 1, \(account.archived != nil), \(context.by))
                            ON CONFLICT (id) DO NOTHING RETURNING version
                            """, logger: self.logger)
                        for try await _ in rows.decode(Int64.self) { wrote = true }
                        guard wrote else { return false }
                        try await Self.keepSummary(of: account, version: 1, today: context.today, on: connection, logger: self.logger)
                        try await self.recordOwnerIfNone(owner, on: connection)
                        try await connection.query("""
                            INSERT INTO change_log (by, account_id, summary, change, outbox_id)
                            VALUES (\(context.by), \(account.id), \(summary), \(record)::jsonb, \(key))
                            """, logger: self.logger)
                        return true
                    }
                } catch let failure where key != nil && SharedDatabaseError.isUniqueViolation(failure) {
                    if let key, let logged = try await self.loggedAdd(key: key, on: connection) { return logged }
                    throw failure
                }
                if inserted { return .added(id: account.id, summary: summary, attempts: attempt) }
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(10 * attempt))))
            }
            return .refused(reason: "not added: others kept adding accounts with the same id (\(attempts) tries); try again.")
        }
    }

    /// The add logged under an exactly-once key, when it was written.
    private func loggedAdd(key: String, on connection: PostgresConnection) async throws -> AddResult? {
        let rows = try await connection.query("SELECT account_id, summary FROM change_log WHERE outbox_id = \(key)", logger: logger)
        for try await (id, summary) in rows.decode((String, String).self) { return .added(id: id, summary: summary, attempts: 1) }
        return nil
    }

    /// The portfolio's owner, when the database has none yet (a database `db init` made and
    /// nobody pushed to): under a lock, so two first writers do not both record one.
    func recordOwnerIfNone(_ owner: String, on connection: PostgresConnection) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(Self.ownerLock))", logger: logger)
        try await connection.query("""
            INSERT INTO portfolio (owner) SELECT \(owner) WHERE NOT EXISTS (SELECT 1 FROM portfolio)
            """, logger: logger)
    }

    static let ownerLock: Int64 = 0x6261_746F_6E01

    // MARK: Importing many

    /// One account an import writes: new (no version) or over the version the plan read.
    public struct ImportedAccount: Sendable {
        public var account: Account
        /// The version the import was planned on; nil for an account the import adds.
        public var readAtVersion: Int64?
        public var summary: String

        public init(account: Account, readAtVersion: Int64?, summary: String) {
            self.account = account
            self.readAtVersion = readAtVersion
            self.summary = summary
        }
    }

    public enum ImportResult: Sendable, Equatable {
        case written(added: Int, updated: Int)
        /// Nothing was written: the accounts named changed (or appeared) since the plan was made.
        case refused(reason: String)
    }

    /// An import as one transaction, all or nothing: each added account inserted only if its id
    /// is free, each updated one only if it is still at the version the plan read; the first that
    /// is not rolls everything back and is named in the refusal. One change-log entry per account.
    /// `key`: the import's exactly-once key, kept (numbered) in its change-log entries, so an
    /// import sent again after a lost connection is recognised as written, not refused as stale.
    /// Each account's summary is worked out for `today`.
    public func importAccounts(_ accounts: [ImportedAccount], source: String, by: String, owner: String, today: CalendarDate,
                               key: String? = nil) async throws -> ImportResult {
        if accounts.isEmpty { return .written(added: 0, updated: 0) }
        let planned = ImportResult.written(added: accounts.filter { $0.readAtVersion == nil }.count,
                                           updated: accounts.filter { $0.readAtVersion != nil }.count)
        let keys = accounts.indices.map { n in key.map { "\($0)/\(n)" } }
        return try await withConnection { connection in
            try await self.requireSchema(on: connection)
            // All or nothing: its first entry logged means the whole import was.
            if let first = keys.first ?? nil, try await self.loggedSummary(key: first, on: connection) != nil { return planned }
            do {
                return try await connection.withTransaction(logger: self.logger) { connection in
                    var added = 0, updated = 0
                    for (n, item) in accounts.enumerated() {
                        let account = item.account
                        let document = try AccountDocument.encode(account)
                        let archived = account.archived != nil
                        var written: Int64?
                        if let version = item.readAtVersion {
                            let rows = try await connection.query("""
                                UPDATE accounts SET document = \(document)::jsonb, version = version + 1, archived = \(archived),
                                    updated_at = now(), updated_by = \(by)
                                WHERE id = \(account.id) AND version = \(version) RETURNING version
                                """, logger: self.logger)
                            for try await raised in rows.decode(Int64.self) { written = raised }
                        } else {
                            let rows = try await connection.query("""
                                INSERT INTO accounts (id, document, version, archived, updated_by)
                                VALUES (\(account.id), \(document)::jsonb, 1, \(archived), \(by))
                                ON CONFLICT (id) DO NOTHING RETURNING version
                                """, logger: self.logger)
                            for try await first in rows.decode(Int64.self) { written = first }
                        }
                        guard let version = written else {
                            throw ImportRefusal(reason: try await self.whyNotWritten(account, wasNew: item.readAtVersion == nil,
                                                                                     on: connection))
                        }
                        if item.readAtVersion == nil { added += 1 } else { updated += 1 }
                        try await Self.keepSummary(of: account, version: version, today: today, on: connection, logger: self.logger)
                        let record = WriteRecord.json(WriteRecord<String>(kind: "import", version: version, change: source))
                        try await connection.query("""
                            INSERT INTO change_log (by, account_id, summary, change, outbox_id)
                            VALUES (\(by), \(account.id), \(item.summary), \(record)::jsonb, \(keys[n]))
                            """, logger: self.logger)
                    }
                    try await self.recordOwnerIfNone(owner, on: connection)
                    return ImportResult.written(added: added, updated: updated)
                }
            } catch let failure as PostgresTransactionError {
                if let refusal = failure.closureError as? ImportRefusal, failure.rollbackError == nil {
                    return .refused(reason: refusal.reason)
                }
                if SharedDatabaseError.isUniqueViolation(failure), let first = keys.first ?? nil,
                   try await self.loggedSummary(key: first, on: connection) != nil {
                    return planned
                }
                throw failure
            }
        }
    }

    private struct ImportRefusal: Error { var reason: String }

    /// Which account stopped an import, and who changed it since the plan was read.
    private func whyNotWritten(_ account: Account, wasNew: Bool, on connection: PostgresConnection) async throws -> String {
        var by = "", at: Date?
        let rows = try await connection.query("SELECT updated_by, updated_at FROM accounts WHERE id = \(account.id)", logger: logger)
        for try await (who, when) in rows.decode((String, Date).self) { by = who; at = when }
        let who = by.isEmpty ? "someone" : by
        let when = at.map { " at \(Self.timestamp($0))" } ?? ""
        if wasNew {
            return "nothing was imported: an account with the id \"\(account.id)\" (for \(account.name)) was added by \(who)\(when) "
                + "since this import was planned; run it again."
        }
        if at == nil {
            return "nothing was imported: \(account.name) (\(account.id)) was removed since this import was planned; run it again."
        }
        return "nothing was imported: \(account.name) (\(account.id)) was changed by \(who)\(when) since this import was planned; "
            + "run it again to plan on the newer account."
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
        return formatter.string(from: date)
    }

    // MARK: Validating

    /// What `baton validate` finds in a shared portfolio: how many accounts, and each problem
    /// (a document this Baton cannot read, an id or archived flag that disagrees with its row).
    public struct Validation: Sendable, Equatable {
        public var accounts: Int
        public var problems: [String]
    }

    /// Reads every stored document through the same decoder every command uses, collecting every
    /// problem instead of stopping at the first; changes nothing.
    public func validate() async throws -> Validation {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            var result = Validation(accounts: 0, problems: [])
            let rows = try await connection.query(
                "SELECT id, document::text, version, archived FROM accounts ORDER BY id", logger: self.logger)
            for try await (id, document, version, archived) in rows.decode((String, String, Int64, Bool).self) {
                result.accounts += 1
                let account: Account
                do {
                    account = try AccountDocument.decode(document, id: id)
                } catch {
                    result.problems.append("\(error)")
                    continue
                }
                if account.id != id {
                    result.problems.append("the row \"\(id)\" holds the document of \"\(account.id)\" (\(account.name)).")
                }
                if (account.archived != nil) != archived {
                    result.problems.append("the account \"\(id)\" is \(archived ? "" : "not ")marked archived in its row, "
                                           + "but its document says \(account.archived != nil ? "archived" : "active").")
                }
                if version < 1 {
                    result.problems.append("the account \"\(id)\" has version \(version); versions start at 1.")
                }
            }
            return result
        }
    }
}

/// What the change log's `change` column holds for an add (the new account as described) or an
/// import (the file it came from), in the same shape as a change's record.
struct WriteRecord<Change: Encodable>: Encodable {
    var kind: String
    var version: Int64
    var change: Change?

    static func json(_ record: WriteRecord) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
