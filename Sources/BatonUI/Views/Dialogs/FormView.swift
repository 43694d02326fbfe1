import BatonCore

/// A form: the guidance (the evidence standard) always on screen, then each field with its label,
/// what was typed, what the date will be read as, and the reason a submit was refused.
///
/// A form taller than the screen scrolls its fields (never the guidance or the problem line):
/// the window is worked out from the focused field alone, so the focused field is always whole
/// on screen and no scroll offset has to be kept.
enum FormView {
    /// Rows a field takes at a width: its label, its input and its hint. Multi-line text gets
    /// three rows, and grows with what is written (up to twelve) so a long text is read whole.
    static func rows(of field: FormField, width: Int) -> Int {
        1 + inputRows(of: field, width: width) + (field.hint == nil ? 0 : 1)
    }

    static func inputRows(of field: FormField, width: Int) -> Int {
        guard field.kind == .multiLine else { return 1 }
        return min(12, max(3, field.input.wrappedRows(width: width) + 1))
    }

    /// Guidance lines shown at a width, at most half of what the screen leaves for the form.
    static func guidanceLines(_ form: FormState, width: Int, maxRows: Int) -> [String] {
        let lines = form.guidance.flatMap { wrap($0, width: width) }
        return Array(lines.prefix(max(1, maxRows)))
    }

    static func draw(_ form: FormState, today: CalendarDate, into grid: inout CellGrid) {
        let width = min(grid.width - 2, 84)
        let w = width - 4
        let available = grid.height - 4   // below the title bar and above the hint bar, inside the frame
        let guidance = guidanceLines(form, width: w, maxRows: available / 2)
        let fieldRows = form.fields.reduce(0) { $0 + rows(of: $1, width: w) }
        let needed = guidance.count + (guidance.isEmpty ? 0 : 1) + fieldRows + 2
        let inner = DialogFrame.draw(title: form.title, width: width, height: min(needed, available) + 2, into: &grid)
        var y = inner.y
        let x = inner.x + 1
        for piece in guidance where y < inner.maxY {
            grid.put(piece, x: x, y: y, maxWidth: w, style: CellStyle(.accent))
            y += 1
        }
        if !guidance.isEmpty { y += 1 }

        // The fields' window: from the first field, or scrolled so the focused one ends on screen.
        let area = Rect(x: x, y: y, width: w, height: max(0, inner.maxY - 1 - y))
        let tops = form.fields.indices.map { i in form.fields[..<i].reduce(0) { $0 + rows(of: $1, width: w) } }
        var offset = 0
        if fieldRows > area.height, form.fields.indices.contains(form.focus) {
            let focusedEnd = tops[form.focus] + rows(of: form.fields[form.focus], width: w)
            offset = max(0, min(tops[form.focus], focusedEnd - area.height))
        }
        for (i, field) in form.fields.enumerated() {
            let top = area.y + tops[i] - offset
            drawField(field, focused: i == form.focus, completion: i == form.focus ? form.completion(for: i) : nil,
                      today: today, tDay: form.tDay, top: top, x: x, width: w, visible: area.y..<area.maxY, into: &grid)
        }
        // The markers sit on rows no field uses: the line above the fields and the frame's bottom edge.
        if offset > 0 { grid.putRight(" ↑ more ", rightEdge: x + w, y: area.y - 1, maxWidth: 8, style: CellStyle(.dim)) }
        if fieldRows - offset > area.height {
            grid.putRight(" ↓ more ", rightEdge: x + w, y: inner.maxY, maxWidth: 8, style: CellStyle(.dim))
        }
        if let problem = form.problem {
            grid.put(problem, x: x, y: inner.maxY - 1, maxWidth: w,
                     style: CellStyle(form.confirmingDiscard ? .warning : .error, bold: true))
        }
    }

    /// One field, clipped to the visible rows of the form.
    private static func drawField(_ field: FormField, focused: Bool, completion: String?, today: CalendarDate, tDay: CalendarDate?,
                                  top: Int, x: Int, width w: Int, visible: Range<Int>, into grid: inout CellGrid) {
        var y = top
        if visible.contains(y) {
            let label = field.label + (field.required ? "" : " (optional)")
            grid.put(label, x: x, y: y, maxWidth: w, style: CellStyle(focused ? .focusedPaneTitle : .header, bold: focused))
            if field.kind == .date, !field.value.isEmpty {
                let preview = field.date(today: today, tDay: tDay).map { "→ \(TitleBar.weekdayName($0)) \($0.iso)" } ?? "→ not a date yet"
                grid.putRight(preview, rightEdge: x + w, y: y, maxWidth: w / 2,
                              style: CellStyle(field.date(today: today, tDay: tDay) == nil ? .warning : .dim))
            }
        }
        y += 1
        let inputRows = inputRows(of: field, width: w)
        let first = max(y, visible.lowerBound)
        let last = min(y + inputRows, visible.upperBound)
        if first < last {
            let rect = Rect(x: x, y: first, width: w, height: last - first)
            grid.fill(rect, style: CellStyle(.input))
            if !field.choices.isEmpty {
                drawChoices(field, focused: focused, at: rect, into: &grid)
            } else if first == y || field.kind == .multiLine {
                field.input.draw(into: &grid, rect: rect, focused: focused)
                if let completion {
                    // The rest of the offered name, dim after the cursor: Tab takes it.
                    let typed = DisplayText.width(field.input.text)
                    let rest = String(completion.dropFirst(field.input.text.count))
                    if typed + 1 < w { grid.put(rest, x: x + typed + 1, y: y, maxWidth: w - typed - 1, style: CellStyle(.dim)) }
                }
            }
        }
        y += inputRows
        if let hint = field.hint, visible.contains(y) {
            grid.put(hint, x: x, y: y, maxWidth: w, style: CellStyle(.dim))
        }
    }

    /// A picker: every value in a row, the chosen one marked, its letter in brackets.
    private static func drawChoices(_ field: FormField, focused: Bool, at rect: Rect, into grid: inout CellGrid) {
        var cx = rect.x
        let chosen = field.input.text
        for choice in field.choices {
            let selected = choice.value == chosen
            let label = selected ? "‹\(choice.title)›" : " \(choice.title) "
            let used = grid.put(label, x: cx, y: rect.y, maxWidth: max(0, rect.maxX - cx),
                                style: CellStyle(.input, bold: selected, reverse: selected && focused))
            cx += used + 1
            if cx >= rect.maxX { break }
        }
        if chosen.isEmpty { grid.putRight("(none)", rightEdge: rect.maxX, y: rect.y, maxWidth: 8, style: CellStyle(.dim)) }
    }
}
