import BatonCore

/// The risk register (by severity, with a 3×3 heat map) or, on `i`, the open issues log; on `H`
/// either one's history. With room to spare, the item under the cursor in full.
enum RiskPane {
    static let heatMapWidth = 13

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        guard let account = state.selectedAccount else {
            grid.box(rect, title: "[3] Risk register", focused: focused)
            return
        }
        if state.riskHistory {
            RiskHistoryView.draw(account, state: state, into: &grid, rect: rect, focused: focused)
            return
        }
        if state.showOpenIssues {
            drawIssues(account, state: state, into: &grid, rect: rect, focused: focused)
            return
        }
        let allActive = RiskRegisterRows.risks(account, filter: nil)
        let active = RiskRegisterRows.risks(account, filter: state.riskCellFilter)
        var title = "[3] Risk register · \(allActive.count) open"
        if let cell = state.riskCellFilter {
            // Narrow panes get the map's own letters: "cell H×M".
            title = rect.width >= 62 ? "\(title) · cell \(cell.title): \(active.count)"
                : "[3] Risks · cell \(cell.likelihood.title.prefix(1))×\(cell.impact.title.prefix(1)): \(active.count) of \(allActive.count)"
        }
        grid.box(rect, title: title, focused: focused)
        let closed = account.risks.count - allActive.count
        if closed > 0 { grid.footer("+\(closed) closed · H history", on: rect, focused: focused) }
        let inner = rect.inset
        guard inner.width > 20, inner.height > 0 else { return }

