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
        if let o = account.stageOverride {
            lines += field("⚑ Override", "into \(o.toStage.title) on \(o.on.iso) by \(o.by): \(o.reason)",
                                    width: width, style: CellStyle(.flag))
        }
        if let a = account.archived {
            lines += field("Archived", "\(a.on.iso), \(a.reason.title)\(a.note.isEmpty ? "" : ": \(a.note)")",
                                    width: width, style: CellStyle(.warning, bold: true))
        } else {
            lines += field("Archived", "no, in the portfolio", width: width, style: CellStyle(.dim))
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
