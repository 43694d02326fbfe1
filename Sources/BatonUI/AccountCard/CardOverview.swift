import BatonCore

/// Tab 1: who the customer is, what they bought, who looks after them, and where the transition
/// stands. Two columns from 80 wide; the block under the cursor is what `e` edits.
enum CardOverview {
    static func draw(_ account: Account, cursor: Int, today: CalendarDate, into grid: inout CellGrid, rect: Rect) {
        if rect.width >= 70 {
            let gap = 2
            let left = Rect(x: rect.x, y: rect.y, width: (rect.width - gap) / 2, height: rect.height)
            let right = Rect(x: left.maxX + gap, y: rect.y, width: rect.width - left.width - gap, height: rect.height)
            AccountCardView.draw(leftColumn(account, width: left.width), top: 0, cursor: cursor, into: &grid, rect: left)
            AccountCardView.draw(rightColumn(account, today: today, width: right.width), top: 0, cursor: cursor,
                                 into: &grid, rect: right)
        } else {
            let lines = leftColumn(account, width: rect.width) + [.blank] + rightColumn(account, today: today, width: rect.width)
            AccountCardView.draw(lines, top: AccountCardView.scroll(lines, cursor: cursor, visible: rect.height),
                                 cursor: cursor, into: &grid, rect: rect)
        }
    }

    static func leftColumn(_ account: Account, width: Int) -> [CardLine] {
        let i = account.identity, c = account.contract
        let identity = OverviewBlock.identity.rawValue, contract = OverviewBlock.contract.rawValue
        var lines = [CardLine.heading("Identity", row: identity)]
        lines += CardLine.field("Name", i.name, width: width, style: CellStyle(.dialog, bold: true), row: identity)
        lines += CardLine.field("Legal entity", i.legalEntity, width: width, row: identity)
        lines += CardLine.field("Industry", i.industry, width: width, row: identity)
        lines += CardLine.field("Headcount", i.headcount == 0 ? "" : grouped(i.headcount), width: width, row: identity)
        lines += CardLine.field("Location", i.primaryLocation, width: width, row: identity)
        lines.append(CardLine("", row: identity))
        lines.append(.heading("Contract", row: contract))
        lines += CardLine.field("Bought", c.purchased, width: width, row: contract)
        lines += CardLine.field("Annual value", "\(c.currency) \(grouped(c.annualValue))", width: width, row: contract)
        lines += CardLine.field("Term", "\(c.termMonths) months", width: width, row: contract)
        lines += CardLine.field("Start", c.startDate.iso, width: width, row: contract)
        lines += CardLine.field("Renewal", c.renewalDate.iso, width: width, row: contract)
        return lines
    }

    static func rightColumn(_ account: Account, today: CalendarDate, width: Int) -> [CardLine] {
        let p = account.people
        let people = OverviewBlock.people.rawValue
        var lines = [CardLine.heading("Our people", row: people)]
        lines += CardLine.field("Coordinator", p.onboardingCoordinator, width: width, row: people)
        lines += CardLine.field("Lead", p.onboardingLead, width: width, row: people)
        lines += CardLine.field("Acct manager", p.accountManager, width: width, row: people)
        lines += CardLine.field("AM director", p.accountManagementDirector ?? "", width: width, row: people)
        var owner = p.primaryOwner
        if let until = p.leadSecondaryContactUntil { owner += " (\(p.onboardingLead) secondary to \(until.iso))" }
        lines += CardLine.field("Primary owner", owner, width: width, row: people)
        lines.append(CardLine("", row: people))
        lines.append(.heading("Transition"))
        lines += CardLine.field("Kind", "\(account.transitionKind.title), \(account.planning.rawValue)", width: width)
        lines += CardLine.field("Stage", "\(account.stage.rawValue) \(account.stage.title)", width: width)
        lines += CardLine.field("T-day", "\(account.tDay.iso) (\(account.tDayLabel(today: today)))", width: width)
        if let o = account.stageOverride {
            lines += CardLine.field("⚑ Override", "into \(o.toStage.title) on \(o.on.iso) by \(o.by): \(o.reason)",
                                    width: width, style: CellStyle(.flag))
        }
        if let a = account.archived {
            lines += CardLine.field("Archived", "\(a.on.iso), \(a.reason.title)\(a.note.isEmpty ? "" : ": \(a.note)")",
                                    width: width, style: CellStyle(.warning, bold: true))
        } else {
            lines += CardLine.field("Archived", "no — in the portfolio", width: width)
        }
        return lines
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