        drawHeatMap(HeatMap(risks: account.risks), highlight: state.riskCellFilter, into: &grid,
                    x: inner.x, y: inner.y, height: inner.height)
        let listX = inner.x + heatMapWidth + 1
        let list = Rect(x: listX, y: inner.y, width: inner.maxX - listX, height: inner.height)
        if active.isEmpty {
            if let cell = state.riskCellFilter {
                grid.put("No open risks in \(cell.title).", x: list.x, y: list.y, maxWidth: list.width, style: CellStyle(.dim))
                if list.height > 1 {
                    grid.put("f or Esc shows them all.", x: list.x, y: list.y + 1, maxWidth: list.width, style: CellStyle(.dim))
                }
                return
            }
            // "No significant risks" is itself suspicious: say so rather than look reassuring.
            grid.put("No open risks recorded.", x: list.x, y: list.y, maxWidth: list.width, style: CellStyle(.warning))
            if list.height > 1 {
                grid.put("Is that honest?", x: list.x, y: list.y + 1, maxWidth: list.width, style: CellStyle(.dim))
            }
            return
        }
        let wide = list.width >= 60
        let cursor = min(state.riskCursor, active.count - 1)
        // With room for the list, a gap and the details, the risk under the cursor is shown in full.
        let detailRoom = inner.height - max(active.count, 4) - 1
        let showDetail = detailRoom >= 6
        let listHeight = showDetail ? min(list.height, max(active.count, 4)) : list.height
        let top = centeredScroll(cursor: cursor, count: active.count, visible: listHeight)
        for line in 0..<min(listHeight, active.count - top) {
            let i = top + line
            let risk = active[i]
            let y = list.y + line
            let overdue = risk.isReviewOverdue(today: state.today)
            grid.put("\(risk.severity)", x: list.x, y: y, style: CellStyle(heatRole(risk.severity), bold: true))
            let review = overdue ? "!\(shortDate(risk.nextReview, wide: wide))" : shortDate(risk.nextReview, wide: wide)
            let owner = wide ? "\(risk.owner)  " : ""
            let right = owner + review
            let rightWidth = DisplayText.width(right)
            var statement = risk.statement
            if risk.status == .materialised { statement = "MATERIALISED · " + statement }
            grid.put(statement, x: list.x + 2, y: y, maxWidth: list.width - 3 - rightWidth,
                     style: CellStyle(risk.status == .materialised ? .error : .normal, bold: risk.status == .materialised))
            grid.putRight(right, rightEdge: list.maxX, y: y, maxWidth: rightWidth,
                          style: CellStyle(overdue ? .overdue : .dim, bold: overdue))
            if focused && i == cursor { grid.highlightRow(list, y: y, focused: true) }
        }
        if showDetail {
            let y = inner.y + listHeight + 1
            drawLines(riskDetail(active[cursor], today: state.today), into: &grid,
                      rect: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y))
        }
    }

    /// The risk in full: every field the register keeps, and what happened if it materialised.
    static func riskDetail(_ risk: Risk, today: CalendarDate) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = [(risk.statement, CellStyle(.header, bold: true))]
        lines.append(("Likelihood \(risk.likelihood.title) × impact \(risk.impact.title) = severity \(risk.severity)",
                      CellStyle(heatRole(risk.severity))))
        lines.append(("Mitigation: \(risk.mitigation.isEmpty ? "none recorded" : risk.mitigation)", .normal))
        lines.append(("Owner: \(risk.owner)", .normal))
        lines.append(("Escalate when: \(risk.escalationTrigger.isEmpty ? "no trigger recorded" : risk.escalationTrigger)", .normal))
        let days = today.days(until: risk.nextReview)
        let when = days < 0 ? "overdue by \(-days)d" : days == 0 ? "today" : "in \(days)d"
        lines.append(("Next review: \(risk.nextReview.iso) (\(when)) · raised \(risk.raisedOn.iso)",
                      CellStyle(days < 0 ? .overdue : .dim, bold: days < 0)))
        if risk.status == .materialised {
            lines.append(("Materialised \(risk.resolvedOn?.iso ?? ""): \(risk.resolution ?? "")", CellStyle(.error)))
        }
        return lines
    }

    /// Wrapped lines into a rect, as many as fit.
    static func drawLines(_ lines: [(String, CellStyle)], into grid: inout CellGrid, rect: Rect) {
        let wrapped = lines.flatMap { line in wrap(line.0, width: rect.width).map { ($0, line.1) } }
        for (i, line) in wrapped.prefix(max(0, rect.height)).enumerated() {
            grid.put(line.0, x: rect.x, y: rect.y + i, maxWidth: rect.width, style: line.1)
        }
    }

    /// Likelihood down the side (High at the top), impact along the bottom, counts in the cells.
    /// The header reads "likelihood × impact": rows are likelihood (High on top), columns impact.
    /// The filtered cell is drawn in brackets, so it shows without colour too.
    static func drawHeatMap(_ map: HeatMap, highlight: RiskCell? = nil, into grid: inout CellGrid, x: Int, y: Int, height: Int) {
        grid.put("L×I L  M  H", x: x, y: y, style: CellStyle(.dim))
        let levels: [Level] = [.high, .medium, .low]
        for (row, likelihood) in levels.enumerated() where row + 1 < height {
            grid.put(String(likelihood.title.prefix(1)), x: x + 2, y: y + 1 + row, style: CellStyle(.dim))
            for (col, impact) in [Level.low, .medium, .high].enumerated() {
                let n = map.count(likelihood: likelihood, impact: impact)
                let role = heatRole(likelihood.rawValue * impact.rawValue)
                let mark = n == 0 ? "·" : n > 9 ? "+" : "\(n)"
                let chosen = highlight == RiskCell(likelihood: likelihood, impact: impact)
                let text = chosen ? "[\(mark)]" : " \(mark) "
                grid.put(text, x: x + 3 + col * 3, y: y + 1 + row,
                         style: CellStyle(n == 0 ? .heatNone : role, bold: n > 0 || chosen, underline: chosen))
            }
        }
    }

    static func heatRole(_ severity: Int) -> Role {
        severity >= 6 ? .heatHigh : severity >= 3 ? .heatMedium : .heatLow
    }

    static func drawIssues(_ account: Account, state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        let open = RiskRegisterRows.openIssues(account)
        let missed = account.dispositionOverdueIssues(today: state.today).filter { !$0.isClosed }.count
        var title = "[3] Open issues log · \(open.count) open"
        if missed > 0 { title += " · \(missed) disposition missed" }
        grid.box(rect, title: title, focused: focused)
        let closed = account.openIssues.count - open.count
        if closed > 0 { grid.footer("+\(closed) closed · H history", on: rect, focused: focused) }
        let inner = rect.inset
        guard inner.width > 10, inner.height > 0 else { return }
        if open.isEmpty {
            grid.put("No open issues.", x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        let wide = inner.width >= 60
        let cursor = min(state.riskCursor, open.count - 1)
        let showDetail = inner.height - max(open.count, 4) - 1 >= 6
        let listHeight = showDetail ? min(inner.height, max(open.count, 4)) : inner.height
        let top = centeredScroll(cursor: cursor, count: open.count, visible: listHeight)
        for line in 0..<min(listHeight, open.count - top) {
            let i = top + line
            let issue = open[i]
            let y = inner.y + line
            let overdue = issue.isOverdue(today: state.today)
            let clock = DispositionClock(issue, account: account, today: state.today)
            grid.put(kindTag(issue.kind), x: inner.x, y: y, style: CellStyle(.accent))
            let deadline = (wide ? "\(issue.owner)  " : "") + (overdue ? "!" : "") + shortDate(issue.deadline, wide: wide)
            let clockText = clock.map { "  " + $0.text(wide: wide) } ?? ""
            let rightWidth = DisplayText.width(deadline + clockText)
            grid.put(issue.description, x: inner.x + 5, y: y, maxWidth: inner.width - 6 - rightWidth)
            grid.putRight(deadline + clockText, rightEdge: inner.maxX, y: y, maxWidth: rightWidth,
                          style: CellStyle(overdue ? .overdue : .dim, bold: overdue))
            if let clock, !clockText.isEmpty {
                // The clock in its own colour: missed is flagged, running is a warning in its last week.
                grid.putRight(clockText, rightEdge: inner.maxX, y: y, maxWidth: DisplayText.width(clockText),
                              style: CellStyle(clock.role, bold: clock.isMissed))
            }
            if focused && i == cursor { grid.highlightRow(inner, y: y, focused: true) }
        }
        if showDetail {
            let y = inner.y + listHeight + 1
            drawLines(issueDetail(open[cursor], account: account, today: state.today), into: &grid,
                      rect: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y))
        }
    }

    static func issueDetail(_ issue: OpenIssue, account: Account, today: CalendarDate) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = [(issue.description, CellStyle(.header, bold: true))]
        lines.append((issue.kind.title, CellStyle(.accent)))
        let overdue = issue.isOverdue(today: today)
        lines.append(("Owner: \(issue.owner) · deadline \(issue.deadline.iso)\(overdue ? " (overdue)" : "") · raised \(issue.raisedOn.iso)",
                      CellStyle(overdue ? .overdue : .normal)))
        if let clock = DispositionClock(issue, account: account, today: today) {
            lines.append((clock.sentence, CellStyle(clock.role, bold: clock.isMissed)))
        }
        for record in issue.dispositions {
            var text = "\(record.on.iso) \(record.disposition.title): \(record.note)"
            if let d = record.previousDeadline { text += " (deadline was \(d.iso))" }
            if let d = record.previousDescription { text += " (was: \(d))" }
            lines.append((text, CellStyle(.dim)))
        }
        return lines
    }

    static func kindTag(_ kind: OpenIssue.Kind) -> String {
        switch kind {
        case .ourCommitment: "us→"
        case .customerCommitment: "→us"
        case .technical: "tech"
        case .awaitingDecision: "dec?"
        }
    }
}

