#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `portfolio.json.index`: what the portfolio list, its attention reasons and its sort need of
/// every account, with where the account sits in the document, so the first frame of a large
/// store is drawn without decoding the portfolio.
///
/// Derived, never a second source of truth: it names the document it was made from (size,
/// modification time, inode, `savedAt`, `storeID`) and a fingerprint of each account's bytes,
/// and is trusted only when all of that still holds; the journal is replayed on top; anything
/// else (missing, stale, damaged, foreign) is ignored and the index made again once the store
/// is open. Each summary says until which day it holds (`validThrough`): past it, that account
/// is decoded from its bytes and summarised again for today.
public struct SummaryIndex: Codable, Equatable, Sendable {
    public static let format = "baton-portfolio-index"
    /// 5: health may be absent (not rated), where 4 wrote a new account's assumed Green; the
    /// transfer's attention reasons are new (a T-day to avoid, the handover document late).
    /// 4: each entry carries its summary's checksum. 3: each readiness gap says its kind (stale,
    /// contradicted, …), a done action its note, and two attention reasons are new (re-run a
    /// condition, a stale verdict). 2: a header line, then the entries as JSON arrays of
    /// `chunkSize`, one per line (1 was one JSON document).
    public static let currentVersion = 5
    /// Entries per line: the lines are decoded on every core, and the first frame waits for them.
    static let chunkSize = 256
    /// How many days ahead a summary is checked to hold when the index is written.
    static let horizonDays = 7
    /// Past this many accounts to summarise again (a long holiday), the index is not worth it.
    static let staleLimit = 3_000

    public var format = SummaryIndex.format
    public var version = SummaryIndex.currentVersion
    public var storeID: String?
    public var savedAt: String
    public var documentSize: Int
    public var documentInode: UInt64
    public var documentModified: [Int]
    /// The day the summaries were worked out for.
    public var computedFor: CalendarDate
    public var owner: String
    public var entries: [Entry]

    public struct Entry: Codable, Equatable, Sendable {
        public var summary: AccountSummary
        /// The account's bytes in the document, and their fingerprint.
        public var start: Int
        public var end: Int
        public var fingerprint: UInt64
        /// The last day `summary` holds (only the days to T-day move, and are worked out anew).
        public var validThrough: CalendarDate
        /// `summary.checksum` when it was written: an entry whose summary no longer matches it was
        /// changed after the fact (a flipped bit, a hand edit) and is worked out again from the document.
        public var checksum: UInt64

        public init(summary: AccountSummary, start: Int, end: Int, fingerprint: UInt64, validThrough: CalendarDate,
                    checksum: UInt64? = nil) {
            self.summary = summary
            self.start = start
            self.end = end
            self.fingerprint = fingerprint
            self.validThrough = validThrough
            self.checksum = checksum ?? summary.checksum
        }

        /// Whether the summary is the one the index was written with.
        public var isIntact: Bool { summary.checksum == checksum }
    }

    /// Whether every entry's summary matches its checksum; an index that is not is written again.
    public var isIntact: Bool { entries.allSatisfy(\.isIntact) }

    public static func path(forStore store: String) -> String { store + ".index" }

    // MARK: - Writing

