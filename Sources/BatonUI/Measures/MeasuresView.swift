import BatonCore

/// The measures view: the portfolio's transition measures now with their targets and a
/// twelve-month trend, a month-by-month chart of one figure, the transition audit, and the
/// figures per account manager or lead. Every number has its definition one line away.
enum MeasuresView {
    static func draw(_ b: MeasuresBrowser, state: AppState, into grid: inout CellGrid) {
        let body = DialogFrame.body(of: grid)
        grid.fill(body, style: CellStyle(.dialog))
        grid.box(body, title: "Transition measures · \(b.accountCount) account\(b.accountCount == 1 ? "" : "s") · as of \(b.asOf.iso)",
                 focused: true)
        let inner = body.inset
        let x = inner.x + 1, w = inner.width - 2
        var cx = x
        for tab in MeasuresBrowser.Tab.allCases {
            let label = " \(tab.rawValue + 1) \(tab.title) "
            cx += grid.put(label, x: cx, y: inner.y, maxWidth: max(0, x + w - cx),
                           style: CellStyle(tab == b.tab ? .focusedPaneTitle : .dim, bold: tab == b.tab, reverse: tab == b.tab)) + 1
        }
        let area = Rect(x: x, y: inner.y + 2, width: w, height: max(0, inner.maxY - inner.y - 2))
        if b.drilling {
            drawAccounts(b, into: &grid, area: area)
            return
        }
        switch b.tab {
        case .now: drawNow(b, into: &grid, area: area)
        case .months: drawMonths(b, into: &grid, area: area)
        case .audit: drawAudit(b, into: &grid, area: area)
        case .people: drawPeople(b, into: &grid, area: area)
        case .load: TeamLoadView.draw(b, into: &grid, area: area)
        }
    }

    /// The figure as a person reads it: "4.6/5", "94 %", "38 d", "—" when nothing was measured.
    static func format(_ figure: PortfolioMeasures.Figure) -> String {
        guard let v = figure.value else { return "—" }
        switch figure.kind {
        case .readinessScore: return String(format: "%.1f/6", v)
        case .satisfaction: return String(format: "%.1f/5", v)
        case .daysToActivation: return "\(Int(v.rounded())) d"
        case .scheduleDriven: return "\(Int(v))"
        case .knowledgeTransfer, .healthMaintained, .jointMeetingSignals, .reviewsOnTime, .issuesDispositioned:
            return "\(Int((v * 100).rounded())) %"
        }
    }

    static func formatTarget(_ figure: PortfolioMeasures.Figure) -> String {
        guard let t = figure.target else { return "" }
        switch figure.kind {
        case .readinessScore: return "6/6"
        case .satisfaction: return "≥ 4.5"
        case .scheduleDriven: return "none"
        case .knowledgeTransfer: return "≥ 95 %"
        default: return t.value == 1 ? "all" : "\(Int(t.value * 100)) %"
        }
    }

    /// The mark beside a figure: ✓ on target, ✗ off it (and why that matters in colour too).
    static func mark(_ figure: PortfolioMeasures.Figure) -> (String, Role) {
        switch figure.meetsTarget {
        case true?: ("✓", .met)
        case false?: ("✗", .notMet)
        case nil: (" ", .dim)
        }
    }

