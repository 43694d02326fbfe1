import BatonCore

/// Tab 3: the milestones named at kick-off, and what condition 3 — derived from them — says now.
enum CardMilestones {
    static func lines(_ account: Account, cursor: Int, today: CalendarDate, width: Int) -> [CardLine] {
        var lines: [CardLine] = []
        let validity = Readiness.validity(of: .milestonesAchieved, in: account, today: today)
        let mark = account.readiness[.milestonesAchieved].status
        let verdict: (String, Role)
        switch validity {
        case .valid: verdict = ("✓ Met, every milestone completed with date and evidence", .met)
        case .stale(let why): verdict = ("! Met but stale: \(why)", .stale)
        case .contradicted(let why): verdict = ("✗ Met but contradicted: \(why)", .notMet)
        case .missingEvidence(let why) where mark == .met: verdict = ("! Met but not backed: \(why)", .stale)
        case .notMet:
            verdict = ("✗ \(validity.reason ?? "Not Met")", .notMet)
        default:
            let open = account.milestones.filter { !$0.isCompletedWithEvidence }.count
            verdict = ("· Unassessed · \(open) milestone\(open == 1 ? "" : "s") still open", .unassessed)
        }
        lines += wrap("Condition 3 · \(verdict.0)", width: width).map { CardLine($0, CellStyle(verdict.1, bold: true)) }
        lines.append(.blank)
        guard !account.milestones.isEmpty else {
            lines.append(CardLine("No kick-off milestones recorded. a adds one: name the outcome and its target date.", CellStyle(.dim)))
            return lines
        }
        let wide = width >= 110
        let date = 11, status = 2
        let evidence = wide ? max(0, width - 70) : 0
        let name = width - status - date * 2 - evidence - (wide ? 1 : 0)
        func cell(_ text: String, _ w: Int, _ style: CellStyle = CellStyle(.dialog)) -> CardLine.Piece {
            CardLine.Piece(text: text, width: w, style: style)
        }
        var header = [cell("", status), cell("Milestone", name), cell("Target", date), cell("Completed", date)]
        if wide { header += [cell("", 1), cell("Evidence", evidence)] }
        lines.append(CardLine(header.map { var p = $0; p.style = CellStyle(.header, bold: true); return p }))
        for (i, m) in account.milestones.enumerated() {
            let overdue = m.completedOn == nil && m.targetDate < today
            let mark = m.isCompletedWithEvidence ? ("✓", Role.done) : overdue ? ("!", Role.overdue) : ("○", Role.due)
            var row = [cell(mark.0, status, CellStyle(mark.1, bold: true)), cell(m.name, name - 1), cell("", 1),
                       cell(m.targetDate.iso, date, CellStyle(overdue ? .overdue : .dialog)),
                       cell(m.completedOn?.iso ?? "—", date, CellStyle(m.completedOn == nil ? .dim : .done))]
            if wide { row += [cell("", 1), cell(m.completedOn == nil ? "" : (m.evidence ?? ""), evidence, CellStyle(.dim))] }
            lines.append(CardLine(row, row: i, highlights: true))
        }
        let m = account.milestones[min(max(0, cursor), account.milestones.count - 1)]
        lines.append(.blank)
        lines.append(.heading(m.name))
        if m.completedOn != nil {
            lines += CardLine.field("Evidence", m.evidence ?? "", width: width)
        } else if let earlier = m.evidence, !earlier.isEmpty {
            lines += CardLine.field("Earlier", earlier, width: width, style: CellStyle(.dim))
        }
        var dates = "added \(m.addedOn.iso)"
        if let reopened = m.reopenedOn { dates += ", reopened \(reopened.iso)" }
        lines += CardLine.field("Dates", dates, width: width, style: CellStyle(.dim))
        return lines
    }
}
