import BatonCore
import Foundation

/// One change made in the dashboard and not yet acknowledged by the shared database: the change
/// itself (what the person did, replayable through the core's door), the account, the version it
/// was made on, who and when. Its id goes into the change log with it, so it is applied once.
public struct OutboxEntry: Codable, Sendable, Equatable {
    public var id: String
    public var accountID: String
    /// The database version of the account the change was made on (nil: the copy had none).
    public var baseVersion: Int64?
    public var change: AccountChange
    public var by: String
    public var at: Date
    public var today: CalendarDate
    /// The lead's time zone when the change was made (an entry from before it was kept: UTC).
    public var timeZone: String?

    public init(id: String = UUID().uuidString.lowercased(), accountID: String, baseVersion: Int64?, change: AccountChange,
                context: ChangeContext) {
        self.id = id
        self.accountID = accountID
        self.baseVersion = baseVersion
        self.change = change
        self.by = context.by
        self.at = context.now
        self.today = context.today
        self.timeZone = context.timeZone.identifier
    }

    public var context: ChangeContext {
        ChangeContext(today: today, now: at, by: by, timeZone: timeZone.flatMap(TimeZone.init(identifier:)) ?? .utc)
    }
}

/// The changes waiting for the shared database, in a file beside the local copy
/// (`outbox.log`, 0600): each change is appended and on disk before the dashboard says it is
/// kept; once the database has it, a "sent" record follows. Opening replays the file: what has
/// no "sent" record is still waiting, in the order it was made. A kill at any moment loses
/// nothing; a change whose "sent" record did not make it to disk is recognised by the database
/// (its id is in the change log) and not applied twice. A change the file would not take (a
/// full disk) is kept in memory, in order, written at the next try and sent all the same: never
/// dropped. Thread-safe: the dashboard appends, the sender marks.
public final class Outbox: @unchecked Sendable {
    private struct Record: Codable {
        var add: OutboxEntry?
        var sent: String?
    }

    public let path: String
    private let lock = NSLock()
    private let log: RecordLog
    private var waiting: [OutboxEntry]
    /// Changes the file would not take yet, after every one in `waiting`: kept here, retried, sent.
    private var unwritten: [OutboxEntry] = []
    /// For tests: the error the next writes fail with, while it returns one.
    var writeFault: (@Sendable () -> (any Error)?)?

    public init(path: String) throws {
        let (log, records) = try RecordLog.open(path: path)
        self.path = path
        self.log = log
        let decoder = Self.decoder()
        var waiting: [OutboxEntry] = []
        for (n, json) in records.enumerated() {
            guard let record = try? decoder.decode(Record.self, from: json) else {
                throw SharedDatabaseError("the outbox \(path) has a record (\(n + 1)) this Baton cannot read; it is kept as it is.")
            }
            if let entry = record.add { waiting.append(entry) }
            if let sent = record.sent { waiting.removeAll { $0.id == sent } }
        }
        self.waiting = waiting
        if waiting.isEmpty, log.size > 0 { try log.empty() }
    }

    /// The changes still waiting, oldest first.
    public var pending: [OutboxEntry] {
        lock.lock()
        defer { lock.unlock() }
        return waiting + unwritten
    }

    /// How many changes wait in memory only, because the file would not take them.
    public var unwrittenCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return unwritten.count
    }

    public var count: Int { pending.count }

    public func contains(_ id: String) -> Bool { pending.contains { $0.id == id } }

    /// Returns once the change is on disk. When the file will not take it, it throws and the
    /// change is kept in memory behind any others not written yet (never out of order), to be
    /// written by `retryUnwritten` or the next append, and sent meanwhile.
    public func append(_ entry: OutboxEntry) throws {
        lock.lock()
        defer { lock.unlock() }
        unwritten.append(entry)
        try writeUnwritten()
    }

    /// Writes the changes kept in memory, oldest first; throws at the first the file will not take.
    public func retryUnwritten() throws {
        lock.lock()
        defer { lock.unlock() }
        try writeUnwritten()
    }

    private func writeUnwritten() throws {
        while let entry = unwritten.first {
            if let fault = writeFault?() { throw fault }
            try log.append(try Self.encoder().encode(Record(add: entry)))
            waiting.append(unwritten.removeFirst())
        }
    }

    /// The database has it (applied, or refused and told): it is not sent again.
    public func markSent(_ id: String) throws {
        lock.lock()
        defer { lock.unlock() }
        // Never written: the database has it now, and the file needs no record of it.
        if let kept = unwritten.firstIndex(where: { $0.id == id }) {
            unwritten.remove(at: kept)
            return
        }
        guard waiting.contains(where: { $0.id == id }) else { return }
        try log.append(try Self.encoder().encode(Record(sent: id)))
        waiting.removeAll { $0.id == id }
        // Nothing waits: start the file again rather than let it grow.
        if waiting.isEmpty { try log.empty() }
    }

    /// `account` with the changes still waiting for it applied on top (those that no longer
    /// apply are left out): what the person sees while their changes are on the way.
    public func overlay(_ account: Account) -> Account {
        var result = account
        for entry in pending where entry.accountID == account.id {
            if case .success(let outcome) = entry.change.apply(to: result, context: entry.context) { result = outcome.account }
        }
        return result
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
