import BatonCore

/// The bounds a CSV file is read within (`InputLimits`: columns, line length, a field's size),
/// checked as its bytes go by, before any record is built: where a streaming reader keeps them,
/// so a header of a million columns or a field of ten megabytes is refused at once, by line,
/// instead of read whole and printed back (issue 25).
enum CSVLimits {
    /// Throws at the first bound passed, naming the line the record starts on.
    static func check(_ text: String, delimiter: Character) throws {
        let separator = delimiter.asciiValue ?? UInt8(ascii: ",")
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        var line = 1, recordLine = 1
        var inQuotes = false
        var columns = 1, fieldBytes = 0, recordBytes = 0
        for byte in text.utf8 {
            recordBytes += 1
            if recordBytes > InputLimits.csvLineBytes {
                throw ImportFileError(line: recordLine, reason: "this line is longer than \(InputLimits.size(InputLimits.csvLineBytes)), "
                                      + "more than any CRM record: is it the right file (a CSV export, not a database dump)?")
            }
            if byte == quote {
                // A doubled quote inside a quoted field toggles twice: it stays inside.
                inQuotes.toggle()
                continue
            }
            if byte == newline {
                line += 1
                if !inQuotes {
                    recordLine = line
                    columns = 1
                    fieldBytes = 0
                    recordBytes = 0
                    continue
                }
            }
            if byte == separator, !inQuotes {
                columns += 1
                fieldBytes = 0
                if columns > InputLimits.csvColumns {
                    throw ImportFileError(line: recordLine, reason: "more than \(InputLimits.csvColumns) columns (a CRM export has tens): "
                                          + "is it the right file, and are its values separated by \(Self.name(delimiter))?")
                }
                continue
            }
            fieldBytes += 1
            if fieldBytes > InputLimits.textBytes {
                throw ImportFileError(line: recordLine, reason: "a value in column \(columns) is longer than "
                                      + "\(InputLimits.size(InputLimits.textBytes)), the most any one text may hold: shorten it in the file")
            }
        }
    }

    private static func name(_ delimiter: Character) -> String {
        switch delimiter {
        case ",": "commas"
        case ";": "semicolons"
        case "\t": "tabs"
        default: "\"\(delimiter)\""
        }
    }
}
