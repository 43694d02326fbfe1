import BatonCore

/// Tab 1: who the customer is, what they bought, who looks after them, and where the transition
/// stands. Two columns from 80 wide; the block under the cursor is what `e` edits (j/k go
/// identity → our people → contract, in reading order).
enum CardOverview {
    static func draw(_ account: Account, cursor: Int, today: CalendarDate, into grid: inout CellGrid, rect: Rect) {
        if rect.width >= 70 {
            let gap = 2
            let left = Rect(x: rect.x, y: rect.y, width: (rect.width - gap) / 2, height: rect.height)
            let right = Rect(x: left.maxX + gap, y: rect.y, width: rect.width - left.width - gap, height: rect.height)
            // Each column scrolls on its own, so the block under the cursor is always whole on screen.
            let leftLines = leftColumn(account, width: left.width)
            let rightLines = rightColumn(account, today: today, width: right.width)
            AccountCardView.draw(leftLines, top: AccountCardView.scroll(leftLines, cursor: cursor, visible: left.height),
                                 cursor: cursor, into: &grid, rect: left)
            AccountCardView.draw(rightLines, top: AccountCardView.scroll(rightLines, cursor: cursor, visible: right.height),
                                 cursor: cursor, into: &grid, rect: right)
        } else {
            let lines = leftColumn(account, width: rect.width) + [.blank] + rightColumn(account, today: today, width: rect.width)
            AccountCardView.draw(lines, top: AccountCardView.scroll(lines, cursor: cursor, visible: rect.height),
                                 cursor: cursor, into: &grid, rect: rect)
        }
    }

    /// Identity and our people: short values, so the long ones (what was bought) get the right.
    static func leftColumn(_ account: Account, width: Int) -> [CardLine] {
        let i = account.identity, p = account.people
        let identity = OverviewBlock.identity.rawValue, people = OverviewBlock.people.rawValue
        var lines = [CardLine.heading("Identity", row: identity)]
        lines += field("Name", i.name, width: width, style: CellStyle(.dialog, bold: true), row: identity)
        lines += field("Legal entity", i.legalEntity, width: width, row: identity)
        lines += field("Industry", i.industry, width: width, row: identity)
        lines += field("Headcount", i.headcount == 0 ? "" : grouped(i.headcount), width: width, row: identity)
        lines += field("Location", i.primaryLocation, width: width, row: identity)
        lines.append(.blank)
        lines.append(.heading("Our people", row: people))
        lines += field("Coordinator", p.onboardingCoordinator, width: width, row: people)
        lines += field("Lead", p.onboardingLead, width: width, row: people)
        lines += field("Acct manager", p.accountManager, width: width, row: people)
        lines += field("AM director", p.accountManagementDirector ?? "", width: width, row: people)
        lines += field("CRM owner", p.primaryOwner, width: width, row: people)
        if let until = p.leadSecondaryContactUntil {
            lines += field("Secondary", "\(p.onboardingLead) to \(until.iso)", width: width, row: people)
        }
        return lines
    }

