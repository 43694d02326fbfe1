import Foundation

/// One change in the journal: the whole account after the change (an upsert), so replaying a
/// record twice, or replaying one already folded into the document, changes nothing.
///
/// On disk, one line per record:
///
///     <CRC-32 of the JSON, 8 lowercase hex> <length of the JSON in bytes> <JSON>\n
///     3f1c2a9b 2817 {"formatVersion":1,"upsert":{"contacts":[],…,"id":"acme",…}}
///
/// The JSON is compact (JSON escapes every line break inside strings, so a record never spans
/// lines) with sorted keys, and carries the format version of the account's encoding so a later
/// build can migrate or refuse it. A record is whole only when its length and checksum match
/// and its newline is there: anything less is a torn write.
struct JournalRecord: Codable {
    var formatVersion: Int
    var upsert: Account

    enum Parsed {
        case record(JournalRecord)
        /// The beginning of a record and nothing wrong in it, but fewer bytes than it needs:
        /// as a write stopped part way leaves it (torn, when it is the last).
        case short(String)
        /// Bytes no write of Baton's leaves, whole or cut: a bad checksum, garbage.
        case damaged(String)
        /// The bytes are whole (checksum matches) but this build cannot use them: never a torn write.
        case unusable(String)
    }

    static func line(for account: Account) throws -> Data {
        let json: Data
        do {
            json = try StoreDocument.encoder(pretty: false)
                .encode(JournalRecord(formatVersion: StoreDocument.currentFormatVersion, upsert: account))
        } catch {
            throw StoreError.unencodable(reason: "\(error)")
        }
        return CheckedLine.line(for: json)
    }

    /// Parses one line, without its newline; `complete` is false for a last piece with no newline.
    static func parse(_ line: UnsafeRawBufferPointer, decoder: JSONDecoder, complete: Bool = true) -> Parsed {
        let json: Data
        switch CheckedLine.parse(line, complete: complete) {
        case .whole(let whole): json = whole
        case .short(let reason): return .short(reason)
        case .damaged(let reason): return .damaged(reason)
        }
        let record: JournalRecord
        do {
            record = try decoder.decode(JournalRecord.self, from: json)
        } catch {
            return .unusable("the record is whole but does not decode as an account: "
                             + DecodingProblem.problem(from: error, text: nil, path: "record").message)
        }
        guard (1...StoreDocument.currentFormatVersion).contains(record.formatVersion) else {
            // Journals began with version 1; version 2 only added fields an account reads as
            // empty when absent, so older records replay as they are. A later build that changes
            // the account's shape migrates older records here, as StoreMigration does for the document.
            return .unusable("written by format version \(record.formatVersion); this build reads \(StoreDocument.currentFormatVersion)")
        }
        return .record(record)
    }
}
