import BatonCore

/// Tab 3: the milestones named at kick-off, what condition 3 — derived from them — says now, and
/// the actions that close the Not Met conditions: what is still to be done before readiness.
/// The cursor runs through the milestones, then the actions.
enum CardMilestones {
    /// The Not Met conditions that carry an action, in the checklist's order: the card's rows
    /// after the milestones.
    static func actions(_ account: Account) -> [(condition: ReadinessCondition, action: GapAction)] {
        ReadinessCondition.allCases.compactMap { c in
            let mark = account.readiness[c]
            guard mark.status == .notMet, let action = mark.action else { return nil }
            return (c, action)
        }
    }

    /// The row count of the tab: every milestone and every action.
    static func rowCount(_ account: Account) -> Int { account.milestones.count + actions(account).count }

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
            return lines + actionLines(account, cursor: cursor, today: today, width: width)
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
        let actionRows = actionLines(account, cursor: cursor, today: today, width: width)
        guard cursor < account.milestones.count else { return lines + actionRows }
        let m = account.milestones[max(0, cursor)]
        lines += actionRows
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

    /// The Not Met actions, one row each (condition, what, owner, deadline, done), and the one
    /// under the cursor in full: `c` marks it done, which puts "re-run condition N" on the
    /// attention list (000:150–160).
    static func actionLines(_ account: Account, cursor: Int, today: CalendarDate, width: Int) -> [CardLine] {
        let list = actions(account)
        guard !list.isEmpty else { return [] }
        var lines: [CardLine] = [.blank, .heading("Not Met actions (c: done, then re-run the condition)")]
        let date = 11, status = 2, cond = 3
        let owner = min(18, max(8, width / 5))
        let what = max(8, width - status - cond - owner - date * 2 - 3)
        func cell(_ text: String, _ w: Int, _ style: CellStyle = CellStyle(.dialog)) -> CardLine.Piece {
            CardLine.Piece(text: text, width: w, style: style)
        }
        for (k, item) in list.enumerated() {
            let a = item.action
            let overdue = a.doneOn == nil && a.deadline < today
            let mark = a.doneOn != nil ? ("✓", Role.done) : overdue ? ("!", Role.overdue) : ("○", Role.due)
            let row = [cell(mark.0, status, CellStyle(mark.1, bold: true)), cell("\(item.condition.number)", cond),
                       cell(a.what, what), cell("", 1), cell(a.owner, owner), cell("", 1),
                       cell(a.deadline.iso, date, CellStyle(overdue ? .overdue : .dialog)), cell("", 1),
                       cell(a.doneOn?.iso ?? "—", date, CellStyle(a.doneOn == nil ? .dim : .done))]
            lines.append(CardLine(row, row: account.milestones.count + k, highlights: true))
        }
        let k = cursor - account.milestones.count
        guard list.indices.contains(k) else { return lines }
        let item = list[k]
        lines.append(.blank)
        lines.append(.heading("Condition \(item.condition.number) · \(item.condition.title)"))
        lines += CardLine.field("Action", item.action.what, width: width)
        lines += CardLine.field("Owner", "\(item.action.owner), by \(item.action.deadline.iso)", width: width)
        if let done = item.action.doneOn {
            lines += CardLine.field("Done", "\(done.iso)\(item.action.doneNote.map { ": \($0)" } ?? "") — re-run condition \(item.condition.number)",
                                    width: width, style: CellStyle(.warning))
        }
        return lines
    }
}
