import Foundation

/// A CSV file's header and records held whole, each record with the line of the file it starts on
/// (a quoted field may hold line breaks, so records and lines differ). For a small file and the
/// tests; an import reads the file record by record (`CSVReader`) and holds none of it.
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
        let reader = try CSVReader(data: data, delimiter: delimiter)
        var records: [Record] = []
        while let record = try reader.next() { records.append(record) }
        return CSVTable(header: reader.header, records: records, delimiter: reader.delimiter, encoding: reader.encoding)
    }

    /// "comma", "semicolon"… for the report.
    public var delimiterName: String { Self.name(of: delimiter) }

    static func name(of delimiter: Character) -> String {
        switch delimiter {
        case ",": "comma"
        case ";": "semicolon"
        case "\t": "tab"
        default: "\"\(delimiter)\""
        }
    }
}
