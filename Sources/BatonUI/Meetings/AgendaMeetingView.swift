import BatonCore
import Foundation

/// An agenda meeting on the whole screen, for sharing: the sections with which are done and the
/// time spent in each, who is in the room, the current section's notes — and, in the 30-day
/// review, the register and the log item by item with what was decided.
enum AgendaMeetingView {
    static let leftWidth = 46

    static func draw(_ m: AgendaMeeting, state: AppState, into grid: inout CellGrid) {
        guard let account = state.portfolio.account(id: m.accountID) else { return }
        let body = DialogFrame.body(of: grid)
        grid.fill(body, style: CellStyle(.dialog))
        grid.box(body, title: "\(m.kind.title) · \(account.name)", focused: true)
        let left = m.secondsLeft(now: state.now)
        grid.putRight(" ⏱ \(m.clock(now: state.now)) ", rightEdge: body.maxX - 2, y: body.y, maxWidth: 24,
                      style: CellStyle(left < 0 ? .overdue : left < 300 ? .warning : .accent, bold: true))
        let inner = body.inset
        // The current section gets the room first: the sidebar shrinks to 30 columns on small screens.
        let lw = min(leftWidth, max(30, inner.width - 50))
        drawSidebar(m, account: account, state: state, into: &grid,
                    rect: Rect(x: inner.x + 1, y: inner.y, width: lw, height: inner.height))
        for y in inner.y..<inner.maxY { grid.put("│", x: inner.x + lw + 2, y: y, style: CellStyle(.border)) }
        let rx = inner.x + lw + 4
        let right = Rect(x: rx, y: inner.y, width: inner.maxX - rx - 1, height: inner.height)
        switch m.phase {
        case .running:
            drawSection(m, account: account, state: state, into: &grid, rect: right)
        case .confirmClose(let missing):
            ReadinessMeetingView.draw([
                ("Close without the mandatory \(missing.joined(separator: ", ").lowercased())?", CellStyle(.warning, bold: true)),
                ("The joint transition meeting needs the customer sponsor, the customer's day-to-day contact, the onboarding lead, the onboarding coordinator and the incoming account manager in the room. Closing anyway records who was missing in the meeting's notes.",
                 CellStyle(.dialog)),
                ("", .normal),
                ("y close and note it · n back to the meeting", CellStyle(.hintKey, bold: true)),
            ], into: &grid, rect: right)
        case .confirmLeave:
            ReadinessMeetingView.draw([
                ("Leave the meeting without recording it?  y leave · n stay", CellStyle(.warning, bold: true)),
                (m.kind == .postTransitionReview
                    ? "Decisions already made on risks and open issues are saved; the notes typed here are not."
                    : "The notes typed here are not saved; Ctrl-S records the meeting instead.", CellStyle(.dim)),
            ], into: &grid, rect: right)
        }
        if let form = m.form { FormView.draw(form, state: state, into: &grid) }
    }

    // MARK: The sidebar

