import Foundation
import SwiftCSV

/// A CSV file's header and records, each record with the line of the file it starts on (a quoted
/// field may hold line breaks, so records and lines differ). Parsing is SwiftCSV's: quoted fields
/// with commas, quotes and line breaks, CRLF, and a malformed quote is an error, never a guess.
public struct CSVTable: Sendable {
    public struct Record: Sendable, Equatable {
        /// The line of the file the record starts on (the header is line 1).
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var records: [Record]
    public var delimiter: Character
    public var encoding: String

    /// The delimiter is the first comma, semicolon or tab of the header (outside quotes), unless given.
    public static func parse(_ data: Data, delimiter: Character? = nil) throws -> CSVTable {
        let decoded = try CSVText.decode(data)
        let text = decoded.text
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ImportFileError(line: nil, reason: "the file is empty")
        }
        let separator: CSVDelimiter = delimiter.map { CSVDelimiter(unicodeScalarLiteral: $0) } ?? CSVDelimiter.guessed(string: text)
        try CSVLimits.check(text, delimiter: separator.rawValue)
        let csv: EnumeratedCSV
        do {
            // The header only: the records are read one by one below, to know where each starts.
            csv = try EnumeratedCSV(string: text, delimiter: separator, loadColumns: false, rowLimit: 0)
        } catch {
            throw ImportFileError(line: 1, reason: "the header cannot be read: \(Self.reason(error))")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        var records: [Record] = []
        var line = 1 + header.reduce(0) { $0 + $1.filter(\.isNewline).count } + 1
        do {
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { (fields: [String]) in
                records.append(Record(line: line, fields: fields))
                line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
            }
        } catch {
            throw ImportFileError(line: line, reason: "\(Self.reason(error)); nothing after it can be read either")
        }
        return CSVTable(header: header, records: records, delimiter: separator.rawValue, encoding: decoded.encoding)
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case CSVParseError.quotation:
            "a quote inside a field that is not quoted, or text after a closing quote (a quoted field's own quotes are doubled: \"\"like this\"\")"
        case CSVParseError.generic(let message): message
        default: "\(error)"
        }
    }

    /// "comma", "semicolon"… for the report.
    public var delimiterName: String {
        switch delimiter {
        case ",": "comma"
        case ";": "semicolon"
        case "\t": "tab"
        default: "\"\(delimiter)\""
        }
    }
}