extension OpenIssue.Disposition {
    var title: String {
        switch self {
        case .closed: "closed"
        case .recommitted: "re-committed"
        case .rescoped: "re-scoped"
        }
    }
}

/// The 30 days after T-day in which the account manager must close, re-commit or re-scope each
/// open issue, as one item shows it. Nil before the account reaches T-day: nothing is counting yet.
struct DispositionClock {
    var deadline: CalendarDate
    var daysLeft: Int
    var isDispositioned: Bool

    init?(_ issue: OpenIssue, account: Account, today: CalendarDate) {
        guard account.stage >= .transferDay, !issue.isClosed else { return nil }
        deadline = OpenIssue.dispositionDeadline(tDay: account.tDay)
        daysLeft = today.days(until: deadline)
        isDispositioned = issue.isDispositioned(after: account.tDay)
        // Long after the window, a dispositioned item needs no clock.
        if isDispositioned && daysLeft < 0 { return nil }
    }

    /// Past T+30 without a disposition: the rule's flag.
    var isMissed: Bool { !isDispositioned && daysLeft < 0 }

    var role: Role { isDispositioned ? .done : isMissed ? .overdue : daysLeft <= 7 ? .warning : .dim }

    func text(wide: Bool) -> String {
        if isDispositioned { return wide ? "dispositioned" : "disp ✓" }
        if isMissed { return wide ? "disposition missed" : "disp missed" }
        return wide ? "disposition by \(shortDate(deadline, wide: false)) · \(daysLeft)d left" : "disp \(daysLeft)d"
    }

    var sentence: String {
        if isDispositioned { return "Dispositioned since T-day; the 30-day window closes \(deadline.iso)." }
        if isMissed { return "Disposition missed: close, re-commit or re-scope was due by \(deadline.iso) (T+30)." }
        return "Disposition by \(deadline.iso) (T+30): \(daysLeft)d left to close, re-commit or re-scope."
    }
}
