import Foundation

/// The framing of one record in an append-only file (the store's journal, the shared store's
/// outbox): `<CRC-32 of the JSON, 8 lowercase hex> <length in bytes> <JSON>\n`. A record is whole
/// only when its length and checksum match and its newline is there: anything less is a torn write.
public enum CheckedLine {
    public enum Parsed {
        /// The JSON of a whole record.
        case whole(Data)
        /// The beginning of a record and nothing wrong in it, but fewer bytes than it needs:
        /// as a write stopped part way leaves it (torn, when it is the last).
        case short(String)
        /// Bytes no write of Baton's leaves, whole or cut: a bad checksum, garbage.
        case damaged(String)
    }

    /// One line for compact JSON (JSON escapes every line break inside strings, so it never spans lines).
    public static func line(for json: Data) -> Data {
        var line = Data("\(CRC32.hex(CRC32.checksum(json))) \(json.count) ".utf8)
        line.append(json)
        line.append(0x0A)
        return line
    }

    /// Parses one line, without its newline; `complete` is false for a last piece with no newline.
    public static func parse(_ line: UnsafeRawBufferPointer, complete: Bool = true) -> Parsed {
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
        return .whole(Data(json))
    }
}
