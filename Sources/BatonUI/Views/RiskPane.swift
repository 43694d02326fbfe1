import BatonCore

/// How many rows the risk pane lists for the selected account: active risks, or open issues.
enum RiskPaneRows {
    static func count(for state: AppState) -> Int {
        guard let account = state.selectedAccount else { return 0 }
        return state.showOpenIssues ? account.openIssues.filter { !$0.isClosed }.count
            : account.risks.filter(\.isActive).count
    }
}

/// The risk register (by severity, with a 3×3 heat map) or, on `i`, the open issues log.
enum RiskPane {
    static let heatMapWidth = 13

    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        guard let account = state.selectedAccount else {
            grid.box(rect, title: "[3] Risk register", focused: focused)
            return
        }
        if state.showOpenIssues {
            drawIssues(account, state: state, into: &grid, rect: rect, focused: focused)
            return
        }
        let active = account.risksBySeverity().filter(\.isActive)
        let closed = account.risks.count - active.count
        grid.box(rect, title: "[3] Risk register · \(active.count) open", focused: focused)
        if closed > 0 { grid.footer("+\(closed) closed in history", on: rect, focused: focused) }
        let inner = rect.inset
        guard inner.width > 20, inner.height > 0 else { return }

        let map = HeatMap(risks: account.risks)
        drawHeatMap(map, into: &grid, x: inner.x, y: inner.y, height: inner.height)
        let listX = inner.x + heatMapWidth + 1
        let list = Rect(x: listX, y: inner.y, width: inner.maxX - listX, height: inner.height)
        if active.isEmpty {
            // "No significant risks" is itself suspicious: say so rather than look reassuring.
            grid.put("No open risks recorded.", x: list.x, y: list.y, maxWidth: list.width, style: CellStyle(.warning))
            if list.height > 1 {
                grid.put("Is that honest?", x: list.x, y: list.y + 1, maxWidth: list.width, style: CellStyle(.dim))
            }
            return
        }
        let wide = list.width >= 60
        let top = centeredScroll(cursor: state.riskCursor, count: active.count, visible: list.height)
        for line in 0..<min(list.height, active.count - top) {
            let i = top + line
            let risk = active[i]
            let y = list.y + line
            let overdue = risk.isReviewOverdue(today: state.today)
            grid.put("\(risk.severity)", x: list.x, y: y, style: CellStyle(heatRole(risk.severity), bold: true))
            let review = overdue ? "!\(shortDate(risk.nextReview, wide: wide))" : shortDate(risk.nextReview, wide: wide)
            let owner = wide ? "\(risk.owner)  " : ""
            let right = owner + review
            let rightWidth = DisplayText.width(right)
            var statement = risk.statement
            if risk.status == .materialised { statement = "MATERIALISED · " + statement }
            grid.put(statement, x: list.x + 2, y: y, maxWidth: list.width - 3 - rightWidth,
                     style: CellStyle(risk.status == .materialised ? .error : .normal))
            grid.putRight(right, rightEdge: list.maxX, y: y, maxWidth: rightWidth,
                          style: CellStyle(overdue ? .overdue : .dim, bold: overdue))
            if focused && i == state.riskCursor { grid.highlightRow(list, y: y, focused: true) }
        }
    }

    /// Likelihood down the side (High at the top), impact along the bottom, counts in the cells.
    /// The header reads "likelihood × impact": rows are likelihood (High on top), columns impact.
    static func drawHeatMap(_ map: HeatMap, into grid: inout CellGrid, x: Int, y: Int, height: Int) {
        grid.put("L×I L  M  H", x: x, y: y, style: CellStyle(.dim))
        let levels: [Level] = [.high, .medium, .low]
        for (row, likelihood) in levels.enumerated() where row + 1 < height {
            grid.put(String(likelihood.title.prefix(1)), x: x + 2, y: y + 1 + row, style: CellStyle(.dim))
            for (col, impact) in [Level.low, .medium, .high].enumerated() {
                let n = map.count(likelihood: likelihood, impact: impact)
                let role = heatRole(likelihood.rawValue * impact.rawValue)
                let text = n == 0 ? " · " : n > 9 ? " + " : " \(n) "
                grid.put(text, x: x + 3 + col * 3, y: y + 1 + row, style: CellStyle(n == 0 ? .heatNone : role, bold: n > 0))
            }
        }
    }

    static func heatRole(_ severity: Int) -> Role {
        severity >= 6 ? .heatHigh : severity >= 3 ? .heatMedium : .heatLow
    }

    static func drawIssues(_ account: Account, state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        let open = account.openIssues.filter { !$0.isClosed }
        grid.box(rect, title: "[3] Open issues log · \(open.count) open", focused: focused)
        let closed = account.openIssues.count - open.count
        if closed > 0 { grid.footer("+\(closed) closed in history", on: rect, focused: focused) }
        let inner = rect.inset
        guard inner.width > 10, inner.height > 0 else { return }
        if open.isEmpty {
            grid.put("No open issues.", x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        let wide = inner.width >= 60
        let afterTDay = account.stage >= .transferDay
        let top = centeredScroll(cursor: state.riskCursor, count: open.count, visible: inner.height)
        for line in 0..<min(inner.height, open.count - top) {
            let i = top + line
            let issue = open[i]
            let y = inner.y + line
            let overdue = issue.isOverdue(today: state.today)
            let dispositionLate = afterTDay && issue.isDispositionOverdue(tDay: account.tDay, today: state.today)
            grid.put(kindTag(issue.kind), x: inner.x, y: y, style: CellStyle(.accent))
            var right = (wide ? "\(issue.owner)  " : "") + (overdue ? "!" : "") + shortDate(issue.deadline, wide: wide)
            if dispositionLate { right = "undispositioned " + right }
            let rightWidth = DisplayText.width(right)
            grid.put(issue.description, x: inner.x + 5, y: y, maxWidth: inner.width - 6 - rightWidth)
            grid.putRight(right, rightEdge: inner.maxX, y: y, maxWidth: rightWidth,
                          style: CellStyle(overdue || dispositionLate ? .overdue : .dim, bold: overdue || dispositionLate))
            if focused && i == state.riskCursor { grid.highlightRow(inner, y: y, focused: true) }
        }
    }

    static func kindTag(_ kind: OpenIssue.Kind) -> String {
        switch kind {
        case .ourCommitment: "us→"
        case .customerCommitment: "→us"
        case .technical: "tech"
        case .awaitingDecision: "dec?"
        }
    }
}
