import BatonCore
import Foundation

/// A CSV file read one record at a time, a chunk of bytes at a time, so an import's memory is
/// its plan and not copies of the file (a 200 MB export read whole reached 1 GB), with the line
/// each record starts on.
///
/// The parsing rules are SwiftCSV 0.10's, which the import used before it streamed, kept byte for
/// byte on the ASCII that carries a CSV's structure (UTF-8 and Windows-1252 never use those bytes
/// inside a character): fields quoted or not, a quote in a quoted field doubled, commas, quotes
/// and line breaks inside quotes, CR, LF and CRLF each ending a record, blanks before a field and
/// after a closing quote set aside, a stray quote an error and never a guess, and a last line
/// without a line break still a record. The bounds of `InputLimits` are kept as the bytes go by.
public final class CSVReader {
    /// The first record, each name trimmed.
    public private(set) var header: [String] = []
    public private(set) var delimiter: Character = ","
    /// How the bytes were read, for the report: "UTF-8", "Windows-1252, converted (…)"…
    public let encoding: String
    /// The file's size, and how much of it has been read: for progress.
    public var totalBytes: Int { chunks.totalBytes }
    public var bytesRead: Int {
        // Within a chunk where its bytes are the file's; a UTF-16 chunk counts when it is taken.
        if case .utf16 = kind { return chunkEnd }
        return chunkEnd - (chunk.count - position)
    }
    /// Bytes of the file up to the end of the chunk being parsed.
    private var chunkEnd = 0
    /// Records read after the header.
    public private(set) var recordsRead = 0

    private let chunks: ByteChunks
    private let kind: CSVEncoding
    private var separator = UInt8(ascii: ",")
    private var chunk: [UInt8] = []
    private var position = 0
    private var started = false
    private var ended = false
    private var pendingUTF16: [UInt8] = []

    private enum State { case start, unquoted, quoted }
    private var state = State.start
    /// A quote just seen inside a field: the next byte says whether it was doubled or closing.
    private var afterQuote = false
    private var previousWasCR = false
    /// A CR ended the record: a line feed right after it belongs to it.
    private var swallowLineFeed = false
    private var line = 1
    private var recordLine = 1
    private var recordBytes = 0
    private var fieldBytes = 0
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var readingHeader = true

    /// The delimiter is the first comma, semicolon or tab of the header (outside quotes), unless given.
    public convenience init(path: String, delimiter: Character? = nil) throws {
        try self.init(chunks: try ByteChunks(path: path), delimiter: delimiter)
    }

    public convenience init(data: Data, delimiter: Character? = nil) throws {
        try self.init(chunks: ByteChunks(data: data), delimiter: delimiter)
    }

    init(chunks: ByteChunks, delimiter: Character?) throws {
        self.chunks = chunks
        kind = try CSVEncoding.detect(chunks)
        encoding = kind.name
        if let delimiter {
            guard let byte = delimiter.asciiValue, delimiter != "\"", !delimiter.isNewline else {
                throw ImportFileError(line: nil, reason: "the separator \"\(delimiter)\" cannot be read: give one plain character "
                                      + "such as , or ; or a tab")
            }
            separator = byte
            self.delimiter = delimiter
        } else {
            guard try loadChunk() else { throw ImportFileError(line: nil, reason: "the file is empty") }
            separator = Self.guessedDelimiter(chunk)
            self.delimiter = Character(Unicode.Scalar(separator))
        }
        guard let first = try next() else { throw ImportFileError(line: nil, reason: "the file is empty") }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        readingHeader = false
        recordsRead = 0
    }

    /// The next record, or nil at the end of the file. Throws at the first bound passed or the
    /// first malformed quote, naming the line its record starts on.
    public func next() throws -> CSVTable.Record? {
        while !ended {
            if position == chunk.count {
                guard try loadChunk() else { return finish() }
            }
            let byte = chunk[position]
            position += 1
            if let record = try take(byte) { return record }
        }
        return nil
    }

    // MARK: - One byte

    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    @inline(__always)
    private func take(_ byte: UInt8) throws -> CSVTable.Record? {
        let wasCR = previousWasCR
        previousWasCR = byte == Self.cr
        if swallowLineFeed {
            swallowLineFeed = false
            if byte == Self.lf { return nil }
        }
        let newline = byte == Self.cr || byte == Self.lf
        if byte == Self.cr || (byte == Self.lf && !wasCR) { line += 1 }
        recordBytes += 1
        if recordBytes > InputLimits.csvLineBytes { throw CSVLimits.lineTooLong(line: recordLine) }
        switch state {
        case .start:
            if byte == Self.quote {
                state = .quoted
                afterQuote = false
            } else if byte == separator {
                try finishField(quoted: false)
            } else if newline {
                return endRecord(byCR: byte == Self.cr)
            } else if Self.isBlank(byte) {
                // Blanks before a field are not part of it.
            } else {
                state = .unquoted
                try append(byte)
            }
        case .unquoted:
            if afterQuote {
                // Outside quotes a quote is only ever doubled.
                guard byte == Self.quote else { throw quoteError() }
                try append(byte)
                afterQuote = false
            } else if byte == Self.quote {
                afterQuote = true
            } else if byte == separator {
                try finishField(quoted: false)
            } else if newline {
                return endRecord(byCR: byte == Self.cr)
            } else {
                try append(byte)
            }
        case .quoted:
            if afterQuote {
                if byte == Self.quote {
                    try append(byte)
                    afterQuote = false
                } else if byte == separator {
                    try finishField(quoted: true)
                } else if newline {
                    return endRecord(byCR: byte == Self.cr)
                } else if Self.isBlank(byte) {
                    // Blanks after a closing quote are set aside.
                } else {
                    throw quoteError()
                }
            } else if byte == Self.quote {
                afterQuote = true
            } else {
                try append(byte)
            }
        }
        return nil
    }

