import BatonCore

/// Past assessment runs: date, verdict, attendees; Enter compares one with the marks as they stand.
enum RunsView {
    static func draw(_ b: RunsBrowser, state: AppState, into grid: inout CellGrid) {
        guard let account = state.portfolio.account(id: b.accountID), !account.readiness.runs.isEmpty else { return }
        let runs = account.readiness.runs
        let run = runs[min(b.cursor, runs.count - 1)]
        if b.comparing {
            let inner = DialogFrame.draw(title: "Run of \(run.on.iso) compared with now · \(account.name)", width: 100, height: 14, into: &grid)
            let x = inner.x + 1, w = inner.width - 2
            let col = w / 2
            grid.put("Condition", x: x, y: inner.y, style: CellStyle(.header, bold: true))
            grid.put("At the run (\(run.on.iso))", x: x + col - 14, y: inner.y, style: CellStyle(.header, bold: true))
            grid.put("Now", x: x + col + 12, y: inner.y, style: CellStyle(.header, bold: true))
            for (i, c) in ReadinessCondition.allCases.enumerated() {
                let y = inner.y + 1 + i
                let then = run.results.first { $0.condition == c }?.status ?? .unassessed
                let nowMark = account.readiness[c]
                let validity = Readiness.validity(of: c, in: account, today: state.today)
                let nowText = validity.isValid ? "Met" : (validity.reason.map { nowMark.status == .met ? "Met — \($0)" : nowMark.status.title } ?? nowMark.status.title)
                grid.put("\(c.number) \(c.title)", x: x, y: y, maxWidth: col - 16, style: CellStyle(.dialog))
                grid.put(then.title, x: x + col - 14, y: y, maxWidth: 24, style: CellStyle(then == .met ? .met : then == .notMet ? .notMet : .unassessed))
                grid.put(nowText, x: x + col + 12, y: y, maxWidth: w - col - 12,
                         style: CellStyle(validity.isValid ? .met : nowMark.status == .notMet ? .notMet : .stale,
                                          bold: (then == .met) != validity.isValid))
            }
            let now = Readiness.verdict(for: account, today: state.today)
            grid.put("Verdict: \(run.cleared ? "CLEARED" : "NOT CLEARED") \(run.score)/6 then · \(now.isCleared ? "CLEARED" : "NOT CLEARED") \(now.score)/6 now",
                     x: x, y: inner.y + 8, maxWidth: w, style: CellStyle(.dialog, bold: true))
            grid.put("Enter or Esc back to the runs", x: x, y: inner.maxY - 1, maxWidth: w, style: CellStyle(.dim))
            return
        }
        let inner = DialogFrame.draw(title: "Assessment runs · \(account.name)", width: 100, height: min(grid.height - 2, runs.count + 4), into: &grid)
        let x = inner.x + 1, w = inner.width - 2
        let top = centeredScroll(cursor: b.cursor, count: runs.count, visible: inner.height - 1)
        for (n, r) in runs.dropFirst(top).prefix(inner.height - 1).enumerated() {
            let i = top + n
            let y = inner.y + n
            var cx = x
            cx += grid.put(r.on.iso + "  ", x: cx, y: y, style: CellStyle(.dialog))
            cx += grid.put((r.cleared ? "CLEARED" : "NOT CLEARED").padding(toLength: 13, withPad: " ", startingAt: 0), x: cx, y: y,
                           style: CellStyle(r.cleared ? .met : .notMet, bold: true))
            cx += grid.put("\(r.score)/6  ", x: cx, y: y, style: CellStyle(.dialog))
            grid.put(r.attendees.joined(separator: ", "), x: cx, y: y, maxWidth: x + w - cx, style: CellStyle(.dim))
            if i == b.cursor { grid.highlightRow(Rect(x: x, y: y, width: w, height: 1), y: y, focused: true) }
        }
        grid.put("Enter compare with now · j/k move · Esc close", x: x, y: inner.maxY - 1, maxWidth: w, style: CellStyle(.dim))
    }
}
