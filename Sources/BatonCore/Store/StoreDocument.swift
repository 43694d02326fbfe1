import Foundation

/// The store's file format: a JSON document that diffs cleanly in git and reads as text.
///
///     {
///       "format" : "baton-portfolio",
///       "formatVersion" : 2,
///       "portfolio" : { "accounts" : [ … ], "owner" : "…" },
///       "savedAt" : "2026-11-21T09:30:00Z",
///       "storeID" : "6f1c…"
///     }
///
/// `storeID` names this store (its journal's first line names it too, so a journal from
/// another store is never replayed into this one); files written before it have none and get
/// one at their next save.
///
/// Keys sorted, pretty-printed, no escaped slashes, a trailing newline; timestamps ISO-8601,
/// calendar dates YYYY-MM-DD; accounts in portfolio order.
public enum StoreDocument {
    public static let format = "baton-portfolio"
    public static let currentFormatVersion = 2

    struct Envelope: Codable {
        var format: String
        var formatVersion: Int
        var savedAt: Date
        var portfolio: Portfolio
        var storeID: String?
    }

    /// A document as read: the portfolio, and the version it was written in (before migration).
    struct Contents {
        var portfolio: Portfolio
        var formatVersion: Int
        var savedAt: Date
        var storeID: String? = nil
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(Timestamp.decode)
        return decoder
    }

    public static func encode(_ portfolio: Portfolio, savedAt: Date, storeID: String? = nil) throws -> Data {
        let envelope = Envelope(format: format, formatVersion: currentFormatVersion, savedAt: savedAt, portfolio: portfolio,
                                storeID: storeID)
        do {
            var data = try encodeInParallel(envelope) ?? SafeText.escapingControls(inJSON: encoder(pretty: true).encode(envelope))
            data.append(0x0A)
            return data
        } catch {
            throw StoreError.unencodable(reason: "\(error)")
        }
    }

    /// Reads a document of this version or an older one (migrating it); throws
    /// `StoreError.unreadable` with every problem found.
    public static func decode(_ data: Data, path: String) throws -> Portfolio {
        try read(data, path: path).portfolio
    }

    static func read(_ data: Data, path: String) throws -> Contents {
        if let contents = try readInParallel(JSONText(data), path: path) { return contents }
        return try readCarefully(data, path: path)
    }

    /// A document read from its bytes (the store's own read): parsed where they are, not copied;
    /// the careful path, when it is needed, gets a copy and hands it back (a migrated file's
    /// original is kept as its backup).
    static func read(bytes: [UInt8], path: String) throws -> (contents: Contents, original: Data?) {
        if let contents = try readInParallel(JSONText(bytes: bytes), path: path) { return (contents, nil) }
        let data = Data(bytes)
        return (try readCarefully(data, path: path), data)
    }

    /// `readInParallel`, with repeated ids refused and placed.
    private static func readInParallel(_ text: JSONText, path: String) throws -> Contents? {
        guard let contents = readInParallel(text) else { return nil }
        let ids = contents.portfolio.accounts.enumerated().map { ($0.offset, $0.element.id) }
        // Repeated ids are rare and refused; only then is the text read again to place them.
        if repeatedIDs(ids, text: nil, path: path, limit: 0).total > 0 {
            let repeats = repeatedIDs(ids, text: text, path: path, limit: StoreProblem.listLimit)
            throw StoreError.unreadable(repeats.first + StoreProblem.omitted(repeats.total - repeats.first.count, path: path))
        }
        return contents
    }

    /// One core, every problem placed by line and column: old and newer versions, and anything unusual.
    private static func readCarefully(_ data: Data, path: String) throws -> Contents {
        let header: Header
        switch Header.parse(data, path: path) {
        case .success(let parsed): header = parsed
        case .failure(let problems): throw StoreError.unreadable(problems.list)
        }
        if header.version > currentFormatVersion {
            // A newer build may have added fields (ignored here) or changed the shape (refused).
            guard let envelope = try? decoder().decode(Envelope.self, from: data) else {
                throw StoreError.unreadable([header.newerProblem(readable: false)])
            }
            return Contents(portfolio: envelope.portfolio, formatVersion: header.version, savedAt: envelope.savedAt, storeID: envelope.storeID)
        }
        do {
            let envelope = try decoder().decode(Envelope.self, from: try header.currentData())
            let repeats = repeatedIDs(envelope.portfolio.accounts.enumerated().map { ($0.offset, $0.element.id) },
                                      text: header.textIfUnmigrated, path: path, limit: StoreProblem.listLimit)
            guard repeats.total == 0 else {
                throw StoreError.unreadable(repeats.first + StoreProblem.omitted(repeats.total - repeats.first.count, path: path))
            }
            return Contents(portfolio: envelope.portfolio, formatVersion: header.version, savedAt: envelope.savedAt, storeID: envelope.storeID)
        } catch let error as StoreError {
            throw error
        } catch {
            var found = problems(after: header, path: path)
            if found.isEmpty {
                found = [DecodingProblem.problem(from: error, text: header.textIfUnmigrated, path: path)]
            }
            throw StoreError.unreadable(found)
        }
    }