    static func drawSidebar(_ m: AgendaMeeting, account: Account, state: AppState, into grid: inout CellGrid, rect: Rect) {
        var y = rect.y
        let x = rect.x, w = rect.width
        grid.put("Agenda", x: x, y: y, style: CellStyle(.header, bold: true))
        grid.putRight("\(m.plannedMinutes) min", rightEdge: x + w, y: y, maxWidth: 10, style: CellStyle(.dim))
        y += 1
        for (i, section) in m.sections.enumerated() {
            let here = i == m.current
            // ✓ has notes, – skipped with a reason, ○ visited and still empty, · not reached.
            let (glyph, role): (String, Role) = here ? ("▶", .accent)
                : m.skipped[i] != nil ? ("–", .dim)
                : m.isDone(i) ? ("✓", .done)
                : m.visited.contains(i) ? ("○", .warning) : ("·", .dim)
            grid.put(glyph, x: x, y: y, style: CellStyle(role, bold: true))
            let spent = m.secondsSpent(in: i, now: state.now)
            let over = spent > section.minutes * 60
            let time = "\(section.minutes)m" + (spent > 0 || here ? " \(AgendaMeeting.minutesSeconds(spent))" : "")
            grid.put("\(i + 1) \(section.title)", x: x + 2, y: y, maxWidth: w - 3 - DisplayText.width(time),
                     style: CellStyle(here ? .focusedPaneTitle : .dialog, bold: here))
            grid.putRight(time, rightEdge: x + w, y: y, maxWidth: 12, style: CellStyle(over ? .overdue : .dim))
            y += 1
        }
        y += 1
        let editingAttendees = m.focus == .attendees
        grid.put("Attendees", x: x, y: y, style: CellStyle(editingAttendees ? .focusedPaneTitle : .header, bold: true))
        grid.putRight(editingAttendees ? "Enter done" : "a edit", rightEdge: x + w, y: y, maxWidth: 12, style: CellStyle(.dim))
        y += 1
        if editingAttendees {
            m.attendees.draw(into: &grid, rect: Rect(x: x, y: y, width: w, height: 1), focused: true)
            y += 1
            grid.put("comma-separated", x: x, y: y, style: CellStyle(.dim))
            y += 1
        } else if m.kind != .jointTransition {
            for name in m.attendeeList where y < rect.maxY {
                grid.put(name, x: x, y: y, maxWidth: w, style: CellStyle(.dialog))
                y += 1
            }
        }
        y += 1
        switch m.kind {
        case .jointTransition:
            y = drawJoint(m, sponsorPresent: m.sponsorPresent(account), into: &grid, x: x, y: y, width: w, maxY: rect.maxY)
        case .internalHandover: y = drawCommitments(m, into: &grid, x: x, y: y, width: w, maxY: rect.maxY)
        case .postTransitionReview:
            if let walk = m.review {
                let risks = walk.riskIDs.count - walk.undecided(.risks).count
                let issues = walk.issueIDs.count - walk.undecided(.openIssues).count
                grid.put("Decided so far", x: x, y: y, style: CellStyle(.header, bold: true))
                grid.put("\(risks) of \(walk.riskIDs.count) risks", x: x, y: y + 1,
                         style: CellStyle(risks == walk.riskIDs.count ? .met : .warning))
                grid.put("\(issues) of \(walk.issueIDs.count) open issues", x: x, y: y + 2,
                         style: CellStyle(issues == walk.issueIDs.count ? .met : .warning))
                y += 4
            }
            // "How smooth was the account transition?" — the source's transition-quality measure.
            grid.put("Satisfaction (1–5)", x: x, y: y, style: CellStyle(.header, bold: true))
            let answer = m.satisfaction.map { "\($0) of 5" + ($0 >= 5 ? " ✓" : $0 >= 4 ? "" : " — below the 4.5 target") }
                ?? "not asked yet: 1–5"
            grid.put(answer, x: x, y: y + 1, maxWidth: w,
                     style: CellStyle(m.satisfaction == nil ? .dim : (m.satisfaction! >= 4 ? .met : .warning)))
        default: break
        }
    }

