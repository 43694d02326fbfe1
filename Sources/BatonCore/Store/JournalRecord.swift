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
        var line = Data("\(CRC32.hex(CRC32.checksum(json))) \(json.count) ".utf8)
        line.append(json)
        line.append(0x0A)
        return line
    }

    /// Parses one line, without its newline; `complete` is false for a last piece with no newline.
    static func parse(_ line: UnsafeRawBufferPointer, decoder: JSONDecoder, complete: Bool = true) -> Parsed {
        func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x61...0x66).contains(b) }
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        let cut = "the last record is incomplete"
        // A write cut short keeps a prefix of the line, and a filesystem may fill what it lost with zeros.
        let content = line.lastIndex(where: { $0 != 0 }).map { line[...$0] } ?? line[0..<0]
        if !complete, content.count < 9 {
            return content.allSatisfy(isHex) ? .short(cut) : .damaged("no checksum at the start of the record")
        }
        guard let firstSpace = line.firstIndex(of: 0x20), firstSpace == 8, line[0..<8].allSatisfy(isHex),
              let crc = UInt32(String(decoding: line[0..<8], as: UTF8.self), radix: 16) else {
            return .damaged("no checksum at the start of the record")
        }
        let rest = line[(firstSpace + 1)...]
        guard let secondSpace = rest.firstIndex(of: 0x20) else {
            return !complete && rest.allSatisfy({ isDigit($0) || $0 == 0 }) ? .short(cut) : .damaged("no length after the checksum")
        }
        guard secondSpace > firstSpace + 1, line[(firstSpace + 1)..<secondSpace].allSatisfy(isDigit),
              let length = Int(String(decoding: line[(firstSpace + 1)..<secondSpace], as: UTF8.self)) else {
            return .damaged("no length after the checksum")
        }
        let json = UnsafeRawBufferPointer(rebasing: line[(secondSpace + 1)...])
        if json.count < length { return .short("the record holds \(json.count) bytes, its length says \(length)") }
        guard complete else { return .short("the last record has no end of line") }
        guard json.count == length else { return .damaged("the record holds \(json.count) bytes, its length says \(length)") }
        guard CRC32.checksum(json) == crc else { return .damaged("the checksum does not match") }
        let record: JournalRecord
        do {
            record = try decoder.decode(JournalRecord.self, from: Data(json))
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
