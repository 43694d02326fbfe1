import Foundation

/// How a CSV file's bytes are text, as a spreadsheet or a CRM wrote them: UTF-8 with or without a
/// byte-order mark, UTF-16 with one (Excel's "Unicode text"), or Windows-1252 (Excel's "CSV" in
/// western locales), found in one pass over the file a chunk at a time — or refused with the reason.
enum CSVEncoding: Equatable {
    case utf8
    case utf8WithBOM
    case utf16(bigEndian: Bool)
    case windows1252

    /// How the bytes were read, for the report.
    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with byte-order mark"
        case .utf16: "UTF-16"
        case .windows1252: "Windows-1252, converted (the file is not UTF-8)"
        }
    }

    /// Reads the file once (it is rewound after): UTF-8 is checked in chunks, the slow search for
    /// the offending line only runs when a check fails.
    static func detect(_ chunks: ByteChunks) throws -> CSVEncoding {
        chunks.rewind()
        defer { chunks.rewind() }
        guard let first = try chunks.next() else { throw ImportFileError(line: nil, reason: "the file is empty") }
        if first.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ImportFileError(line: nil, reason: "this is a spreadsheet workbook (.xlsx), not CSV: save it as "
                                  + "\"CSV UTF-8 (comma delimited)\" and import that")
        }
        if first.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false) }
        if first.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true) }
        let bom = first.starts(with: [0xEF, 0xBB, 0xBF])
        var blank = true
        var chunk = bom ? Array(first.dropFirst(3)) : first
        var carry: [UInt8] = []
        var offset = bom ? 3 : 0   // of `carry + chunk` in the file
        while true {
            if blank { blank = chunk.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }
            var bytes = carry + chunk
            let following = try chunks.next()
            // A character cut by the chunk's end is checked with the next chunk.
            carry = following == nil ? [] : Self.unfinishedTail(of: bytes)
            bytes.removeLast(carry.count)
            if String(validating: bytes, as: UTF8.self) == nil {
                let bad = offset + Self.firstInvalidUTF8(bytes)
                if bom {
                    throw ImportFileError(line: try line(ofByte: bad, in: chunks),
                                          reason: "the file says it is UTF-8 (it starts with a byte-order mark) but is not valid UTF-8 there")
                }
                try Self.checkWindows1252(chunks)
                return .windows1252
            }
            offset += bytes.count
            guard let nextChunk = following else { break }
            chunk = nextChunk
        }
        if blank { throw ImportFileError(line: nil, reason: "the file is empty") }
        return bom ? .utf8WithBOM : .utf8
    }

    /// The last bytes when they start a character the chunk does not finish.
    static func unfinishedTail(of bytes: [UInt8]) -> [UInt8] {
        var i = bytes.count - 1
        while i >= 0, bytes.count - i <= 4, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        guard i >= 0, bytes[i] >= 0xC0 else { return [] }
        return Array(bytes[i...])
    }

    /// Where UTF-8 first breaks in `bytes` (known to be invalid).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var at = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): at += scalar.count
            case .error: return at
            case .emptyInput: return at
            }
        }
    }

    /// Throws with the line when a byte means nothing in Windows-1252 (or is NUL): the file is
    /// in some other encoding.
    static func checkWindows1252(_ chunks: ByteChunks) throws {
        chunks.rewind()
        var line = 1
        while let chunk = try chunks.next() {
            for byte in chunk {
                if byte == 0x0A { line += 1 }
                if byte == 0 || windows1252Undefined.contains(byte) {
                    throw ImportFileError(line: line, reason: String(format: "the file is neither UTF-8 nor Windows-1252 (byte 0x%02X "
                        + "means nothing in either): save it from the spreadsheet as \"CSV UTF-8\"", byte))
                }
            }
        }
    }

    /// The line (counted by line feeds) a byte of the file is on.
    static func line(ofByte offset: Int, in chunks: ByteChunks) throws -> Int {
        chunks.rewind()
        var line = 1, at = 0
        while at < offset, let chunk = try chunks.next() {
            for byte in chunk.prefix(offset - at) where byte == 0x0A { line += 1 }
            at += chunk.count
        }
        return line
    }

    /// Windows-1252's text for a field's bytes (the upper half is Latin-1 except 0x80–0x9F).
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            scalars.append((0x80...0x9F).contains(b) ? windows1252High[b] ?? Unicode.Scalar(b) : Unicode.Scalar(b))
        }
        return String(scalars)
    }

    /// UTF-8 bytes a Windows-1252 byte becomes: the bounds count the text as it will be stored.
    static func windows1252Width(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : (0x80...0x9F).contains(b) ? (windows1252High[b].map { $0.value < 0x800 ? 2 : 3 } ?? 2) : 2
    }

    /// Bytes Windows-1252 leaves undefined: their presence means the file is in some other encoding.
    private static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// 0x80–0x9F in Windows-1252 (the rest of its upper half is Latin-1).
    private static let windows1252High: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]
}

/// A file that cannot be read as CSV at all: what is wrong and, where known, on which line.
public struct ImportFileError: Error, Equatable, CustomStringConvertible {
    public var line: Int?
    public var reason: String

    public init(line: Int?, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { line.map { "line \($0): \(reason)" } ?? reason }
}