    /// The five mandatory roles, present or missing, and the three success signals.
    static func drawJoint(_ m: AgendaMeeting, sponsorPresent: Bool, into grid: inout CellGrid, x: Int, y start: Int, width w: Int,
                          maxY: Int) -> Int {
        var y = start - 1
        let missing = Set(m.missingRoles)
        grid.put("Mandatory roles", x: x, y: y, style: CellStyle(.header, bold: true))
        if !missing.isEmpty {
            grid.putRight("\(missing.count) missing", rightEdge: x + w, y: y, maxWidth: 12, style: CellStyle(.notMet, bold: true))
        }
        y += 1
        for role in m.roles where y < maxY {
            // Who is there for the role as typed, or who was expected and is not in the room.
            let present = m.attendee(for: role).map { $0.components(separatedBy: " (").first ?? $0 }
            let name = present ?? (role.name.isEmpty ? "nobody named" : "\(role.name) (absent)")
            grid.put(present == nil ? "✗" : "✓", x: x, y: y, style: CellStyle(present == nil ? .notMet : .met, bold: true))
            grid.put("\(role.role): \(name)", x: x + 2, y: y, maxWidth: w - 2, style: CellStyle(present == nil ? .notMet : .dialog))
            y += 1
        }
        y += 1
        grid.put("Success signals", x: x, y: y, style: CellStyle(.header, bold: true))
        grid.putRight("\(m.signals.count) of 3", rightEdge: x + w, y: y, maxWidth: 8, style: CellStyle(.dim))
        y += 1
        let short = ["The customer asks the AM a question", "The sponsor says \"we\" (next phase)", "There is laughter"]
        if !sponsorPresent {
            grid.put("only with the sponsor in the room", x: x, y: y, maxWidth: w, style: CellStyle(.dim))
            y += 1
        }
        for (i, signal) in SuccessSignal.allCases.enumerated() where y < maxY {
            let on = m.signals.contains(signal)
            grid.put("\(i + 1)", x: x, y: y, style: CellStyle(.hintKey, bold: true))
            grid.put(on ? "[✓]" : "[ ]", x: x + 2, y: y, style: CellStyle(on ? .met : .dim, bold: on))
            grid.put(short[i], x: x + 6, y: y, maxWidth: w - 6, style: CellStyle(on ? .met : .dialog))
            y += 1
        }
        return y
    }

    static func drawCommitments(_ m: AgendaMeeting, into grid: inout CellGrid, x: Int, y start: Int, width w: Int, maxY: Int) -> Int {
        var y = start
        let editing = m.focus == .commitments
        let n = m.commitmentList.count
        grid.put("AM's commitments, first 30 days", x: x, y: y, maxWidth: w - 6,
                 style: CellStyle(editing ? .focusedPaneTitle : .header, bold: true))
        grid.putRight("\(n)/2–3", rightEdge: x + w, y: y, maxWidth: 6, style: CellStyle(n >= 2 && n <= 3 ? .met : .warning, bold: true))
        y += 1
        let rows = max(1, min(5, maxY - y - 1))
        m.commitments.draw(into: &grid, rect: Rect(x: x, y: y, width: w, height: rows), focused: editing)
        y += rows
        grid.put(editing ? "one per line · Esc done" : "c write them, one per line", x: x, y: y, maxWidth: w, style: CellStyle(.dim))
        return y + 1
    }

    // MARK: The current section

    static func drawSection(_ m: AgendaMeeting, account: Account, state: AppState, into grid: inout CellGrid, rect: Rect) {
        let section = m.sections[m.current]
        var y = rect.y
        let x = rect.x, w = rect.width
        let spent = m.secondsSpent(in: m.current, now: state.now)
        grid.put("Section \(m.current + 1) of \(m.sections.count): \(section.title)", x: x, y: y, maxWidth: w,
                 style: CellStyle(.header, bold: true))
        y += 1
        grid.put("\(section.minutes) min planned · \(AgendaMeeting.minutesSeconds(spent)) spent", x: x, y: y, maxWidth: w,
                 style: CellStyle(spent > section.minutes * 60 ? .overdue : .dim))
        y += 1
        if let reason = m.skipped[m.current] {
            grid.put("Skipped: \(reason)", x: x, y: y, maxWidth: w, style: CellStyle(.warning))
        }
        y += 1
        if let list = m.revisit, let walk = m.review {
            y = drawWalk(walk, list: list, account: account, today: state.today, into: &grid,
                         rect: Rect(x: x, y: y, width: w, height: max(0, rect.maxY - y - 5)))
            y += 1
        }
        let editing = m.focus == .notes
        grid.put("Notes", x: x, y: y, style: CellStyle(editing ? .focusedPaneTitle : .header, bold: true))
        grid.putRight(editing ? "typing · Esc stop · Tab next section" : "Enter to write", rightEdge: x + w, y: y,
                      maxWidth: w - 6, style: CellStyle(.dim))
        y += 1
        let field = Rect(x: x, y: y, width: w, height: max(1, rect.maxY - y))
        m.notes[m.current].draw(into: &grid, rect: field, focused: editing)
    }

