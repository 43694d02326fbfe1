import BatonCore
import Foundation

/// The readiness meeting on the whole screen, for sharing: the clock, the six conditions with
/// where the meeting is, and the current condition's standard and evidence in large type.
enum ReadinessMeetingView {
    static func draw(_ m: ReadinessMeeting, state: AppState, into grid: inout CellGrid) {
        guard let account = state.portfolio.account(id: m.accountID) else { return }
        let body = DialogFrame.body(of: grid)
        grid.fill(body, style: CellStyle(.dialog))
        let clock = m.clock(now: state.now)
        grid.box(body, title: "Readiness assessment · \(account.name)", focused: true)
        grid.putRight(" ⏱ \(clock) ", rightEdge: body.maxX - 2, y: body.y, maxWidth: 20,
                      style: CellStyle(m.secondsLeft(now: state.now) < 0 ? .overdue : m.secondsLeft(now: state.now) < 300 ? .warning : .accent, bold: true))
        let inner = body.inset
        let x = inner.x + 1, w = inner.width - 2
        var y = inner.y

        // The six, always visible: where the meeting is and how each stands now.
        let current: ReadinessCondition? = if case .condition(let c) = m.phase { c } else { nil }
        for c in ReadinessCondition.allCases {
            let validity = Readiness.validity(of: c, in: account, today: state.today)
            let (glyph, role) = ReadinessPane.symbol(mark: account.readiness[c], validity: validity)
            let here = c == current
            grid.put(here ? "▶" : " ", x: x, y: y, style: CellStyle(.accent, bold: true))
            grid.put(glyph, x: x + 2, y: y, style: CellStyle(role, bold: true))
            grid.put("\(c.number) \(c.title)", x: x + 4, y: y, maxWidth: w / 2, style: CellStyle(here ? .focusedPaneTitle : .dialog, bold: here))
            grid.put(ReadinessPane.detailText(mark: account.readiness[c], validity: validity, wide: true),
                     x: x + 4 + w / 2, y: y, maxWidth: w - w / 2 - 4, style: CellStyle(role))
            y += 1
        }
        y += 1
        let verdict = Readiness.verdict(for: account, today: state.today)
        grid.put("Verdict now: \(verdict.isCleared ? "CLEARED" : verdict.isStale ? "STALE: RE-RUN" : "NOT CLEARED") · \(verdict.score)/6",
                 x: x, y: y, style: CellStyle(verdict.isCleared ? .met : verdict.isStale ? .stale : .notMet, bold: true))
        y += 2
        let detail = Rect(x: x, y: y, width: w, height: inner.maxY - y)

        switch m.phase {
        case .attendees:
            grid.put("Who is in the room (comma-separated):", x: x, y: y, maxWidth: w, style: CellStyle(.header, bold: true))
            let field = Rect(x: x, y: y + 1, width: w, height: 1)
            grid.fill(field, style: CellStyle(.input))
            m.attendees.draw(into: &grid, rect: field, focused: true)
            grid.put("The onboarding operator, the onboarding lead and the incoming account manager. Enter begins with condition 1.",
                     x: x, y: y + 3, maxWidth: w, style: CellStyle(.dim))
        case .condition(let c):
            drawCondition(c, account: account, today: state.today, into: &grid, rect: detail)
        case .close:
            drawClose(account: account, verdict: verdict, attendees: m.attendeeList, into: &grid, rect: detail)
        case .notices:
            drawNotices(account: account, into: &grid, rect: detail)
        case .confirmLeave:
            grid.put("Leave the meeting without recording the run?  y leave · n stay", x: x, y: y, maxWidth: w,
                     style: CellStyle(.warning, bold: true))
            grid.put("Every mark made so far is already saved; only the run's record is not made.", x: x, y: y + 1,
                     maxWidth: w, style: CellStyle(.dim))
        }
        if let form = m.form { FormView.draw(form, state: state, into: &grid) }
    }

