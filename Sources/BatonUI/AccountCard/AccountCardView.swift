import BatonCore

/// The account card on the whole screen: the account's name, the six tabs, a line of where it
/// stands, then the tab's own lines — only those on screen are drawn.
enum AccountCardView {
    /// Columns and rows for a tab's lines on a screen of this size (tab bar, status line and a
    /// blank under the frame's top edge; a margin inside each side).
    static func contentWidth(_ width: Int) -> Int { max(10, width - 4) }
    static func contentHeight(_ height: Int) -> Int { max(1, height - 7) }

    static func draw(_ card: AccountCard, state: AppState, into grid: inout CellGrid) {
        guard let account = state.portfolio.account(id: card.accountID) else { return }
        let body = DialogFrame.body(of: grid)
        grid.fill(body, style: CellStyle(.dialog))
        let archived = account.archived.map { " · ARCHIVED \($0.on.iso)" } ?? ""
        grid.box(body, title: "Account card · \(account.name)\(archived)", focused: true)
        let inner = body.inset
        let x = inner.x + 1, width = inner.width - 2
        drawTabs(card, account: account, into: &grid, x: x, y: inner.y, width: width)
        grid.put(statusLine(account, today: state.today, width: width), x: x, y: inner.y + 1, maxWidth: width, style: CellStyle(.dim))
        let content = Rect(x: x, y: inner.y + 3, width: width, height: max(0, inner.height - 3))

        switch card.tab {
        case .overview:
            CardOverview.draw(account, cursor: card.cursor, today: state.today, into: &grid, rect: content)
        case .history:
            let lines = CardHistory.lines(account, today: state.today, width: content.width)
            let top = max(0, min(card.cursor, lines.count - content.height))
            draw(lines, top: top, cursor: nil, into: &grid, rect: content)
            if lines.count > content.height {
                grid.footer("lines \(top + 1)–\(min(lines.count, top + content.height)) of \(lines.count) · j/k scroll",
                            on: body, focused: true)
            }
        default:
            let lines = tabLines(card.tab, account: account, cursor: card.cursor, today: state.today, width: content.width)
            draw(lines, top: scroll(lines, cursor: card.cursor, visible: content.height), cursor: card.cursor,
                 into: &grid, rect: content)
        }

        if let scroll = card.help { HelpOverlay.draw(scroll: scroll, keymap: state.keymap, into: &grid) }
        if let form = card.form { FormView.draw(form, state: state, into: &grid) }
    }

    static func tabLines(_ tab: CardTab, account: Account, cursor: Int, today: CalendarDate, width: Int) -> [CardLine] {
        switch tab {
        case .overview, .history: []
        case .contacts: CardContacts.lines(account, cursor: cursor, width: width)
        case .milestones: CardMilestones.lines(account, cursor: cursor, today: today, width: width)
        case .exit: CardExit.lines(account, cursor: cursor, width: width)
        case .handover: CardHandover.lines(account, today: today, width: width)
        }
    }

    /// "1 Overview  2 Contacts 4  3 Milestones 4/5 …": the counts only where they fit.
    static func drawTabs(_ card: AccountCard, account: Account, into grid: inout CellGrid, x: Int, y: Int, width: Int) {
        let done = account.milestones.filter(\.isCompletedWithEvidence).count
        let counts: [CardTab: String] = [
            .contacts: "\(account.contacts.count)",
            .milestones: "\(done)/\(account.milestones.count)",
            .exit: "\(account.exit.filter { $0.doneOn != nil }.count)/5",
            .handover: "\(HandoverSection.allCases.filter { !account.handover[$0].isEmpty }.count)/8",
        ]
        func labels(withCounts: Bool) -> [String] {
            CardTab.allCases.map { tab in
                " \(tab.rawValue) \(tab.title)" + (withCounts ? counts[tab].map { " \($0)" } ?? "" : "") + " "
            }
        }
        var chosen = labels(withCounts: true)
        if chosen.reduce(0, { $0 + DisplayText.width($1) + 1 }) > width { chosen = labels(withCounts: false) }
        var col = x
        for (tab, label) in zip(CardTab.allCases, chosen) {
            let current = tab == card.tab
            let used = grid.put(label, x: col, y: y, maxWidth: max(0, x + width - col),
                                style: CellStyle(current ? .focusedPaneTitle : .dim, bold: current, underline: current,
                                                 selected: current))
            col += used + 1
        }
    }