    /// The register or the log, three lines an item: what it is, where it stands, what was decided.
    static func drawWalk(_ walk: ReviewWalk, list: ReviewWalk.List, account: Account, today: CalendarDate,
                         into grid: inout CellGrid, rect: Rect) -> Int {
        var y = rect.y
        let x = rect.x, w = rect.width
        let ids = walk.ids(list)
        let undecided = walk.undecided(list).count
        let noun = list == .risks ? "risks" : "open issues"
        grid.put(ids.isEmpty ? "No \(noun) were open at the start of this review." : "\(ids.count) \(noun) open at the start · \(undecided) not yet decided",
                 x: x, y: y, maxWidth: w, style: CellStyle(undecided > 0 ? .warning : .met, bold: true))
        y += 1
        let keys = list == .risks ? "o keep open · c close · m materialised"
                                  : "c close · r re-commit · s re-scope"
        grid.put(keys, x: x, y: y, maxWidth: w, style: CellStyle(.hintKey, bold: true))
        y += 1
        // Four lines an item: the whole statement on up to two, where it stands, what was decided.
        let fits = max(1, (rect.maxY - y) / 4)
        let cursor = walk.cursor(list)
        let first = max(0, min(cursor - fits + 1, ids.count - fits))
        for (i, id) in ids.enumerated().dropFirst(first).prefix(fits) {
            let here = i == cursor
            let (title, detail): (String, String)
            if list == .risks, let r = account.risks.first(where: { $0.id == id }) {
                title = "Sev \(r.severity) · \(r.statement)"
                detail = "\(r.likelihood.title) × \(r.impact.title) · \(r.owner) · review \(r.nextReview.iso)\(r.isReviewOverdue(today: today) ? " overdue" : "")\(r.status == .open ? "" : " · \(r.status.rawValue)")"
            } else if let o = account.openIssues.first(where: { $0.id == id }) {
                title = o.description
                detail = "\(o.owner) · deadline \(o.deadline.iso)\(o.isOverdue(today: today) ? " overdue" : "")\(o.isClosed ? " · closed" : "")"
            } else {
                continue
            }
            grid.put(here ? "▶" : " ", x: x, y: y, style: CellStyle(.accent, bold: true))
            let lines = wrap(title, width: w - 2)
            for (n, line) in lines.prefix(2).enumerated() {
                let shown = n == 1 && lines.count > 2 ? line + " …" : line
                grid.put(shown, x: x + 2, y: y + n, maxWidth: w - 2, style: CellStyle(here ? .focusedPaneTitle : .dialog, bold: here))
            }
            grid.put(detail, x: x + 2, y: y + 2, maxWidth: w - 2, style: CellStyle(.dim))
            if let decided = walk.decision(for: id) {
                grid.put("✓ \(decided)", x: x + 2, y: y + 3, maxWidth: w - 2, style: CellStyle(.met))
            } else {
                grid.put("· not yet decided", x: x + 2, y: y + 3, maxWidth: w - 2, style: CellStyle(.warning))
            }
            y += 4
        }
        return y
    }

    /// What the keys do right now, for the hint bar.
    static func hints(_ m: AgendaMeeting) -> [(String, String)] {
        if let form = m.form { return form.hints }
        return AgendaMeetingKeys.table.hints { AgendaMeetingKeys.shown($0, m) }
    }
}