    static func drawCondition(_ c: ReadinessCondition, account: Account, today: CalendarDate,
                              into grid: inout CellGrid, rect: Rect) {
        var lines: [(String, CellStyle)] = [
            ("Condition \(c.number) of 6: \(c.title)", CellStyle(.header, bold: true)),
            ("Evidence standard: \(c.evidenceStandard)", CellStyle(.accent)),
        ]
        if let not = c.notEvidence { lines.append((not, CellStyle(.warning))) }
        if c == .milestonesAchieved {
            let done = account.milestones.filter(\.isCompletedWithEvidence).count
            lines.append(("Milestones: \(done) of \(account.milestones.count) completed with evidence", CellStyle(.dialog)))
        }
        let mark = account.readiness[c]
        lines.append(("", .normal))
        lines.append(("Now: \(mark.status.title)", CellStyle(.dialog, bold: true)))
        if let e = mark.evidence {
            lines.append(("Evidence: \(e.summary) (\(e.date.iso), \(e.providedBy))", CellStyle(.dialog)))
            if let words = e.sponsorWords { lines.append(("“\(words)”", CellStyle(.accent))) }
        }
        if let a = mark.action {
            lines.append(("Action: \(a.what) — \(a.owner), by \(a.deadline.iso)", CellStyle(.dialog)))
            if let done = a.doneOn {
                lines.append(("Done \(done.iso): \(a.doneNote ?? "") — this is its re-run: m Met or n Not Met", CellStyle(.accent, bold: true)))
            }
        }
        // Why a Met does not count (stale, unevidenced); a Not Met's action is already shown above.
        if mark.status == .met, let reason = Readiness.validity(of: c, in: account, today: today).reason {
            lines.append((reason, CellStyle(.stale)))
        }
        lines.append(("", .normal))
        lines.append(("m Met (give the evidence) · n Not Met (name the action) · d the action is done · Enter keep and go on · ← back · c clear",
                      CellStyle(.hintKey, bold: true)))
        draw(lines, into: &grid, rect: rect)
    }

    static func drawClose(account: Account, verdict: Verdict, attendees: [String], into grid: inout CellGrid, rect: Rect) {
        var lines: [(String, CellStyle)] = [
            ("Close: \(verdict.isCleared ? "CLEARED" : "NOT CLEARED") — \(verdict.score) of 6 valid", CellStyle(verdict.isCleared ? .met : .notMet, bold: true)),
            ("Attendees: \(attendees.joined(separator: ", "))", CellStyle(.dialog)),
        ]
        if !verdict.isCleared {
            lines.append(("Gaps:", CellStyle(.header, bold: true)))
            for gap in verdict.gaps {
                // The rule's reason for a Not Met already names its action; add it only when it does not.
                let action = gap.action.flatMap { a in gap.reason.contains(a.what) ? nil : " → \(a.what) (\(a.owner), by \(a.deadline.iso))" } ?? ""
                lines.append(("  \(gap.condition.number). \(gap.reason)\(action)", CellStyle(.dialog)))
            }
            lines.append(("What to do now:", CellStyle(.header, bold: true)))
            lines += ReadinessMeeting.notMetGuidance.map { ("  • \($0)", CellStyle(.warning)) }
        }
        lines.append(("", .normal))
        lines.append(("Enter record this run in the account's history · ← back to condition 6 · Esc leave", CellStyle(.hintKey, bold: true)))
        draw(lines, into: &grid, rect: rect)
    }

    /// Steps 3 and 4 after a run that did not clear (000:144–146): who has been told, and who not.
    static func drawNotices(account: Account, into grid: inout CellGrid, rect: Rect) {
        let run = account.readiness.runs.last
        var lines: [(String, CellStyle)] = [
            ("Run recorded: NOT CLEARED — \(run?.score ?? 0) of 6. Do not transition: the schedule does not override the assessment.",
             CellStyle(.notMet, bold: true)),
            ("", .normal),
        ]
        for audience in DelayNotice.Audience.allCases {
            let step = audience == .accountManagement
                ? "Step 3 · Tell the account-management team: there is a delay, and why."
                : "Step 4 · Tell the customer ONLY if the delay affects them externally."
            lines.append((step, CellStyle(.header, bold: true)))
            if let notice = run?.notice(to: audience) {
                let how = notice.told.map { "Told by \($0.rawValue), \(notice.with ?? ""), \(notice.on.iso): " } ?? "Not needed: "
                lines.append(("  ✓ \(how)\(notice.note)", CellStyle(.met)))
            } else {
                lines.append(("  · not yet", CellStyle(audience == .accountManagement ? .warning : .dim)))
            }
        }
        lines.append(("", .normal))
        lines.append(("a tell the account-management team · c the customer, or not needed with why · Enter done", CellStyle(.hintKey, bold: true)))
        draw(lines, into: &grid, rect: rect)
    }

    static func draw(_ lines: [(String, CellStyle)], into grid: inout CellGrid, rect: Rect) {
        var y = rect.y
        for (text, style) in lines {
            for piece in (text.isEmpty ? [""] : wrap(text, width: rect.width)) {
                guard y < rect.maxY else { return }
                grid.put(piece, x: rect.x, y: y, maxWidth: rect.width, style: style)
                y += 1
            }
        }
    }
}
