import BatonCore

/// A form: the guidance (the evidence standard) always on screen, then each field with its label,
/// what was typed, what the date will be read as, and the reason a submit was refused.
enum FormView {
    static func height(of form: FormState, width: Int) -> Int {
        let guidance = form.guidance.reduce(0) { $0 + wrap($1, width: width - 4).count }
        let fields = form.fields.reduce(0) { $0 + ($1.kind == .multiLine ? 4 : 2) + ($1.hint == nil ? 0 : 1) }
        return 2 + guidance + (guidance > 0 ? 1 : 0) + fields + 2
    }

    static func draw(_ form: FormState, today: CalendarDate, into grid: inout CellGrid) {
        let width = min(grid.width - 2, 84)
        let inner = DialogFrame.draw(title: form.title, width: width, height: height(of: form, width: width), into: &grid)
        var y = inner.y
        let x = inner.x + 1
        let w = inner.width - 2
        for line in form.guidance {
            for piece in wrap(line, width: w) where y < inner.maxY {
                grid.put(piece, x: x, y: y, maxWidth: w, style: CellStyle(.accent))
                y += 1
            }
        }
        if !form.guidance.isEmpty { y += 1 }
        for (i, field) in form.fields.enumerated() where y < inner.maxY - 1 {
            let focused = i == form.focus
            let label = field.label + (field.required ? "" : " (optional)")
            grid.put(label, x: x, y: y, maxWidth: w, style: CellStyle(focused ? .focusedPaneTitle : .header, bold: focused))
            if field.kind == .date, !field.value.isEmpty {
                let preview = field.date(today: today).map { "→ \(TitleBar.weekdayName($0)) \($0.iso)" } ?? "→ not a date yet"
                grid.putRight(preview, rightEdge: x + w, y: y, maxWidth: w / 2,
                              style: CellStyle(field.date(today: today) == nil ? .warning : .dim))
            }
            y += 1
            let rows = field.kind == .multiLine ? 3 : 1
            let rect = Rect(x: x, y: y, width: w, height: min(rows, inner.maxY - 1 - y))
            grid.fill(rect, style: CellStyle(.input))
            field.input.draw(into: &grid, rect: rect, focused: focused)
            y += rows
            if let hint = field.hint, y < inner.maxY - 1 {
                grid.put(hint, x: x, y: y, maxWidth: w, style: CellStyle(.dim))
                y += 1
            }
        }
        if let problem = form.problem {
            grid.put(problem, x: x, y: inner.maxY - 1, maxWidth: w, style: CellStyle(.error, bold: true))
        }
    }
}
