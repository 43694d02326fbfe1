import BatonCore

/// The six conditions of the selected account, each judged against its evidence, and the verdict.
enum ReadinessPane {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        guard let account = state.selectedAccount else {
            grid.box(rect, title: "[2] Readiness", focused: focused)
            grid.put("No account selected.", x: rect.x + 2, y: rect.y + 1, maxWidth: rect.width - 4, style: CellStyle(.dim))
            return
        }
        let (verdict, transferRun) = Readiness.displayedVerdict(for: account, today: state.today)
        grid.box(rect, title: "[2] Readiness · \(account.name)", focused: focused)
        let inner = rect.inset
        guard inner.width > 10, inner.height > 0 else { return }
        let wide = inner.width >= 60

        // The verdict sits on the last line where the eye lands after the six.
        let conditionRows = min(6, max(0, inner.height - 1))
        for (i, condition) in ReadinessCondition.allCases.prefix(conditionRows).enumerated() {
            let y = inner.y + i
            let mark = account.readiness[condition]
            let validity = Readiness.validity(of: condition, in: account, today: state.today)
            let (glyph, role) = symbol(mark: mark, validity: validity)
            grid.put(glyph, x: inner.x, y: y, style: CellStyle(role, bold: true))
            grid.put("\(condition.number)", x: inner.x + 2, y: y, style: CellStyle(.dim))
            let detail = detailText(mark: mark, validity: validity, wide: wide)
            let detailWidth = min(DisplayText.width(detail), max(0, inner.width * 11 / 20))
            let titleWidth = inner.width - 4 - detailWidth - 1
            grid.put(condition.title, x: inner.x + 4, y: y, maxWidth: titleWidth)
            grid.putRight(detail, rightEdge: inner.maxX, y: y, maxWidth: detailWidth, style: CellStyle(role))
            if focused && i == state.readinessCursor { grid.highlightRow(inner, y: y, focused: true) }
        }
        if inner.height > 6 || conditionRows < 6 {
            let y = inner.y + conditionRows
            // Stale: every condition was Met and time (or a reopened milestone) undid it — a re-run closes it.
            let text = verdict.isCleared ? "CLEARED" : verdict.isStale && transferRun == nil ? "STALE: RE-RUN" : "NOT CLEARED"
            let role: Role = verdict.isCleared ? .met : verdict.isStale && transferRun == nil ? .stale : .notMet
            var x = inner.x
            x += grid.put(text, x: x, y: y, style: CellStyle(role, bold: true))
            if let run = transferRun {
                // After transfer the verdict is the run it was made on; the marks above have aged since.
                x += grid.put(" at transfer (run \(shortDate(run.on, wide: wide)))", x: x, y: y, maxWidth: inner.maxX - x,
                              style: CellStyle(.dim))
            } else {
                x += grid.put("  \(verdict.score)/6 valid", x: x, y: y, style: CellStyle(.normal, bold: true))
            }
            if transferRun == nil && !verdict.gaps.isEmpty {
                let gaps = verdict.gaps.map { "\($0.condition.number)" }.joined(separator: " ")
                x += grid.put("  gaps: \(gaps)", x: x, y: y, maxWidth: inner.maxX - x, style: CellStyle(.dim))
            }
        }
        // Room to spare (a tall terminal, or zoomed): the cursor's evidence and its standard.
        let detailTop = inner.y + 7
        // With room for the detail and more (zoomed): health and the sponsor's sentiment at the foot.
        let pulse = inner.height >= 17 ? AccountPulse.height + 1 : 0
        if inner.height > 8 {
            let condition = ReadinessCondition.allCases[min(state.readinessCursor, 5)]
            drawDetail(condition, account: account, today: state.today, into: &grid,
                       rect: Rect(x: inner.x, y: detailTop + 1, width: inner.width, height: inner.maxY - detailTop - 1 - pulse))
        }
        if pulse > 0 {
            AccountPulse.draw(account, today: state.today, into: &grid,
                              rect: Rect(x: inner.x, y: inner.maxY - AccountPulse.height, width: inner.width, height: AccountPulse.height))
        }
        let runs = account.readiness.runs.count
        let runsText = "\(runs) run\(runs == 1 ? "" : "s")"
        if account.isScheduleDrivenTransition {
            // The override stays flagged wherever the account appears.
            grid.putRight(" ⚑ schedule-driven transition ", rightEdge: rect.maxX - 2, y: rect.maxY - 1,
                          maxWidth: rect.width - 4, style: CellStyle(.flag, bold: true))
        } else {
            grid.footer(runsText, on: rect, focused: focused)
        }
    }

    /// ✓ valid, ✗ Not Met (or Met and contradicted since), ! Met but its evidence is missing or stale, · unassessed.
    static func symbol(mark: ConditionAssessment, validity: ConditionValidity) -> (String, Role) {
        switch validity {
        case .valid: return ("✓", .met)
        case .notMet: return ("✗", .notMet)
        case .unassessed: return ("·", .unassessed)
        case .stale: return ("!", .stale)
        case .contradicted: return ("✗", .notMet)
        case .missingEvidence: return mark.status == .met ? ("!", .stale) : ("✗", .notMet)
        }
    }

    static func detailText(mark: ConditionAssessment, validity: ConditionValidity, wide: Bool) -> String {
        switch validity {
        case .valid:
            if let e = mark.evidence { return "Met \(shortDate(e.date, wide: wide))" }
            return "Met"
        case .notMet(let action):
            guard let a = action else { return "Not Met · no action" }
            // The action is done: what the condition waits for now is its re-run.
            if a.doneOn != nil { return wide ? "action done · re-run" : "re-run" }
            // Narrow: the owner's first name is enough to know who to chase.
            let owner = wide ? a.owner : String(a.owner.split(separator: " ").first ?? "")
            return "\(owner) by \(shortDate(a.deadline, wide: wide))"
        case .unassessed: return "Unassessed"
        case .stale: return "stale"
        case .contradicted: return "contradicted"
        case .missingEvidence: return mark.status == .met ? "no evidence" : "not met"
        }
    }

    static func drawDetail(_ condition: ReadinessCondition, account: Account, today: CalendarDate,
                           into grid: inout CellGrid, rect: Rect) {
        let mark = account.readiness[condition]
        let validity = Readiness.validity(of: condition, in: account, today: today)
        var lines: [(String, CellStyle)] = [("\(condition.number). \(condition.title) — \(mark.status.title)", CellStyle(.header, bold: true))]
        if let reason = validity.reason { lines.append((reason, CellStyle(symbol(mark: mark, validity: validity).1))) }
        if let e = mark.evidence {
            lines.append(("Evidence: \(e.summary)", .normal))
            var who = "\(e.date.iso) · from \(e.providedBy)"
            if let s = e.signatory { who += " · signed by \(s)" }
            if let place = e.filedIn { who += " · filed in \(place)" }
            if let o = e.observedBy { who += " · observed by \(o)" }
            if let a = e.periodStart, let b = e.periodEnd { who += " · report \(a.iso)…\(b.iso)" }
            if let n = e.baselineUsers, let of = e.expectedUsers { who += " · \(n) of \(of) named end-users at baseline" }
            if let place = e.capturedIn { who += " · captured in \(place)" }
            if let tone = e.tone { who += " · \(tone.rawValue)" }
            lines.append((who, CellStyle(.dim)))
            if let shown = e.demonstrated { lines.append(("Demonstrated: \(shown)", .normal)) }
            if let topics = e.topics { lines.append(("Covered: \(ProcessTopic.list(topics))", .normal)) }
            if let words = e.sponsorWords { lines.append(("“\(words)”", CellStyle(.accent))) }
        }
        if let a = mark.action {
            lines.append(("Action: \(a.what) — \(a.owner), by \(a.deadline.iso)", CellStyle(.warning)))
            if let done = a.doneOn {
                lines.append(("Done \(done.iso): \(a.doneNote ?? "") — re-run condition \(condition.number): m Met, n Not Met", CellStyle(.accent)))
            }
        }
        lines.append(("Standard: \(condition.evidenceStandard)", CellStyle(.dim)))
        if let not = condition.notEvidence { lines.append((not, CellStyle(.dim))) }
        let wrapped = lines.flatMap { line in wrap(line.0, width: rect.width).map { ($0, line.1) } }
        for (i, line) in wrapped.prefix(max(0, rect.height)).enumerated() {
            grid.put(line.0, x: rect.x, y: rect.y + i, maxWidth: rect.width, style: line.1)
        }
    }
}
