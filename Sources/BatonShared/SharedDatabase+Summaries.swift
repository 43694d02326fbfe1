import BatonCore
import Foundation
import Logging
import PostgresNIO

/// Each account's summary beside its document (`account_summaries`), written by the same
/// transaction as the account, so a new machine draws its first frame from what the database
/// serves instead of downloading every document first.
extension SharedDatabase {
    /// Writes the account's summary at `version`, worked out for `today`, on the connection of the
    /// transaction that writes the account.
    static func keepSummary(of account: Account, version: Int64, today: CalendarDate, on connection: PostgresConnection,
                            logger: Logger) async throws {
        let summary = try SummaryRecord.encode(DatedSummary(account: account, today: today))
        try await connection.query("""
            INSERT INTO account_summaries (id, version, summary) VALUES (\(account.id), \(version), \(summary)::jsonb)
            ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, summary = EXCLUDED.summary
            """, logger: logger)
    }

    /// Works out the summaries the database lacks (a database migrated to version 4, an account
    /// written by hand) from the documents, 500 accounts to a transaction; returns how many.
    @discardableResult
    public func fillSummaries(today: CalendarDate) async throws -> Int {
        try await withConnection { connection in
            var filled = 0
            while true {
                var batch: [(Account, Int64)] = []
                let rows = try await connection.query("""
                    SELECT a.id, a.document::text, a.version FROM accounts a
                    LEFT JOIN account_summaries s ON s.id = a.id AND s.version = a.version
                    WHERE s.id IS NULL ORDER BY a.id LIMIT 500
                    """, logger: self.logger)
                for try await (id, document, version) in rows.decode((String, String, Int64).self) {
                    batch.append((try AccountDocument.decode(document, id: id), version))
                }
                if batch.isEmpty { return filled }
                let written = batch
                try await connection.withTransaction(logger: self.logger) { connection in
                    for (account, version) in written {
                        // Only over the version read: an account written meanwhile got its summary from that write.
                        let summary = try SummaryRecord.encode(DatedSummary(account: account, today: today))
                        try await connection.query("""
                            INSERT INTO account_summaries (id, version, summary)
                            SELECT id, version, \(summary)::jsonb FROM accounts WHERE id = \(account.id) AND version = \(version)
                            ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, summary = EXCLUDED.summary
                            """, logger: self.logger)
                    }
                }
                filled += batch.count
            }
        }
    }

    /// Every account's id and version, ordered by id, with its summary for `today` when the
    /// database holds one that is at the account's version and still holds on that day; and the
    /// portfolio's owner. What a new machine's first frame is drawn from.
    public struct SummaryListing: Sendable {
        public struct Row: Sendable {
            public var id: String
            public var version: Int64
            /// Nil: none the reader can trust for today; the account's document tells.
            public var summary: AccountSummary?
        }

        public var owner: String
        public var rows: [Row]

        /// Each account's version.
        public var versions: [String: Int64] {
            Dictionary(rows.map { ($0.id, $0.version) }, uniquingKeysWith: { a, _ in a })
        }
    }

    public func summaries(today: CalendarDate) async throws -> SummaryListing {
        try await withConnection { connection in
            try await self.requireSchema(on: connection)
            var owner = ""
            for try await name in try await connection.query("SELECT owner FROM portfolio LIMIT 1", logger: self.logger)
                .decode(String.self) { owner = name }
            var raw: [(String, Int64, String?)] = []
            let rows = try await connection.query("""
                SELECT a.id, a.version, s.summary::text FROM accounts a
                LEFT JOIN account_summaries s ON s.id = a.id AND s.version = a.version ORDER BY a.id
                """, logger: self.logger)
            for try await row in rows.decode((String, Int64, String?).self) { raw.append(row) }
            let read = raw
            // Decoded on every core: 10,000 summaries take one core about half a second.
            let decoded = ParallelResults<AccountSummary?>(count: read.count)
            let pieces = max(1, min(read.count, ProcessInfo.processInfo.activeProcessorCount * 4))
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                let decoder = SummaryRecord.decoder()
                var k = piece
                while k < read.count {
                    let dated = read[k].2.flatMap { try? decoder.decode(DatedSummary.self, from: Data($0.utf8)) }
                    // A summary for another account (a hand edit) is not trusted either.
                    decoded.set(k, dated.flatMap { $0.summary.id == read[k].0 ? $0.summary(on: today) : nil })
                    k += pieces
                }
            }
            let summaries = decoded.all() ?? Array(repeating: nil, count: raw.count)
            return SummaryListing(owner: owner, rows: raw.indices.map {
                SummaryListing.Row(id: raw[$0].0, version: raw[$0].1, summary: summaries[$0])
            })
        }
    }
}

/// A summary as `account_summaries` holds it: the core's JSON of `DatedSummary`.
enum SummaryRecord {
    static func encode(_ summary: DatedSummary) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(summary), as: UTF8.self)
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