    /// Where the account stands, on every tab: stage, T-day, readiness, health, flags — shorter
    /// words where the long ones do not fit.
    static func statusLine(_ account: Account, today: CalendarDate, width: Int) -> String {
        let verdict = Readiness.verdict(for: account, today: today)
        let flag = account.isScheduleDrivenTransition ? " · ⚑ schedule-driven" : ""
        let said = verdict.isStale ? "stale: re-run" : verdict.title.lowercased()
        let long = "Stage \(account.stage.rawValue) \(account.stage.title) · T-day \(account.tDay.iso) (\(account.tDayLabel(today: today)))"
            + " · readiness \(verdict.score)/6 \(said) · \(account.health.title)" + flag
        if DisplayText.width(long) <= width { return long }
        return "Stage \(account.stage.rawValue) \(account.stage.shortTitle) · T-day \(account.tDay.iso) (\(account.tDayLabel(today: today)))"
            + " · \(verdict.score)/6 \(said) · \(account.health.title)" + flag
    }

    /// The first line to show so the cursor's row is on screen, near the middle, with as many of
    /// its lines as fit.
    static func scroll(_ lines: [CardLine], cursor: Int, visible: Int) -> Int {
        guard let first = lines.firstIndex(where: { $0.row == cursor }) else { return 0 }
        let last = lines.lastIndex { $0.row == cursor } ?? first
        var top = centeredScroll(cursor: first, count: lines.count, visible: visible)
        if last >= top + visible { top = min(first, last - visible + 1) }
        return max(0, top)
    }

    static func draw(_ lines: [CardLine], top: Int, cursor: Int?, into grid: inout CellGrid, rect: Rect) {
        guard rect.height > 0 else { return }
        for (n, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            let y = rect.y + n
            grid.put(line, x: rect.x, y: y, width: rect.width)
            if line.highlights, let cursor, line.row == cursor { grid.highlightRow(rect, y: y, focused: true) }
        }
        // In the margin beside the lines, so no text is covered.
        if top > 0 { grid.put("↑", x: rect.maxX, y: rect.y, style: CellStyle(.dim)) }
        if lines.count - top > rect.height { grid.put("↓", x: rect.maxX, y: rect.maxY - 1, style: CellStyle(.dim)) }
    }

    /// The hint bar inside the card: what the keys do on this tab.
    static func hints(_ card: AccountCard, state: AppState) -> [(String, String)] {
        if let form = card.form { return form.hints }
        if card.help != nil { return HelpKeys.table.hints { $0 != .search } }
        // Key labels from the keymap, so a rebinding shows here too.
        func key(_ c: Command) -> String {
            state.keymap.bindings.first { $0.command == c && !$0.keys.isEmpty }?.keys.first?.label ?? ":\(c.name)"
        }
        func key(_ c: CardCommand) -> String { key(.card(c)) }
        let pairs: [(String, String)]
        switch card.tab {
        case .overview: pairs = [("j/k", "block"), (key(.edit), "edit")]
        case .contacts: pairs = [(key(.add), "add"), (key(.edit), "edit")]
        case .milestones: pairs = [(key(.add), "add"), (key(.edit), "edit"), (key(.complete), "complete"), (key(.reopen), "reopen")]
        case .exit: pairs = [(key(.complete), "done"), (key(.reopen), "not done")]
        case .handover: pairs = [(key(.edit), "edit section")]
        case .history: pairs = [("j/k", "scroll")]
        }
        let tabs = "\(key(.tab(.overview)))-\(key(.tab(.history)))"
        return [(tabs, "tab"), ("\(key(.previousTab)) \(key(.nextTab))", "prev/next")] + pairs
            + [(key(Command.undo), "undo"), (key(Command.help), "help"), (key(.close), "close")]
    }
}
