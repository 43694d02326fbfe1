import BatonCore

/// The account list: a summary line, a header, and one row per account with as many columns as fit.
enum PortfolioPane {
    /// A column that appears once the pane is at least `minWidth` wide inside.
    struct Column {
        var title: String
        var width: Int
        var minWidth: Int
        var rightAligned: Bool
        var cell: (AccountSummary) -> (String, CellStyle)
    }

    static func columns(innerWidth: Int) -> [Column] {
        let wide = innerWidth >= 100
        let all: [Column] = [
            Column(title: "Stage", width: 13, minWidth: 52, rightAligned: false) {
                ("\($0.stage.rawValue) \($0.stage.shortTitle)", CellStyle(.dim))
            },
            Column(title: "Rdy", width: 3, minWidth: 0, rightAligned: true) {
                ("\($0.verdict.score)/6", CellStyle($0.verdict.isCleared ? .met : $0.verdict.isStale ? .stale
                                                    : $0.verdict.score >= 4 ? .normal : .notMet))
            },
            Column(title: "Verdict", width: 12, minWidth: 64, rightAligned: false) { s in
                let atT = s.verdictAtTransfer != nil ? " at T" : ""
                if s.verdict.isStale { return ("Stale: re-run", CellStyle(.stale, bold: true)) }
                return s.verdict.isCleared ? ("Cleared\(atT)", CellStyle(.met, bold: atT.isEmpty))
                    : ("Not cleared", CellStyle(.notMet, bold: s.scheduleDriven))
            },
            Column(title: "T-day", width: 10, minWidth: 92, rightAligned: false) { ($0.tDay.iso, CellStyle(.dim)) },
            Column(title: "T±", width: 5, minWidth: 0, rightAligned: true) { s in
                let soon = s.stage < .transferDay && (0...14).contains(s.daysToTDay) && !s.verdict.isCleared
                return (s.tDayLabel, CellStyle(soon ? .warning : .normal, bold: soon))
            },
            Column(title: wide ? "Health" : "H", width: wide ? 6 : 1, minWidth: 0, rightAligned: false) { s in
                // Not rated is a dash, never Green.
                guard let health = s.health else { return ("—", CellStyle(.dim)) }
                return (wide ? health.title : String(health.title.prefix(1)), CellStyle(CardHistory.healthRole(health), bold: true))
            },
            Column(title: "Hi", width: 2, minWidth: 66, rightAligned: true) {
                ($0.highRisks == 0 ? "·" : "\($0.highRisks)", CellStyle($0.highRisks == 0 ? .dim : .heatHigh))
            },
            // Knowledge transfer matters from handover preparation on; before that it is not yet due.
            Column(title: "KT", width: 4, minWidth: 84, rightAligned: true) { s in
                guard s.stage >= .handoverPreparation else { return ("·", CellStyle(.dim)) }
                return ("\(s.knowledgeTransfer)%", CellStyle(s.knowledgeTransfer >= 95 ? .met : .warning))
            },
            Column(title: "Due", width: 3, minWidth: 74, rightAligned: true) {
                ($0.overdueItems == 0 ? "·" : "\($0.overdueItems)", CellStyle($0.overdueItems == 0 ? .dim : .overdue))
            },
            Column(title: "Owner", width: 16, minWidth: 104, rightAligned: false) { ($0.owner, CellStyle(.dim)) },
        ]
        return all.filter { innerWidth >= $0.minWidth }
    }

    /// Accounts per stage, as words a lead reads without the help: "Sales 1 · Onboarding 2 · …".
    /// The widest form that fits wins: stage names, then short names, then three or four letters;
    /// a narrow portfolio takes two rows rather than fall back to numbers.
    /// Rows the stage line takes: one where its words fit, two on a narrow portfolio (stages 1–4,
    /// then 5–8), so it reads as words at every width.
    static func summaryRows(innerWidth: Int) -> Int { innerWidth >= 48 ? 1 : 2 }