    static func rightColumn(_ account: Account, today: CalendarDate, width: Int) -> [CardLine] {
        let c = account.contract
        let contract = OverviewBlock.contract.rawValue
        var lines = [CardLine.heading("Contract", row: contract)]
        lines += field("Bought", c.purchased, width: width, row: contract)
        lines += field("Annual value", "\(c.currency) \(grouped(c.annualValue))", width: width, row: contract)
        lines += field("Term", "\(c.termMonths) months", width: width, row: contract)
        lines += field("Start", c.startDate.iso, width: width, row: contract)
        lines += field("Renewal", c.renewalDate.iso, width: width, row: contract)
        lines.append(.blank)
        lines.append(.heading("Transition"))
        lines += field("Kind", "\(account.transitionKind.title), \(account.planning.rawValue)", width: width)
        lines += field("Stage", "\(account.stage.rawValue) \(account.stage.title)", width: width)
        lines += field("T-day", "\(account.tDay.iso) (\(account.tDayLabel(today: today)))", width: width)
        // A T-day on a weekend or a quarter-end Friday is said where the T-day is (000:57, 457).
        if account.stage < .continuity, let avoid = BusinessDays.tDayToAvoid(account.tDay) {
            lines += field("⚠ T-day", avoid.text(account.tDay), width: width, style: CellStyle(.warning, bold: true))
        }
        if let o = account.stageOverride {
            let missing = (o.missing ?? []).map(\.title)
            lines += field("⚑ Override", "into \(o.toStage.title) on \(o.on.iso) by \(o.by): \(o.reason)"
                           + (missing.isEmpty ? "" : " (missing then: \(missing.joined(separator: ", ")))"),
                                    width: width, style: CellStyle(.flag))
        }
        if let a = account.archived {
            lines += field("Archived", "\(a.on.iso), \(a.reason.title)\(a.note.isEmpty ? "" : ": \(a.note)")",
                                    width: width, style: CellStyle(.warning, bold: true))
        } else {
            lines += field("Archived", "no, in the portfolio", width: width, style: CellStyle(.dim))
        }
        lines.append(.blank)
        lines += measures(account, today: today, width: width)
        return lines
    }

    /// The source's measures of this transition, as far as they can be judged today.
    static func measures(_ account: Account, today: CalendarDate, width: Int) -> [CardLine] {
        let m = AccountMeasures(account: account, today: today)
        var lines = [CardLine.heading("Measures (% for the portfolio)")]
        lines += field("Readiness", "\(m.readinessScore) of 6 valid", width: width)
        let kt = Int((m.knowledgeTransfer * 100).rounded())
        lines += field("Knowledge", "\(kt) % transferred: CRM areas of 9 (target 95 %)", width: width,
                       style: CellStyle(kt >= 95 ? .met : .dialog))
        lines += field("Activation", m.daysToActivation.map { "\($0) days from the start of onboarding" }
                       ?? "not yet: condition 2 not evidenced", width: width)
        let stages = account.daysInStage(today: today).map { "\($0.stage.shortTitle) \($0.days) d" }
        lines += field("In stage", stages.isEmpty ? "no dated stage moves yet" : stages.joined(separator: " · "), width: width)
        let health = m.health
        if let start = health.atTransfer, !health.after.isEmpty {
            let after = health.after.map { "T+\($0.days) \($0.rating?.title ?? "—")" }.joined(separator: " · ")
            lines += field("Health held", "T-day \(start.title) · \(after)", width: width,
                           style: CellStyle(health.maintained == false ? .warning : .dialog))
        } else if health.atTransfer == nil, account.tDay.adding(days: 30) <= today {
            lines += field("Health held", "no rating on record at T-day to compare with", width: width, style: CellStyle(.dim))
        } else {
            lines += field("Health held", "read at T+30, T+60 and T+90", width: width, style: CellStyle(.dim))
        }
        lines += field("Signals", m.jointMeetingAllSignals.map { $0 ? "joint meeting: all three" : "joint meeting: not all three" } ?? "no joint meeting yet",
                       width: width)
        lines += field("Review", m.reviewOnTime.map { $0 ? "30-day review held on time" : "30-day review not held by T+37" }
                       ?? "30-day review due at T+30", width: width, style: CellStyle(m.reviewOnTime == false ? .warning : .dialog))
        lines += field("Satisfaction", m.satisfaction.map { "\($0) of 5 (target 4.5)" } ?? "asked in the 30-day review", width: width)
        if let issues = m.issuesDispositioned {
            lines += field("Issues", "\(issues.done) of \(issues.of) decided by T+30", width: width,
                           style: CellStyle(issues.done < issues.of ? .warning : .dialog))
        }
        return lines
    }

    /// The overview's fields: labels of at most 12 columns, so two columns fit in 80.
    static func field(_ label: String, _ value: String, width: Int, style: CellStyle = CellStyle(.dialog),
                      row: Int? = nil) -> [CardLine] {
        CardLine.field(label, value, width: width, labelWidth: 12, style: style, row: row)
    }

    /// 48000 → "48,000": money and headcounts read at a glance.
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }
}