    /// Space, tab (when it is not the separator), vertical tab, form feed: what SwiftCSV skipped before a field.
    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    @inline(__always)
    private func append(_ byte: UInt8) throws {
        field.append(byte)
        fieldBytes += kind == .windows1252 ? CSVEncoding.windows1252Width(byte) : 1
        if fieldBytes > InputLimits.textBytes { throw CSVLimits.valueTooLong(line: recordLine, column: fields.count + 1) }
    }

    private func finishField(quoted: Bool) throws {
        if fields.count + 1 >= InputLimits.csvColumns {
            throw CSVLimits.tooManyColumns(line: recordLine, delimiter: delimiter)
        }
        fields.append(text(of: field, quoted: quoted))
        field.removeAll(keepingCapacity: true)
        fieldBytes = 0
        state = .start
        afterQuote = false
    }

    private func endRecord(byCR: Bool) -> CSVTable.Record {
        fields.append(text(of: field, quoted: state == .quoted))
        let record = CSVTable.Record(line: recordLine, fields: fields)
        fields = []
        fields.reserveCapacity(record.fields.count)
        field.removeAll(keepingCapacity: true)
        fieldBytes = 0
        recordBytes = 0
        state = .start
        afterQuote = false
        swallowLineFeed = byCR
        recordLine = line
        if !readingHeader { recordsRead += 1 }
        return record
    }

    /// The end of the file: what is left is a last record (a quote never closed keeps the rest of the file).
    private func finish() -> CSVTable.Record? {
        ended = true
        let last = text(of: field, quoted: state == .quoted)
        if !last.isEmpty { fields.append(last) }
        guard !fields.isEmpty else { return nil }
        if !readingHeader { recordsRead += 1 }
        return CSVTable.Record(line: recordLine, fields: fields)
    }

    private func quoteError() -> ImportFileError {
        let reason = "a quote inside a field that is not quoted, or text after a closing quote (a quoted field's own quotes "
            + "are doubled: \"\"like this\"\")"
        if readingHeader { return ImportFileError(line: 1, reason: "the header cannot be read: \(reason)") }
        return ImportFileError(line: recordLine, reason: "\(reason); nothing after it can be read either")
    }

    /// A field's bytes as text. Blanks beyond ASCII (a no-break space) before an unquoted field are
    /// set aside as SwiftCSV did.
    private func text(of bytes: [UInt8], quoted: Bool) -> String {
        let text = kind == .windows1252 ? CSVEncoding.windows1252(bytes[...]) : String(decoding: bytes, as: UTF8.self)
        guard !quoted, let first = bytes.first, first >= 0x80 else { return text }
        return String(text.drop { $0.isWhitespace })
    }

    // MARK: - Chunks

    /// The next chunk as UTF-8 (or Windows-1252) bytes; false at the end of the file.
    private func loadChunk() throws -> Bool {
        guard var raw = try chunks.next() else {
            chunk = []
            position = 0
            if case .utf16 = kind, !pendingUTF16.isEmpty {
                throw ImportFileError(line: nil, reason: "the file starts like UTF-16 but is not valid UTF-16")
            }
            return false
        }
        chunkEnd += raw.count
        let first = !started
        started = true
        switch kind {
        case .utf8, .windows1252:
            chunk = raw
        case .utf8WithBOM:
            chunk = first ? Array(raw.dropFirst(3)) : raw
        case .utf16(let bigEndian):
            if first { raw.removeFirst(2) }
            chunk = try utf16(pendingUTF16 + raw, bigEndian: bigEndian)
        }
        position = 0
        return true
    }

    /// UTF-16 code units as UTF-8, keeping back an odd byte or a high surrogate for the next chunk.
    private func utf16(_ bytes: [UInt8], bigEndian: Bool) throws -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        pendingUTF16 = Array(bytes[i...])
        if let last = units.last, (0xD800...0xDBFF).contains(last) {
            units.removeLast()
            pendingUTF16 = (bigEndian ? [UInt8(last >> 8), UInt8(last & 0xFF)] : [UInt8(last & 0xFF), UInt8(last >> 8)]) + pendingUTF16
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw ImportFileError(line: nil, reason: "the file starts like UTF-16 but is not valid UTF-16")
        }
        return Array(text.utf8)
    }

    /// The first comma, tab or semicolon of the first line that is not blank, outside quotes; a comma when none.
    static func guessedDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x0B || bytes[i] == 0x0C {
            i += 1
        }
        var inQuotes = false
        while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D {
            let b = bytes[i]
            if b == quote {
                inQuotes.toggle()
            } else if !inQuotes, b == UInt8(ascii: ",") || b == UInt8(ascii: "\t") || b == UInt8(ascii: ";") {
                return b
            }
            i += 1
        }
        return UInt8(ascii: ",")
    }
}