    private static func drawNow(_ b: MeasuresBrowser, into grid: inout CellGrid, area: Rect) {
        let x = area.x, w = area.width
        let nameW = 27, valueW = 8, targetW = 8
        let trendX = x + nameW + valueW + targetW + 12
        grid.put("Measure", x: x, y: area.y, style: CellStyle(.header, bold: true))
        grid.putRight("Value", rightEdge: x + nameW + valueW, y: area.y, maxWidth: valueW, style: CellStyle(.header, bold: true))
        grid.put("Target", x: x + nameW + valueW + 2, y: area.y, style: CellStyle(.header, bold: true))
        grid.put("Over", x: x + nameW + valueW + targetW + 5, y: area.y, style: CellStyle(.header, bold: true))
        if trendX + 12 <= x + w {
            grid.put("12 months", x: trendX, y: area.y, style: CellStyle(.header, bold: true))
        }
        for (i, figure) in b.now.figures.enumerated() {
            let y = area.y + 1 + i
            guard y < area.maxY else { break }
            let selected = i == b.cursor
            grid.put(figure.title, x: x, y: y, maxWidth: nameW - 1, style: CellStyle(.dialog, bold: selected))
            grid.putRight(format(figure), rightEdge: x + nameW + valueW, y: y, maxWidth: valueW, style: CellStyle(.dialog, bold: true))
            let (m, role) = mark(figure)
            grid.put(m, x: x + nameW + valueW + 1, y: y, style: CellStyle(role, bold: true))
            grid.put(formatTarget(figure), x: x + nameW + valueW + 3, y: y, maxWidth: targetW, style: CellStyle(.dim))
            grid.put("\(figure.count)", x: x + nameW + valueW + targetW + 5, y: y, maxWidth: 5, style: CellStyle(.dim))
            if trendX + 12 <= x + w {
                let values = b.monthly.map { $0.figure(figure.kind).value }
                let (low, high) = scale(figure.kind, values: values)
                grid.put(Charts.sparkline(values, low: low, high: high), x: trendX, y: y, style: CellStyle(.accent))
            }
            if selected { grid.highlightRow(Rect(x: x, y: y, width: w, height: 1), y: y, focused: true) }
        }
        guard b.now.figures.indices.contains(b.cursor) else { return }
        let figure = b.now.figures[b.cursor]
        var y = area.y + 2 + b.now.figures.count
        for line in wrap(figure.definition, width: w) where y < area.maxY - 1 {
            grid.put(line, x: x, y: y, maxWidth: w, style: CellStyle(.accent))
            y += 1
        }
        if y < area.maxY {
            let n = figure.accountIDs.count
            grid.put(n == 0 ? "No account is behind this figure yet." : "Enter: the \(n) account\(n == 1 ? "" : "s") behind it",
                     x: x, y: y, maxWidth: w, style: CellStyle(.dim))
        }
    }

    /// The range a figure's chart is drawn against: its natural scale, not the data's.
    static func scale(_ kind: PortfolioMeasures.Figure.Kind, values: [Double?]) -> (Double, Double) {
        switch kind {
        case .readinessScore: (0, 6)
        case .satisfaction: (1, 5)
        case .daysToActivation, .scheduleDriven: (0, max(1, values.compactMap { $0 }.max() ?? 1))
        default: (0, 1)
        }
    }

    private static func drawMonths(_ b: MeasuresBrowser, into grid: inout CellGrid, area: Rect) {
        guard b.now.figures.indices.contains(b.cursor) else { return }
        let x = area.x, w = area.width
        let kind = b.now.figures[b.cursor].kind
        grid.put("◂ \(b.now.figures[b.cursor].title) ▸", x: x, y: area.y, maxWidth: w, style: CellStyle(.header, bold: true))
        grid.putRight("j/k: another measure", rightEdge: x + w, y: area.y, maxWidth: 24, style: CellStyle(.dim))
        let values = b.monthly.map { $0.figure(kind).value }
        let (low, high) = scale(kind, values: values)
        let barW = max(4, min(40, w - 30))
        for (i, month) in b.months.enumerated() {
            let y = area.y + 2 + i
            guard y < area.maxY - 2 else { break }
            let figure = b.monthly[i].figure(kind)
            grid.put(monthName(month), x: x, y: y, style: CellStyle(.dialog))
            let fraction = figure.value.map { ($0 - low) / max(high - low, 1e-9) } ?? 0
            grid.put(Charts.bar(fraction, width: barW), x: x + 10, y: y, style: CellStyle(mark(figure).1 == .notMet ? .notMet : .accent))
            let count = figure.count == 0 ? "" : "  (\(figure.count) account\(figure.count == 1 ? "" : "s"))"
            grid.put(format(figure) + count, x: x + 11 + barW, y: y, maxWidth: max(0, w - 11 - barW), style: CellStyle(.dialog))
        }
        let y = min(area.maxY - 1, area.y + 3 + b.months.count)
        grid.put("Accounts by the month of their T-day, each month judged as of its last day.", x: x, y: y, maxWidth: w,
                 style: CellStyle(.dim))
    }

