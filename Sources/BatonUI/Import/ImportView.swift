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
        let window = shown(preview, from: review.scroll, lines: visible, width: width)
        for (text, role) in window.lines {
            grid.put(text, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: CellStyle(role))
            y += 1
        }
        let below = entryCount(preview) - review.scroll - window.whole
        if below > 0 {
            // On the bottom border, so no row of the list is covered.
            let more = " ↓ \(below) more "
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

    /// The list scrolls by entries — each row of the file (and each of its conflicts), then the
    /// notes — and only the entries on screen are wrapped: the dry run of 50,000 rows answered a
    /// key in seconds when every row was wrapped for every frame.
    static func entryCount(_ preview: ImportPreview) -> Int {
        preview.rows.count + (preview.notes.isEmpty ? 0 : 1 + preview.notes.count)
    }

    /// Entry `i` as the lead reads it, wrapped under its own text, in its colour.
    static func entry(_ preview: ImportPreview, _ i: Int, width: Int) -> [(String, Role)] {
        guard i < preview.rows.count else {
            let note = i - preview.rows.count
            return note == 0 ? [("", .dim)] : wrap(preview.notes[note - 1], width: width).map { ($0, Role.dim) }
        }
        let row = preview.rows[i]
        // Rows come in the file's order: the last has the widest line number.
        let lineWidth = String(preview.rows.last?.line ?? 1).count
        let at = "line " + String(repeating: " ", count: max(0, lineWidth - String(row.line).count)) + "\(row.line)"
        let label = row.kind == .refused ? "REFUSED" : row.kind.rawValue
        let prefix = "\(at)  \(label.padding(toLength: 10, withPad: " ", startingAt: 0))"
        let text = row.name.isEmpty ? row.detail : "\(row.name): \(row.detail)"
        let indent = DisplayText.width(prefix)
        return wrap(text, width: max(10, width - indent)).enumerated().map { i, part in
            ((i == 0 ? prefix : String(repeating: " ", count: indent)) + part, role(row.kind))
        }
    }

    /// The lines of `lines` rows of the list from entry `first`, and how many entries they show whole.
    static func shown(_ preview: ImportPreview, from first: Int, lines: Int, width: Int) -> (lines: [(String, Role)], whole: Int) {
        var out: [(String, Role)] = []
        var whole = 0
        var i = max(0, first)
        while out.count < lines, i < entryCount(preview) {
            let entry = entry(preview, i, width: width)
            let room = lines - out.count
            out += entry.prefix(room)
            if entry.count <= room { whole += 1 }
            i += 1
        }
        return (out, whole)
    }

    /// The furthest the list scrolls: the first entry from which the rest fits on screen.
    static func lastScroll(_ preview: ImportPreview, lines: Int, width: Int) -> Int {
        var used = 0
        var i = entryCount(preview)
        while i > 0 {
            used += entry(preview, i - 1, width: width).count
            if used > lines { break }
            i -= 1
        }
        return min(i, max(0, entryCount(preview) - 1))
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