    static func drawStageCounts(_ index: PortfolioIndex, into grid: inout CellGrid, x: Int, y: Int, width: Int) {
        if summaryRows(innerWidth: width) == 2 {
            let all = Stage.allCases.map { (stage: $0, n: index.shownStageCounts[$0] ?? 0) }
            for (row, half) in [Array(all.prefix(4)), Array(all.dropFirst(4))].enumerated() {
                var cx = x
                for (j, c) in half.enumerated() {
                    if j > 0 { cx += grid.put(" · ", x: cx, y: y + row, maxWidth: max(0, x + width - cx), style: CellStyle(.dim)) }
                    cx += grid.put("\(Self.tinyTitle(c.stage)) ", x: cx, y: y + row, maxWidth: max(0, x + width - cx), style: CellStyle(.dim))
                    cx += grid.put("\(c.n)", x: cx, y: y + row, maxWidth: max(0, x + width - cx),
                                   style: CellStyle(c.n == 0 ? .dim : .normal, bold: c.n > 0))
                }
            }
            return
        }
        let counts = Stage.allCases.map { (stage: $0, n: index.shownStageCounts[$0] ?? 0) }
        let forms: [(label: (Stage) -> String, separator: String)] = [
            ({ "\($0.rawValue) \($0.shortTitle) " }, " · "),
            ({ "\($0.shortTitle) " }, " · "),
            ({ "\(Self.tinyTitle($0)) " }, " · "),
            ({ "\(Self.tinyTitle($0)) " }, " "),
        ]
        var chosen = forms[forms.count - 1]
        for form in forms {
            let text = counts.map { form.label($0.stage) + "\($0.n)" }.joined(separator: form.separator)
            if DisplayText.width(text) <= width {
                chosen = form
                break
            }
        }
        var cx = x
        for (j, c) in counts.enumerated() {
            if j > 0 { cx += grid.put(chosen.separator, x: cx, y: y, maxWidth: max(0, x + width - cx), style: CellStyle(.dim)) }
            cx += grid.put(chosen.label(c.stage), x: cx, y: y, maxWidth: max(0, x + width - cx), style: CellStyle(.dim))
            cx += grid.put("\(c.n)", x: cx, y: y, maxWidth: max(0, x + width - cx), style: CellStyle(c.n == 0 ? .dim : .normal, bold: c.n > 0))
        }
    }


    /// Three or four letters a stage is known by where room is short.
    static func tinyTitle(_ stage: Stage) -> String {
        switch stage {
        case .salesHandover: "Sale"
        case .onboardingActive: "Onb"
        case .readinessReview: "Rdy"
        case .handoverPreparation: "Prep"
        case .jointTransitionMeeting: "Jnt"
        case .transferDay: "T-day"
        case .continuity: "Cont"
        case .accountManagement: "AM"
        }
    }

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        let index = state.index
        // On a team's portfolio the pane is named by its view: "My accounts", "Whole team", "Lead Marc Dubois".
        let view = state.teamViewTitle.map { DisplayText.sanitize($0.prefix(1).uppercased() + $0.dropFirst()) } ?? "Portfolio"
        var title = "[1] \(view) · by \(state.sort.title)"
        if state.attentionOnly { title += " · needs attention" }
        if state.showArchived { title += " +archived" }
        grid.box(rect, title: title, focused: focused)
        let inner = rect.inset
        guard inner.width > 4, inner.height > 2 else { return }

