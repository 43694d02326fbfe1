import BatonCore

/// The selected account's timeline relative to T-day with a today marker, or the portfolio agenda.
enum TimelinePane {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        if state.showAgenda {
            AgendaView.draw(state, into: &grid, rect: rect, focused: focused)
            return
        }
        guard let account = state.selectedAccount else {
            grid.box(rect, title: "[4] Timeline", focused: focused)
            return
        }
        let items = account.timeline
        let offset = account.tDay.days(until: state.today)
        let todayLabel = TransferDay.label(daysFromTDay: offset)
        grid.box(rect, title: "[4] Timeline · today \(todayLabel)", focused: focused)
        let inner = rect.inset
        guard inner.width > 10, inner.height > 0 else { return }
        if items.isEmpty {
            grid.put("No timeline yet.", x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        let overdueCount = items.filter { if case .overdue = $0.status(today: state.today) { true } else { false } }.count
        let doneCount = items.filter { $0.doneOn != nil }.count
        grid.footer("\(doneCount)/\(items.count) done\(overdueCount > 0 ? " · \(overdueCount) overdue" : "")", on: rect, focused: focused)

        // The rows: every item, with the today marker slotted in before the first item due after today.
        enum Row { case item(Int), today }
        var rows: [Row] = []
        var placedToday = false
        for (i, item) in items.enumerated() {
            if !placedToday && item.due > state.today {
                rows.append(.today)
                placedToday = true
            }
            rows.append(.item(i))
        }
        if !placedToday { rows.append(.today) }
        // Focused, the window follows the cursor; otherwise it stays around today.
        let todayRow = rows.firstIndex { if case .today = $0 { true } else { false } } ?? 0
        let cursorRow = focused
            ? rows.firstIndex { if case .item(let i) = $0 { i == state.timelineCursor } else { false } } ?? todayRow
            : todayRow
        let top = centeredScroll(cursor: cursorRow, count: rows.count, visible: inner.height)
        let wide = inner.width >= 60
        for line in 0..<min(inner.height, rows.count - top) {
            let y = inner.y + line
            switch rows[top + line] {
            case .today:
                let label = "▶ today \(todayLabel) · T-day \(account.tDay.iso) "
                let w = grid.put(label, x: inner.x, y: y, style: CellStyle(.today, bold: true))
                grid.put(String(repeating: "─", count: max(0, inner.width - w)), x: inner.x + w, y: y, style: CellStyle(.today))
            case .item(let i):
                let item = items[i]
                let status = item.status(today: state.today)
                let (glyph, role): (String, Role) = switch status {
                case .done: ("✓", .done)
                case .due: ("○", .due)
                case .overdue: ("!", .overdue)
                }
                var x = inner.x
                x += grid.put(TransferDay.label(daysFromTDay: item.offsetDays), x: x, y: y, maxWidth: 5, style: CellStyle(.dim))
                x = inner.x + 6
                x += grid.put(shortDate(item.due, wide: wide), x: x, y: y, style: CellStyle(.dim)) + 1
                x += grid.put(glyph, x: x, y: y, style: CellStyle(role, bold: true)) + 1
                // Wide enough, the lead's own hand shows: regeneration keeps these dates.
                let mark = !wide ? "" : item.templateKey == nil ? " · added" : item.moved ? " · moved" : ""
                let markWidth = DisplayText.width(mark)
                x += grid.put(item.title, x: x, y: y, maxWidth: inner.maxX - x - markWidth,
                              style: CellStyle(role == .done ? .dim : role == .overdue ? .overdue : .normal))
                grid.put(mark, x: x, y: y, maxWidth: inner.maxX - x, style: CellStyle(.dim))
                if focused && i == state.timelineCursor { grid.highlightRow(inner, y: y, focused: true) }
            }
        }
    }
}

/// Every account's open timeline items for the coming weeks, grouped by day; Enter jumps to the account.
enum AgendaView {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        grid.box(rect, title: "[4] Portfolio agenda · next \(AgendaEntry.horizonDays) days", focused: focused)
        let inner = rect.inset
        guard inner.width > 10, inner.height > 0 else { return }
        let entries = state.agenda
        if entries.isEmpty {
            grid.put("Nothing due in the next \(AgendaEntry.horizonDays) days.", x: inner.x, y: inner.y,
                     maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        grid.footer("\(min(state.agendaCursor + 1, entries.count)) of \(entries.count)", on: rect, focused: focused)
        // Day headings between groups; overdue items share one heading.
        enum Row { case heading(String, Role), entry(Int) }
        var rows: [Row] = []
        var lastHeading = ""
        for (i, e) in entries.enumerated() {
            let heading: String
            let role: Role
            if e.due < state.today {
                heading = "Overdue"
                role = .overdue
            } else if e.due == state.today {
                heading = "Today · \(TitleBar.weekdayName(e.due)) \(e.due.iso)"
                role = .today
            } else {
                heading = "\(TitleBar.weekdayName(e.due)) \(e.due.iso)"
                role = .header
            }
            if heading != lastHeading {
                rows.append(.heading(heading, role))
                lastHeading = heading
            }
            rows.append(.entry(i))
        }
        let cursorRow = rows.firstIndex { if case .entry(let i) = $0 { i == state.agendaCursor } else { false } } ?? 0
        let top = centeredScroll(cursor: cursorRow, count: rows.count, visible: inner.height)
        for line in 0..<min(inner.height, rows.count - top) {
            let y = inner.y + line
            switch rows[top + line] {
            case .heading(let text, let role):
                grid.put(text, x: inner.x, y: y, maxWidth: inner.width, style: CellStyle(role, bold: true))
            case .entry(let i):
                let e = entries[i]
                let nameWidth = min(max(10, inner.width * 2 / 5), 28)
                grid.put(e.accountName, x: inner.x + 2, y: y, maxWidth: nameWidth)
                let itemRole: Role = if case .overdue = e.status { .overdue } else { .normal }
                grid.put(e.item.title, x: inner.x + 3 + nameWidth, y: y, maxWidth: inner.maxX - inner.x - 3 - nameWidth,
                         style: CellStyle(itemRole == .overdue ? .overdue : .dim))
                if focused && i == state.agendaCursor { grid.highlightRow(inner, y: y, focused: true) }
            }
        }
    }
}
