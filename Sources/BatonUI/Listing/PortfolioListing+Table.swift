import BatonCore

extension PortfolioListing {
    /// No column of the table is wider than this, whatever the width: a name of ten megabytes
    /// must not make every line of `baton list` ten megabytes long.
    public static let columnLimit = 120

    /// An aligned table; names pass through the one door for text, so escape sequences stay
    /// inert. Each column is at most `columnLimit` wide and, with `width` (the screen's, or
    /// `--width`), the widest text columns are cut (with "…") until a line fits it.
    public func table(fields: [String] = PortfolioListing.defaultFields, width: Int? = nil) -> String {
        let columns = fields.compactMap { key in Self.fields.first { $0.key == key } }
        let header = columns.map(\.heading)
        // Cut before measuring: a cell is never read past what can be shown.
        let cells = rows.map { r in columns.map { DisplayText.fit(Self.cell(r, $0.key), columns: Self.columnLimit) } }
        let rightAligned: Set<String> = ["readiness", "tDayLabel", "highSeverityOpenRisks", "overdueItems", "knowledgeTransfer", "tDayOffset"]
        var widths = header.map(DisplayText.width)
        for row in cells {
            for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayText.width(c)) }
        }
        if let width {
            // Text gives way first, to a readable length; then a number's or a date's heading
            // (the number itself is never cut); then text again, to a few letters.
            let values = columns.indices.map { i in max(3, cells.map { DisplayText.width($0[i]) }.max() ?? 0) }
            let isText = columns.map { Self.textColumns.contains($0.key) }
            for floors in [columns.indices.map { isText[$0] ? min(widths[$0], 12) : widths[$0] },
                           columns.indices.map { isText[$0] ? min(widths[$0], 12) : values[$0] },
                           columns.indices.map { isText[$0] ? min(widths[$0], 4) : values[$0] }] {
                Self.shrink(&widths, toFit: width, floors: floors)
            }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, c in
                let fitted = DisplayText.width(c) > widths[i] ? DisplayText.fit(c, columns: widths[i]) : c
                let pad = String(repeating: " ", count: max(0, widths[i] - DisplayText.width(fitted)))
                return i == row.count - 1 ? fitted : rightAligned.contains(columns[i].key) ? pad + fitted : fitted + pad
            }.joined(separator: "  ")
        }
        var out = line(header) + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }

    /// Columns whose text may be cut to fit a width (with "…"): names, stages, verdicts, flags.
    static let textColumns: Set<String> = ["name", "id", "stage", "verdict", "flags", "gaps", "crmRecordID", "archivedOn"]

    /// Narrows the widest column that can still give way, a column at a time, until the line (two
    /// spaces between columns) fits `width`; none goes below its floor, so a width too narrow
    /// for even that gives a line longer than asked rather than an unreadable one.
    static func shrink(_ widths: inout [Int], toFit width: Int, floors: [Int]) {
        while widths.reduce(0, +) + 2 * max(0, widths.count - 1) > width {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
        }
    }
}
