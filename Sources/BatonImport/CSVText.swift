import Foundation

/// The text of a CSV file as a spreadsheet or a CRM wrote it: UTF-8 with or without a
/// byte-order mark, UTF-16 with one (Excel's "Unicode text"), or Windows-1252 (Excel's "CSV" in
/// western locales), detected and converted — or refused with the reason.
public struct CSVText: Sendable {
    public var text: String
    /// How the bytes were read, for the report: "UTF-8", "Windows-1252 (converted)"…
    public var encoding: String

    public static func decode(_ data: Data) throws -> CSVText {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ImportFileError(line: nil, reason: "this is a spreadsheet workbook (.xlsx), not CSV: save it as "
                                  + "\"CSV UTF-8 (comma delimited)\" and import that")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw ImportFileError(line: Self.firstBadUTF8Line(Array(bytes.dropFirst(3))),
                                      reason: "the file says it is UTF-8 (it starts with a byte-order mark) but is not valid UTF-8 there")
            }
            return CSVText(text: text, encoding: "UTF-8 with byte-order mark")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw ImportFileError(line: nil, reason: "the file starts like UTF-16 but is not valid UTF-16")
            }
            return CSVText(text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, encoding: "UTF-16")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return CSVText(text: text, encoding: "UTF-8")
        }
        if let bad = bytes.firstIndex(where: { windows1252Undefined.contains($0) || $0 == 0 }) {
            let line = bytes[..<bad].filter { $0 == 0x0A }.count + 1
            throw ImportFileError(line: line, reason: String(format: "the file is neither UTF-8 nor Windows-1252 (byte 0x%02X "
                + "means nothing in either): save it from the spreadsheet as \"CSV UTF-8\"", bytes[bad]))
        }
        let scalars = bytes.map { b -> Character in
            if (0x80...0x9F).contains(b), let mapped = windows1252High[b] { return Character(mapped) }
            return Character(Unicode.Scalar(b))
        }
        return CSVText(text: String(scalars), encoding: "Windows-1252, converted (the file is not UTF-8)")
    }

    /// Line of the first byte that breaks UTF-8, for the error.
    private static func firstBadUTF8Line(_ bytes: [UInt8]) -> Int? {
        var lineStart = 0, line = 1
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { return line }
            lineStart = i + 1
            line += 1
        }
        return line
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
