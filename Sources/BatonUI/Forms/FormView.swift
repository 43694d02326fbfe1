import BatonCore

/// A form: the guidance (the evidence standard) always on screen, then each field with its label,
/// what was typed, what the date will be read as, and the reason a submit was refused.
///
/// A form taller than the screen scrolls its fields (never the guidance or the problem line):
/// the window is worked out from the focused field alone, so the focused field is always whole
/// on screen and no scroll offset has to be kept.
enum FormView {
    /// Rows a field takes at a width: its label and its input. Multi-line text gets three rows,
    /// and grows with what is written (up to twelve) so a long text is read whole. The focused
    /// field's help is said on the form's last line, so the form does not move as Tab moves.
    static func rows(of field: FormField, width: Int) -> Int {
        1 + inputRows(of: field, width: width)
    }

    static func inputRows(of field: FormField, width: Int) -> Int {
        if !field.checklist.isEmpty { return checklistLayout(field, width: width).rows }
        guard field.kind == .multiLine else { return 1 }
        return min(12, max(3, field.input.wrappedRows(width: width) + 1))
    }

    /// Guidance lines shown at a width, at most `maxRows` (the short guidance when the whole does
    /// not fit); cut short, the last says how much is not shown rather than end mid-list as if it were all.
    static func guidanceLines(_ form: FormState, width: Int, maxRows: Int) -> [String] {
        let rows = max(1, maxRows)
        var lines = form.guidance.flatMap { wrap($0, width: width) }
        if lines.count > rows, let short = form.shortGuidance { lines = short.flatMap { wrap($0, width: width) } }
        guard lines.count > rows else { return lines }
        let hidden = lines.count - rows + 1
        return Array(lines.prefix(rows - 1)) + ["… \(hidden) more line\(hidden == 1 ? "" : "s") not shown: a taller terminal shows them."]
    }

    static func draw(_ form: FormState, state: AppState, into grid: inout CellGrid) {
        let account = state.portfolio.account(id: form.accountID)
        let today = state.today
        let width = min(grid.width - 2, 84)
        let w = width - 4
        let available = grid.height - 4   // below the title bar and above the hint bar, inside the frame
        let fieldRows = form.fields.reduce(0) { $0 + rows(of: $1, width: w) }
        // Half the screen, or all the few fields leave (a gate's list of what is missing).
        let guidance = guidanceLines(form, width: w, maxRows: max(available / 2, available - fieldRows - 3))
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
            let shown = field.definition.shownBack(field.input.text, account: account, today: today, newPeople: form.newPeople)
            drawField(field, focused: i == form.focus, cursor: form.checklistCursor, completion: i == form.focus ? form.completion(for: i) : nil,
                      shownBack: shown, top: top, x: x, width: w, visible: area.y..<area.maxY, into: &grid)
        }
        // The markers sit on rows no field uses: the line above the fields and the frame's bottom edge.
        if offset > 0 { grid.putRight(" ↑ more ", rightEdge: x + w, y: area.y - 1, maxWidth: 8, style: CellStyle(.dim)) }
        if fieldRows - offset > area.height {
            grid.putRight(" ↓ more ", rightEdge: x + w, y: inner.maxY, maxWidth: 8, style: CellStyle(.dim))
        }
        if form.problem == nil, form.fields.indices.contains(form.focus), let hint = form.fields[form.focus].hint {
            grid.put(hint, x: x, y: inner.maxY - 1, maxWidth: w, style: CellStyle(.dim))
        }
        if let problem = form.problem {
            // Wrapped, never cut at the frame: a refusal is read whole. Long ones rise over the fields.
            let lines = wrap(problem, width: w)
            let style = CellStyle(form.confirmingDiscard || form.askingNewPerson != nil ? .warning : .error, bold: true)
            let top = max(inner.y, inner.maxY - lines.count)
            if lines.count > 1 { grid.fill(Rect(x: x, y: top, width: w, height: inner.maxY - top), style: CellStyle(.dialog)) }
            for (n, line) in lines.suffix(inner.maxY - top).enumerated() {
                grid.put(line, x: x, y: top + n, maxWidth: w, style: style)
            }
        }
    }

    /// One field, clipped to the visible rows of the form.
    private static func drawField(_ field: FormField, focused: Bool, cursor: Int, completion: String?, shownBack: Result<String, InputRefusal>?,
                                  top: Int, x: Int, width w: Int, visible: Range<Int>, into grid: inout CellGrid) {
        var y = top
        if visible.contains(y) {
            let label = field.label + (field.required ? "" : " (optional)")
            let used = grid.put(label, x: x, y: y, maxWidth: w, style: CellStyle(focused ? .focusedPaneTitle : .header, bold: focused))
            // What the typed text will be saved as, said back before saving: a date with its
            // weekday, a number grouped, a person as the account spells them — or why not.
            if let shown = preview(field, shownBack) {
                grid.putRight(shown.text, rightEdge: x + w, y: y, maxWidth: max(0, w - used - 2), style: CellStyle(shown.role))
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
            } else if !field.checklist.isEmpty {
                drawChecklist(field, focused: focused, cursor: cursor, top: y, at: rect, into: &grid)
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
    }

    /// The line said back beside a field's label: only for what typing can get wrong (dates,
    /// numbers, people); text and choices show themselves.
    static func preview(_ field: FormField, _ shown: Result<String, InputRefusal>?) -> (text: String, role: Role)? {
        switch field.kind {
        case .date, .number, .person: break
        default: return nil
        }
        switch shown {
        case nil: return nil
        // What is kept exactly as typed ("36", "Tom Reeves") needs no echo; "126000" reads
        // back as 126,000, "tom" as Tom Reeves, "fri" as the day it means.
        case .success(let text) where text == field.value: return nil
        case .success(let text): return ("→ \(text)", .dim)
        case .failure(let refusal) where refusal.unknownPerson != nil: return ("→ new to this account: asked on save", .warning)
        case .failure(let refusal): return ("✗ \(refusal.reason)", .warning)
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

    /// Where each value of a checklist goes: "[x] Support tickets" in rows, wrapped at the width.
    static func checklistLayout(_ field: FormField, width: Int) -> (places: [(x: Int, row: Int)], rows: Int) {
        var places: [(x: Int, row: Int)] = []
        var x = 0, row = 0
        for choice in field.checklist {
            let w = DisplayText.width(choice.title) + 4
            if x > 0, x + w > width { x = 0; row += 1 }
            places.append((x, row))
            x += w + 2
        }
        return (places, row + 1)
    }

    /// A checklist: every value with its box, the ticked ones marked, the one under the cursor lit.
    private static func drawChecklist(_ field: FormField, focused: Bool, cursor: Int, top: Int, at rect: Rect,
                                      into grid: inout CellGrid) {
        let ticked = field.ticked
        let layout = checklistLayout(field, width: rect.width)
        for (i, choice) in field.checklist.enumerated() {
            let y = top + layout.places[i].row
            guard y >= rect.y, y < rect.maxY else { continue }
            let on = ticked.contains(choice.value)
            grid.put("[\(on ? "x" : " ")] \(choice.title)", x: rect.x + layout.places[i].x, y: y,
                     maxWidth: max(0, rect.maxX - rect.x - layout.places[i].x),
                     style: CellStyle(.input, bold: on, reverse: focused && i == cursor))
        }
    }
}
