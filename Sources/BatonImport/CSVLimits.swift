import BatonCore

/// The bounds a CSV file is read within (`InputLimits`: columns, line length, a field's size),
/// checked by `CSVReader` as the bytes go by, before any record is built, so a header of a
/// million columns or a field of ten megabytes is refused at once, by line, instead of read
/// whole and printed back (issue 25). These are the refusals, in the words the lead reads.
enum CSVLimits {
    static func lineTooLong(line: Int) -> ImportFileError {
        ImportFileError(line: line, reason: "this line is longer than \(InputLimits.size(InputLimits.csvLineBytes)), "
                        + "more than any CRM record: is it the right file (a CSV export, not a database dump)?")
    }

    static func tooManyColumns(line: Int, delimiter: Character) -> ImportFileError {
        ImportFileError(line: line, reason: "more than \(InputLimits.csvColumns) columns (a CRM export has tens): "
                        + "is it the right file, and are its values separated by \(Self.name(delimiter))?")
    }

    static func valueTooLong(line: Int, column: Int) -> ImportFileError {
        ImportFileError(line: line, reason: "a value in column \(column) is longer than "
                        + "\(InputLimits.size(InputLimits.textBytes)), the most any one text may hold: shorten it in the file")
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
