import BatonCore

/// Present mode on the whole screen: only what may be shown to the customer, drawn from
/// `CustomerSafeAccount` — the same view the customer's documents are written from, which has
/// no field for anything internal (section 7, sentiment, health, risk notes, interactions,
/// evidence, meeting notes). Over the joint transition meeting it also shows the agenda: the
/// sections' titles and times, where the meeting is, and its clock — never the notes typed.
enum PresentView {
    static func draw(_ state: AppState, into grid: inout CellGrid) {
        let width = state.width, height = state.height
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: CellStyle(.titleBar))
        let used = grid.put(" PRESENT ", x: 0, y: 0, style: CellStyle(.warning, bold: true))
        let date = "\(TitleBar.weekdayName(state.today)) \(state.today.iso) "
        let account = state.presentedAccount
        grid.put("│ \(account?.name ?? "Baton")", x: used, y: 0, maxWidth: max(0, width - used - DisplayText.width(date) - 1),
                 style: CellStyle(.titleBar, bold: true))
        grid.putRight(date, rightEdge: width, y: 0, maxWidth: DisplayText.width(date), style: CellStyle(.titleBar))

        let body = Rect(x: 0, y: 1, width: width, height: height - 2)
        grid.fill(body, style: .normal)
        var meeting: AgendaMeeting?
        if case .agendaMeeting(let m) = state.overlay, m.kind == .jointTransition { meeting = m }
        let title = meeting.map { _ in "Joint transition meeting" } ?? "Your onboarding"
        grid.box(body, title: title, focused: true)
        let inner = body.inset
        guard let account else {
            grid.put("Nothing to show.", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: CellStyle(.dim))
            drawHints(state, into: &grid)
            return
        }
        let safe = CustomerSafeAccount(account)
        if let meeting, inner.width >= 100 {
            // Wide: the agenda beside the account, each in its own column.
            let agendaWidth = min(50, inner.width * 2 / 5)
            put(agendaLines(meeting, state: state), into: &grid, rect: Rect(x: inner.x + 1, y: inner.y, width: agendaWidth, height: inner.height))
            put(accountLines(safe), into: &grid,
                rect: Rect(x: inner.x + agendaWidth + 3, y: inner.y, width: inner.width - agendaWidth - 4, height: inner.height))
        } else {
            let agenda = meeting.map { compactAgenda($0, state: state) + [("", .normal)] } ?? []
            var lines = agenda + accountLines(safe)
            // A short screen keeps what comes next in view: the outcomes are counted, not listed.
            if lines.count > inner.height { lines = agenda + accountLines(safe, listingOutcomes: false) }
            put(lines, into: &grid, rect: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height))
        }
        drawHints(state, into: &grid)
    }

    typealias Line = (text: String, style: CellStyle)

    static func put(_ lines: [Line], into grid: inout CellGrid, rect: Rect) {
        for (i, line) in lines.prefix(rect.height).enumerated() {
            grid.put(line.text, x: rect.x, y: rect.y + i, maxWidth: rect.width, style: line.style)
        }
    }

    /// What the customer may see of their account: their team, their people, the outcomes named
    /// at kick-off, and what comes next.
    static func accountLines(_ c: CustomerSafeAccount, listingOutcomes: Bool = true) -> [Line] {
        var lines: [Line] = [("Your team", CellStyle(.header, bold: true))]
        lines.append(("  Onboarding lead         \(c.onboardingLead)", .normal))
        lines.append(("  Onboarding coordinator  \(c.onboardingCoordinator)", .normal))
        lines.append(("  Account manager         \(c.accountManager), from \(DocumentDate.withWeekday(c.tDay))", .normal))
        if let d = c.accountManagementDirector { lines.append(("  Account-management dir. \(d)", .normal)) }
        lines.append(("", .normal))
        if c.sponsor != nil || c.dayToDay != nil {
            lines.append(("Your people", CellStyle(.header, bold: true)))
            if let s = c.sponsor { lines.append(("  Sponsor      \(s.name)\(s.role.isEmpty ? "" : ", \(s.role)")", .normal)) }
            if let d = c.dayToDay { lines.append(("  Day-to-day   \(d.name)\(d.role.isEmpty ? "" : ", \(d.role)")", .normal)) }
            lines.append(("", .normal))
        }
        let achieved = c.outcomes.filter { $0.achievedOn != nil }.count
        lines.append(("What we set out to do · \(achieved) of \(c.outcomes.count) achieved", CellStyle(.header, bold: true)))
        for o in c.outcomes where listingOutcomes {
            if let on = o.achievedOn {
                lines.append(("  ✓ \(o.name) — \(DocumentDate.long(on))", CellStyle(.done)))
            } else {
                lines.append(("  ○ \(o.name) — planned \(DocumentDate.long(o.targetDate))", .normal))
            }
        }
        lines.append(("", .normal))
        lines.append(("What comes next", CellStyle(.header, bold: true)))
        if let joint = c.jointMeeting { lines.append(("  Joint transition meeting  \(DocumentDate.withWeekday(joint))", .normal)) }
        lines.append(("  \(c.accountManager) your day-to-day lead from \(DocumentDate.withWeekday(c.tDay))", .normal))
        if let call = c.firstOneToOne { lines.append(("  First one-to-one  \(DocumentDate.withWeekday(call))", .normal)) }
        if let qbr = c.firstQBR { lines.append(("  First Quarterly Business Review  \(DocumentDate.month(qbr))", .normal)) }
        lines.append(("  \(c.onboardingLead) available until \(DocumentDate.long(c.leadAvailableUntil))", .normal))
        return lines
    }

    /// The agenda in full: every section's title and minutes, where the meeting is, the clock.
    static func agendaLines(_ m: AgendaMeeting, state: AppState) -> [Line] {
        var lines: [Line] = [("Agenda · \(m.clock(now: state.now))", CellStyle(.header, bold: true))]
        for (i, s) in m.sections.enumerated() {
            let here = i == m.current
            lines.append(("\(here ? "▶" : " ") \(i + 1). \(s.title) (\(s.minutes) min)", CellStyle(here ? .accent : .normal, bold: here)))
        }
        return lines
    }

    /// The agenda on a narrow screen: where the meeting is, and the clock.
    static func compactAgenda(_ m: AgendaMeeting, state: AppState) -> [Line] {
        let s = m.sections[m.current]
        return [("Section \(m.current + 1) of \(m.sections.count): \(s.title) (\(s.minutes) min) · \(m.clock(now: state.now))",
                 CellStyle(.accent, bold: true))]
    }

    static func drawHints(_ state: AppState, into grid: inout CellGrid) {
        let y = state.height - 1
        grid.fill(Rect(x: 0, y: y, width: state.width, height: 1), style: CellStyle(.hintBar))
        var x = 1
        for (keys, what) in PresentKeys.table.hints() where x < state.width {
            x += grid.put(keys, x: x, y: y, maxWidth: state.width - x, style: CellStyle(.hintKey, bold: true))
            x += grid.put(" \(what)   ", x: x, y: y, maxWidth: max(0, state.width - x), style: CellStyle(.hintBar))
        }
    }
}