        // Summary: accounts per stage; cleared and near T-days go on the bottom edge.
        if state.filterEditing || !state.filter.isEmpty {
            let label = "Filter: "
            grid.put(label, x: inner.x, y: inner.y, style: CellStyle(.accent, bold: true))
            let w = grid.put(state.filter, x: inner.x + label.count, y: inner.y,
                             maxWidth: inner.width - label.count - 1, style: CellStyle(.input))
            if state.filterEditing {
                grid.put("▏", x: inner.x + label.count + w, y: inner.y, style: CellStyle(.accent))
            }
        } else {
            drawStageCounts(index, into: &grid, x: inner.x, y: inner.y, width: inner.width)
        }
        // Counts on the bottom edge, as many as fit, most important first.
        let listed = index.showArchived ? "\(index.rows.count) listed, \(index.archivedCount) archived"
            : "\(index.rows.count) of \(index.activeCount)"
        let parts = [listed, "\(index.shownClearedCount) cleared",
                     "\(index.shownTDaysWithin14) T-day≤14d", "\(index.shownAttentionCount) need attention"]
        var footer = ""
        for part in parts {
            let candidate = footer.isEmpty ? part : footer + " · " + part
            if DisplayText.width(candidate) + 6 > rect.width { break }
            footer = candidate
        }
        grid.footer(footer, on: rect, focused: focused)

        let cols = columns(innerWidth: inner.width)
        let fixed = cols.reduce(0) { $0 + $1.width + 1 } + 2  // + the flag column
        // The attention view gives the reasons the room the columns would have taken.
        let nameWidth = state.attentionOnly ? max(8, min(inner.width - fixed, inner.width * 2 / 5))
            : max(8, inner.width - fixed)
        let summary = summaryRows(innerWidth: inner.width)
        let headerY = inner.y + summary
        grid.put("Account", x: inner.x, y: headerY, maxWidth: nameWidth, style: CellStyle(.header, bold: true))
        let listTop = headerY + 1
        let visible = inner.height - summary - 1
        if index.rows.isEmpty {
            let why = !state.filter.isEmpty ? "No account matches \"\(state.filter)\"."
                : state.attentionOnly ? "Nothing needs attention."
                : index.activeCount == 0 && index.archivedCount == 0 ? "No accounts yet — n adds one"
                : "Every account is archived — X lists them, n adds one"
            grid.put(why, x: inner.x, y: listTop, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        if state.attentionOnly {
            grid.put("Why", x: inner.x + nameWidth + 1, y: headerY, style: CellStyle(.header, bold: true))
        } else {
            var x = inner.x + nameWidth + 1
            for c in cols {
                if c.rightAligned {
                    grid.putRight(c.title, rightEdge: x + c.width, y: headerY, maxWidth: c.width, style: CellStyle(.header, bold: true))
                } else {
                    grid.put(c.title, x: x, y: headerY, maxWidth: c.width, style: CellStyle(.header, bold: true))
                }
                x += c.width + 1
            }
        }

        let first = state.portfolioScroll
        for line in 0..<visible {
            let row = first + line
            guard let s = index.summary(atRow: row) else { break }
            let y = listTop + line
            let selected = row == state.selectedRow
            // An archived account (listed on X) is dimmed and marked, never mistaken for a live one.
            grid.put(s.name, x: inner.x, y: y, maxWidth: nameWidth,
                     style: CellStyle(s.archived == nil ? .normal : .dim, bold: selected))
            var x = inner.x + nameWidth + 1
            if state.attentionOnly {
                let why = s.attention.map(\.label).joined(separator: ", ")
                grid.put(why, x: x, y: y, maxWidth: inner.maxX - x, style: CellStyle(.warning))
            } else {
                for c in cols {
                    let (text, style) = c.cell(s)
                    if c.rightAligned {
                        grid.putRight(text, rightEdge: x + c.width, y: y, maxWidth: c.width, style: style)
                    } else {
                        grid.put(text, x: x, y: y, maxWidth: c.width, style: style)
                    }
                    x += c.width + 1
                }
                if s.archived != nil {
                    grid.put("⊘", x: inner.maxX - 1, y: y, style: CellStyle(.dim, bold: true))
                } else if s.scheduleDriven || !s.attention.isEmpty {
                    grid.put(s.scheduleDriven ? "⚑" : "•", x: inner.maxX - 1, y: y, style: CellStyle(.flag, bold: true))
                }
            }
            if selected { grid.highlightRow(inner, y: y, focused: focused) }
        }
    }
}