    static func monthName(_ first: CalendarDate) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[first.month - 1]) \(first.year)"
    }

    private static func drawAudit(_ b: MeasuresBrowser, into grid: inout CellGrid, area: Rect) {
        let x = area.x, w = area.width
        guard !b.audits.isEmpty else {
            grid.put("No account has been transferred yet: the audit judges accounts from continuity on.", x: x, y: area.y,
                     maxWidth: w, style: CellStyle(.dim))
            return
        }
        let nameW = min(30, w - 24)
        grid.put("Account", x: x, y: area.y, style: CellStyle(.header, bold: true))
        grid.put("a b c d e f  score", x: x + nameW + 1, y: area.y, style: CellStyle(.header, bold: true))
        // Room for the list, then the legend and the reasons of the account under the cursor.
        let listRows = max(1, min(b.audits.count, area.height - 10))
        let top = centeredScroll(cursor: b.cursor, count: b.audits.count, visible: listRows)
        for (n, audit) in b.audits.dropFirst(top).prefix(listRows).enumerated() {
            let i = top + n
            let y = area.y + 1 + n
            grid.put(b.names[audit.accountID] ?? audit.accountID, x: x, y: y, maxWidth: nameW, style: CellStyle(.dialog, bold: i == b.cursor))
            var cx = x + nameW + 1
            for result in audit.results {
                let (m, role): (String, Role) = result.passed == true ? ("✓", .met) : result.passed == false ? ("✗", .notMet) : ("·", .dim)
                grid.put(m, x: cx, y: y, style: CellStyle(role, bold: true))
                cx += 2
            }
            grid.put(" \(audit.score.passed)/\(audit.score.judged)", x: cx, y: y, style: CellStyle(.dialog))
            if i == b.cursor { grid.highlightRow(Rect(x: x, y: y, width: w, height: 1), y: y, focused: true) }
        }
        var y = area.y + 2 + listRows
        let audit = b.audits[min(b.cursor, b.audits.count - 1)]
        if let o = audit.override {
            // First, so a short screen still shows it: the transfer went through on this reason.
            let covered = (o.missing ?? [.readinessCleared, .completionReport, .customerSignOff]).map(\.title).joined(separator: ", ")
            let text = "⚑ Transferred on an override by \(o.by) on \(o.on.iso): \(o.reason) (covered: \(covered))"
            for (n, line) in wrap(text, width: w - 4).prefix(3).enumerated() where y < area.maxY - 3 {
                grid.put(n == 0 ? line : "    " + line, x: x, y: y, maxWidth: w, style: CellStyle(.flag))
                y += 1
            }
        }
        for result in audit.results {
            let (m, role): (String, Role) = result.passed == true ? ("✓", .met) : result.passed == false ? ("✗", .notMet) : ("·", .dim)
            let lines = wrap("\(result.criterion.letter) \(m) \(result.criterion.title): \(result.reason)", width: w - 4)
            for (n, line) in lines.enumerated() where y < area.maxY - 3 {
                grid.put(n == 0 ? line : "    " + line, x: x, y: y, maxWidth: w, style: CellStyle(role == .notMet ? .notMet : .dialog))
                y += 1
            }
        }
        if y < area.maxY - 2 {
            // The pattern across the portfolio: which criterion fails most, the first thing to install.
            let failures = TransitionAudit.Criterion.allCases.map { c in
                (c, b.audits.filter { $0.results.first { $0.criterion == c }?.passed == false }.count)
            }
            let worst = failures.max { $0.1 < $1.1 }
            let text = (worst?.1 ?? 0) == 0 ? "Every audited transition passed every criterion judged so far."
                : "Most failed: (\(worst!.0.letter)) \(worst!.0.title) — \(worst!.1) of \(b.audits.count) transitions: install that first."
            for (n, line) in wrap(text, width: w).prefix(2).enumerated() {
                grid.put(line, x: x, y: area.maxY - 2 + n, maxWidth: w, style: CellStyle(.accent, bold: true))
            }
        }
    }

    private static func drawPeople(_ b: MeasuresBrowser, into grid: inout CellGrid, area: Rect) {
        let x = area.x, w = area.width
        let who = b.grouping == .accountManager ? "Account manager" : "Onboarding lead"
        let nameW = min(24, w - 46)
        let columns: [(String, PortfolioMeasures.Figure.Kind)] = [("Ready", .readinessScore), ("KT", .knowledgeTransfer),
                                                                  ("Sat", .satisfaction), ("Review", .reviewsOnTime), ("Health", .healthMaintained)]
        grid.put(who, x: x, y: area.y, maxWidth: nameW, style: CellStyle(.header, bold: true))
        grid.put("Accts", x: x + nameW + 1, y: area.y, style: CellStyle(.header, bold: true))
        for (j, column) in columns.enumerated() {
            grid.putRight(column.0, rightEdge: x + nameW + 8 + 8 * (j + 1), y: area.y, maxWidth: 8, style: CellStyle(.header, bold: true))
        }
        let rows = max(1, area.height - 3)
        let top = centeredScroll(cursor: b.cursor, count: b.groups.count, visible: rows)
        for (n, group) in b.groups.dropFirst(top).prefix(rows).enumerated() {
            let i = top + n
            let y = area.y + 1 + n
            grid.put(group.name.isEmpty ? "(nobody named)" : group.name, x: x, y: y, maxWidth: nameW, style: CellStyle(.dialog, bold: i == b.cursor))
            grid.put("\(group.measures.figure(.readinessScore).count)", x: x + nameW + 1, y: y, style: CellStyle(.dialog))
            for (j, column) in columns.enumerated() {
                let figure = group.measures.figure(column.1)
                grid.putRight(format(figure), rightEdge: x + nameW + 8 + 8 * (j + 1), y: y, maxWidth: 8,
                              style: CellStyle(mark(figure).1 == .notMet ? .notMet : .dialog))
            }
            if i == b.cursor { grid.highlightRow(Rect(x: x, y: y, width: w, height: 1), y: y, focused: true) }
        }
        grid.put("p: per \(b.grouping == .accountManager ? "onboarding lead" : "account manager") · Enter: their accounts",
                 x: x, y: area.maxY - 1, maxWidth: w, style: CellStyle(.dim))
    }

    private static func drawAccounts(_ b: MeasuresBrowser, into grid: inout CellGrid, area: Rect) {
        let ids = b.accountsBehindCursor
        let x = area.x, w = area.width
        grid.put("The accounts behind it — Enter goes to the account, Esc back", x: x, y: area.y, maxWidth: w,
                 style: CellStyle(.header, bold: true))
        let rows = max(1, area.height - 2)
        let top = centeredScroll(cursor: b.drillCursor, count: ids.count, visible: rows)
        for (n, id) in ids.dropFirst(top).prefix(rows).enumerated() {
            let i = top + n
            let y = area.y + 2 + n
            grid.put(b.names[id] ?? id, x: x, y: y, maxWidth: w, style: CellStyle(.dialog, bold: i == b.drillCursor))
            if i == b.drillCursor { grid.highlightRow(Rect(x: x, y: y, width: w, height: 1), y: y, focused: true) }
        }
    }
}