    /// The index of the document `map` describes, read again from the file at `path` a window at
    /// a time (so the document never sits whole in memory beside the portfolio), with
    /// `portfolio` the same document with its journal replayed on top (accounts in `journalIDs`
    /// changed since, and are read from the document's bytes instead). Nil when the file is no
    /// longer that document, is not in the shape Baton writes, or does not hold the portfolio's
    /// accounts in order (never an index that could mislead).
    public static func build(map: StoreDocumentMap, path: String, portfolio: Portfolio, journalIDs: Set<String>,
                             today: CalendarDate) -> SummaryIndex? {
        guard let savedAt = map.savedAt else { return nil }
        var all: [Entry] = []
        all.reserveCapacity(portfolio.accounts.count)
        let owner = map.forEachWindow(path: path) { window in
            let offset = all.count
            guard offset + window.count <= portfolio.accounts.count else { return false }
            let entries = ParallelResults<Entry>(count: window.count)
            let pieces = max(1, min(window.count, ProcessInfo.processInfo.activeProcessorCount * 4))
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                var k = piece
                while k < window.count {
                    var account = portfolio.accounts[offset + k]
                    if journalIDs.contains(account.id) {
                        // Changed since the document was written: the index describes the document.
                        guard let decoded = window.account(k) else { return entries.fail() }
                        account = decoded
                    }
                    guard window.holds(id: account.id, k) else { return entries.fail() }
                    let summary = AccountSummary(account: account, today: today)
                    let range = window.range(k)
                    entries.set(k, Entry(summary: summary, start: range.lowerBound, end: range.upperBound, fingerprint: window.fingerprint(k),
                                         validThrough: validThrough(account, summary: summary, today: today)))
                    k += pieces
                }
            }
            guard let done = entries.all() else { return false }
            all += done
            return true
        }
        guard let owner else { return nil }
        return SummaryIndex(storeID: map.storeID, savedAt: savedAt, documentSize: map.size, documentInode: map.inode,
                            documentModified: [map.modifiedSeconds, map.modifiedNanoseconds], computedFor: today, owner: owner,
                            entries: all)
    }

    /// The last day, up to `horizonDays` ahead, on which the account's summary is the same as
    /// today's but for the days to T-day (worked out anew each day).
    static func validThrough(_ account: Account, summary: AccountSummary, today: CalendarDate) -> CalendarDate {
        var last = today
        for ahead in 1...horizonDays {
            let day = today.adding(days: ahead)
            guard AccountSummary(account: account, today: day) == summary.rebased(to: day) else { break }
            last = day
        }
        return last
    }

    /// Writes the index beside the store through the one atomic write (0600, synced, renamed
    /// over the old one): a kill leaves the old index or the new one, and a hidden leftover that
    /// the store's next open removes.
    public func write(besideStore store: String) throws {
        try AtomicFile.write(try encoded(), to: Self.path(forStore: store))
    }

    // MARK: - The file

    /// The header: everything but the entries, and how many there are.
    private struct Header: Codable {
        var format: String
        var version: Int
        var storeID: String?
        var savedAt: String
        var documentSize: Int
        var documentInode: UInt64
        var documentModified: [Int]
        var computedFor: CalendarDate
        var owner: String
        var entryCount: Int
        var chunkSize: Int
    }

    /// The header on the first line, then the entries `chunkSize` to a line: one JSON document
    /// of 10,000 summaries takes one core ~0.3 s to decode, and the first frame waits for it.
    func encoded(chunkSize: Int = SummaryIndex.chunkSize) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = Header(format: format, version: version, storeID: storeID, savedAt: savedAt, documentSize: documentSize,
                            documentInode: documentInode, documentModified: documentModified, computedFor: computedFor,
                            owner: owner, entryCount: entries.count, chunkSize: max(1, chunkSize))
        var data = try encoder.encode(header)
        data.append(0x0A)
        var start = 0
        while start < entries.count {
            let end = min(entries.count, start + max(1, chunkSize))
            data.append(try encoder.encode(Array(entries[start..<end])))
            data.append(0x0A)
            start = end
        }
        return data
    }

    /// An index as `encoded` writes it, its lines decoded on every core; nil at anything else
    /// (another version, a line cut short or missing, a count that does not add up).
    static func decoded(_ data: Data) -> SummaryIndex? {
        let lines: [Range<Int>] = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return [] }
            var found: [Range<Int>] = []
            var start = 0
            while start < raw.count, let hit = memchr(base + start, 0x0A, raw.count - start) {
                let end = base.distance(to: UnsafeRawPointer(hit))
                found.append(start..<end)
                start = end + 1
            }
            return start == raw.count ? found : []
        }
        @Sendable func line(_ r: Range<Int>) -> Data { data.subdata(in: (data.startIndex + r.lowerBound)..<(data.startIndex + r.upperBound)) }
        guard let first = lines.first, let header = try? JSONDecoder().decode(Header.self, from: line(first)),
              header.format == format, header.version == currentVersion, header.entryCount >= 0, header.chunkSize > 0,
              lines.count - 1 == (header.entryCount + header.chunkSize - 1) / header.chunkSize else { return nil }
        let chunks = Array(lines.dropFirst())
        let decoded = ParallelResults<[Entry]>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { k in
            // Read from the bytes where they are; JSONDecoder only for a line in a shape the quick reader does not know.
            let quick = data.withUnsafeBytes { SummaryIndexLine.entries(UnsafeRawBufferPointer(rebasing: $0[chunks[k]])) }
            guard let part = quick ?? (try? JSONDecoder().decode([Entry].self, from: line(chunks[k]))) else { return decoded.fail() }
            decoded.set(k, part)
        }
        guard let parts = decoded.all() else { return nil }
        let entries = parts.flatMap { $0 }
        guard entries.count == header.entryCount else { return nil }
        return SummaryIndex(format: header.format, version: header.version, storeID: header.storeID, savedAt: header.savedAt,
                            documentSize: header.documentSize, documentInode: header.documentInode,
                            documentModified: header.documentModified, computedFor: header.computedFor, owner: header.owner,
                            entries: entries)
    }

    // MARK: - Reading

    /// The index beside the store, when there is one that decodes (nothing is judged yet).
    public static func read(besideStore store: String) -> SummaryIndex? {
        let path = Self.path(forStore: store)
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return decoded(data)
    }

    /// Whether this index was made from exactly the document in `map`: format, identity, size,
    /// modification time, `savedAt`, ranges in order inside the file, and a day not in the future.
    public func describes(_ map: StoreDocumentMap, today: CalendarDate) -> Bool {
        guard format == Self.format, version == Self.currentVersion, map.savedAt == savedAt, map.storeID == storeID,
              map.size == documentSize, map.inode == documentInode,
              documentModified == [map.modifiedSeconds, map.modifiedNanoseconds], computedFor <= today else { return false }
        var end = 0
        for entry in entries {
            guard entry.start >= end, entry.end > entry.start, entry.end <= map.size else { return false }
            end = entry.end
        }
        return Set(entries.lazy.map(\.summary.id)).count == entries.count
    }

    /// What the first frame needs: every account's summary for `today` with the journal on top,
    /// and the accounts decoded so far (by index into `summaries`).
    public struct Preview: Sendable {
        public var owner: String
        public var summaries: [AccountSummary]
        public var decoded: [Int: Account]
        /// Where each summary's account sits in the document (nil: it is in the journal).
        var ranges: [Range<Int>?]
        var fingerprints: [UInt64?]
        /// The index was worked out for today and every entry passed its checksum: once the store
        /// is open, it need not be read again to decide whether to write it again (IndexKeeper).
        public var isCurrent = false
    }

    /// The summaries for `today`, the journal replayed on top; nil when the index does not
    /// describe the document, an account read does not match its fingerprint, or too many need
    /// working out again. A summary past its day, or one that fails its checksum, is worked out
    /// again from the account's bytes in the document (checked against the fingerprint): the
    /// first frame never shows a summary the index cannot vouch for.
    public func preview(map: StoreDocumentMap, journal: [Account], today: CalendarDate) -> Preview? {
        guard describes(map, today: today) else { return nil }
        var summaries: [AccountSummary] = []
        summaries.reserveCapacity(entries.count + journal.count)
        var stale: [Int] = []
        for (i, entry) in entries.enumerated() {
            summaries.append(entry.summary.rebased(to: today))
            if today > entry.validThrough || !entry.isIntact { stale.append(i) }
        }
        let isCurrent = computedFor == today && stale.isEmpty
        let journalIDs = Set(journal.map(\.id))
        stale.removeAll { journalIDs.contains(entries[$0].summary.id) }
        guard stale.count <= Self.staleLimit else { return nil }
        var decoded: [Int: Account] = [:]
        if !stale.isEmpty {
            // Summaries past their day: those accounts are read from their bytes (checked) and summarised for today.
            var fresh: [AccountSummary?] = Array(repeating: nil, count: stale.count)
            let staleNow = stale
            let entries = entries
            fresh.withUnsafeMutableBufferPointer { out in
                nonisolated(unsafe) let out = out
                DispatchQueue.concurrentPerform(iterations: staleNow.count) { k in
                    let entry = entries[staleNow[k]]
                    guard map.fingerprint(of: entry.start..<entry.end) == entry.fingerprint,
                          let account = map.account(in: entry.start..<entry.end), account.id == entry.summary.id else { return }
                    out[k] = AccountSummary(account: account, today: today)
                }
            }
            for (k, i) in stale.enumerated() {
                guard let summary = fresh[k] else { return nil }
                summaries[i] = summary
            }
        }
        var ranges: [Range<Int>?] = entries.map { $0.start..<$0.end }
        var fingerprints: [UInt64?] = entries.map(\.fingerprint)
        var positions = Dictionary(summaries.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for account in journal {
            let summary = AccountSummary(account: account, today: today)
            let i: Int
            if let known = positions[account.id] {
                i = known
                summaries[i] = summary
                ranges[i] = nil
                fingerprints[i] = nil
            } else {
                i = summaries.count
                positions[account.id] = i
                summaries.append(summary)
                ranges.append(nil)
                fingerprints.append(nil)
            }
            decoded[i] = account
        }
        return Preview(owner: owner, summaries: summaries, decoded: decoded, ranges: ranges, fingerprints: fingerprints, isCurrent: isCurrent)
    }
}

extension SummaryIndex.Preview {
    /// The account behind summary `i`, decoded from its bytes once they match the index's
    /// fingerprint (or taken from the journal); nil when they do not.
    public mutating func account(at i: Int, map: StoreDocumentMap) -> Account? {
        if let known = decoded[i] { return known }
        guard summaries.indices.contains(i), let range = ranges[i], map.fingerprint(of: range) == fingerprints[i],
              let account = map.account(in: range), account.id == summaries[i].id else { return nil }
        decoded[i] = account
        return account
    }

    /// Whether the bytes of summary `i` still match the index (an account from the journal always does).
    public func matches(_ i: Int, map: StoreDocumentMap) -> Bool {
        guard summaries.indices.contains(i) else { return false }
        guard let range = ranges[i] else { return true }
        return map.fingerprint(of: range) == fingerprints[i]
    }
}

extension AccountSummary {
    /// The same summary on another day, for what moves every day by itself: the days to T-day.
    func rebased(to day: CalendarDate) -> AccountSummary {
        var moved = self
        moved.daysToTDay = day.days(until: tDay)
        moved.tDayLabel = TransferDay.label(daysFromTDay: tDay.days(until: day))
        return moved
    }
}