    /// A store identity as Baton makes them (letters, digits and dashes): anything else in the
    /// file is treated as absent and replaced at the next save, so it can sit on a journal's line.
    static func isUsableStoreID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 64 && id.utf8.allSatisfy { $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0)
            || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }

    static func newStoreID() -> String { UUID().uuidString.lowercased() }

    /// The `storeID` in a document's header, when it has a usable one.
    static func storeID(in data: Data) -> String? {
        struct OnlyID: Decodable { var storeID: String? }
        return (try? decoder().decode(OnlyID.self, from: data))?.storeID.flatMap { isUsableStoreID($0) ? $0 : nil }
    }

    /// Every problem in the document, in file order; empty when it reads.
    static func problems(in data: Data, path: String) -> [StoreProblem] {
        switch Header.parse(data, path: path) {
        case .failure(let problems): return problems.list
        case .success(let header):
            if header.version > currentFormatVersion { return [header.newerProblem(readable: true)] }
            return problems(after: header, path: path)
        }
    }

    private static func problems(after header: Header, path: String) -> [StoreProblem] {
        let text = header.textIfUnmigrated
        let body: Data
        do {
            body = try header.currentData()
        } catch {
            return [StoreProblem(path: path, message: "could not be migrated from format version \(header.version): \(error)")]
        }
        var found: [StoreProblem]
        var omitted = 0
        do {
            let check = try decoder().decode(DocumentCheck.self, from: body)
            // Only the problems listed are placed; the rest are counted.
            let limit = StoreProblem.listLimit
            found = check.errors.prefix(limit).map { DecodingProblem.problem(from: $0, text: text, path: path) }
            let repeats = repeatedIDs(check.ids, text: text, path: path, limit: max(0, limit - found.count))
            found += repeats.first
            omitted = check.errors.count - min(check.errors.count, limit) + repeats.total - repeats.first.count
        } catch {
            found = [DecodingProblem.problem(from: error, text: text, path: path)]
        }
        // File order, so a person can fix them top to bottom.
        found.sort { ($0.line ?? .max, $0.column ?? .max) < ($1.line ?? .max, $1.column ?? .max) }
        found += StoreProblem.omitted(omitted, path: path)
        if found.isEmpty {
            // The check covers the fields it knows; the real decode covers any the model gained since.
            do {
                _ = try decoder().decode(Envelope.self, from: body)
            } catch {
                found.append(DecodingProblem.problem(from: error, text: text, path: path))
            }
        }
        return found
    }

    /// Upserts find an account by id, so two accounts with one id would make changes land on the wrong one.
    /// The first `limit` repeats, placed, and how many there are in all.
    private static func repeatedIDs(_ ids: [(index: Int, id: String)], text: JSONText?, path: String,
                                    limit: Int) -> (first: [StoreProblem], total: Int) {
        var first: [String: Int] = [:]
        var found: [StoreProblem] = []
        var total = 0
        for (index, id) in ids {
            guard let earlier = first[id] else {
                first[id] = index
                continue
            }
            total += 1
            guard found.count < limit else { continue }
            let components: [JSONPathComponent] = [.key("portfolio"), .key("accounts"), .index(index), .key("id")]
            var problem = StoreProblem(path: path, field: JSONPathComponent.describe(components),
                                       message: "repeats the id \"\(id)\" of portfolio.accounts[\(earlier)]: every account needs its own id",
                                       remedy: "give one of them a new id by hand; Baton will not write to the file until it reads cleanly")
            if let text {
                let place = text.position(of: text.locate(components))
                problem.line = place.line
                problem.column = place.column
            }
            found.append(problem)
        }
        return (found, total)
    }
}
