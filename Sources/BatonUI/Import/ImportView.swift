import BatonCore

/// `:import`'s dry run: the headline, then each row of the file with its line and what would happen
/// to it (refusals in the error colour, conflicts in the warning colour), then what Enter will do.
enum ImportView {
    static func draw(_ review: ImportReview, state: AppState, into grid: inout CellGrid) {
        let preview = review.preview
        let inner = DialogFrame.draw(title: "Import \(ImportUpdate.fileName(preview.request.path)) · dry run",
                                     width: grid.width - 4, height: grid.height - 2, into: &grid)
        var y = inner.y
        let width = innerWidth(state.width)
        for line in header(preview, width: width) {
            grid.put(line, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: CellStyle(.dialog, bold: true))
            y += 1
        }
        y += 1
        let visible = listHeight(review, width: state.width, height: state.height)
        let lines = lines(preview, width: width)
        for (text, role) in lines.dropFirst(review.scroll).prefix(visible) {
            grid.put(text, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: CellStyle(role))
            y += 1
        }
        if review.scroll + visible < lines.count {
            // On the bottom border, so no row of the list is covered.
            let more = " ↓ \(lines.count - review.scroll - visible) more "
            grid.put(more, x: inner.maxX - DisplayText.width(more) - 1, y: inner.maxY, style: CellStyle(.dialog))
        }
        let role = status(review).1
        let footerLines = footerLines(review, width: width)
        for (i, line) in footerLines.enumerated() {
            grid.put(line, x: inner.x + 1, y: inner.maxY - footerLines.count + i, maxWidth: inner.width - 2,
                     style: CellStyle(role, bold: true))
        }
    }

    /// The width of the dialog's text on a screen this wide: the frame two columns in from each
    /// side, its border, and a column of margin inside it.
    static func innerWidth(_ screenWidth: Int) -> Int { max(1, screenWidth - 8) }

    static func header(_ preview: ImportPreview, width: Int) -> [String] {
        Array(wrap(preview.headline, width: width).prefix(2))
    }

    /// Rows of the list that fit: the dialog less its border, the headline, a blank line and the status.
    static func listHeight(_ review: ImportReview, width: Int, height: Int) -> Int {
        let inside = height - 2 - 2
        let text = innerWidth(width)
        return max(1, inside - header(review.preview, width: text).count - 1 - footerLines(review, width: text).count)
    }

    /// What Enter will do, or why it will not, on up to two lines.
    static func footerLines(_ review: ImportReview, width: Int) -> [String] {
        Array(wrap(status(review).0, width: width).prefix(2))
    }

    /// Each row as the lead reads it, wrapped under its own text, in its colour; then the columns left out.
    static func lines(_ preview: ImportPreview, width: Int) -> [(String, Role)] {
        let lineWidth = String(preview.rows.map(\.line).max() ?? 1).count
        var out: [(String, Role)] = []
        for row in preview.rows {
            let at = "line " + String(repeating: " ", count: max(0, lineWidth - String(row.line).count)) + "\(row.line)"
            let label = row.kind == .refused ? "REFUSED" : row.kind.rawValue
            let prefix = "\(at)  \(label.padding(toLength: 10, withPad: " ", startingAt: 0))"
            let text = row.name.isEmpty ? row.detail : "\(row.name): \(row.detail)"
            let indent = DisplayText.width(prefix)
            let wrapped = wrap(text, width: max(10, width - indent))
            for (i, part) in wrapped.enumerated() {
                out.append(((i == 0 ? prefix : String(repeating: " ", count: indent)) + part, role(row.kind)))
            }
        }
        if !preview.notes.isEmpty { out.append(("", .dim)) }
        for note in preview.notes {
            out += wrap(note, width: width).map { ($0, Role.dim) }
        }
        return out
    }

    static func role(_ kind: ImportPreview.Row.Kind) -> Role {
        switch kind {
        case .add: .ok
        case .update: .dialog
        case .conflict: .warning
        case .unchanged: .dim
        case .refused: .error
        }
    }

    /// What Enter will do, or why it will not.
    static func status(_ review: ImportReview) -> (String, Role) {
        if let problem = review.problem { return (problem, .error) }
        let preview = review.preview
        let n = preview.accounts.count
        let refused = preview.refused.count
        let accounts = "\(n) account\(n == 1 ? "" : "s")"
        if refused > 0 && !review.skipBadRows {
            return ("\(refused) row\(refused == 1 ? "" : "s") refused: nothing is imported until the file is fixed (e reads it "
                    + "again), or s skips \(refused == 1 ? "it" : "them")", .warning)
        }
        if n == 0 { return ("Nothing to import: Enter or Esc closes", .dim) }
        let skipping = refused > 0 ? "skipping \(refused) refused row\(refused == 1 ? "" : "s") (s: don't), " : ""
        return ("Enter imports \(accounts) as one change, \(skipping)u undoes it whole", .accent)
    }

    static func hints(_ review: ImportReview) -> [(String, String)] {
        ImportKeys.table.hints { ImportKeys.shown($0, review) }
    }
}
