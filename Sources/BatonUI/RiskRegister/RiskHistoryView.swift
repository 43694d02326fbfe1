import Foundation
import BatonCore

/// The history of the register or the log, in the risk pane: each entry what happened and when,
/// then why (the note), and what a re-commit or re-scope replaced. The entry under the cursor
/// shows its whole note; the others a line of it.
enum RiskHistoryView {
    static func draw(_ account: Account, state: AppState, into grid: inout CellGrid, rect: Rect, focused: Bool) {
        let entries = RiskRegisterRows.history(account, issues: state.showOpenIssues)
        let what = state.showOpenIssues ? "Open issues history" : "Risk history"
        grid.box(rect, title: "[3] \(what) · \(entries.count) \(entries.count == 1 ? "entry" : "entries")", focused: focused)
        grid.footer("H back", on: rect, focused: focused)
        let inner = rect.inset
        guard inner.width > 10, inner.height > 0 else { return }
        if entries.isEmpty {
            let none = state.showOpenIssues ? "No issue has been closed, re-committed or re-scoped yet."
                : "No risk has been closed, re-rated or has materialised yet."
            grid.put(none, x: inner.x, y: inner.y, maxWidth: inner.width, style: CellStyle(.dim))
            return
        }
        let wide = inner.width >= 60
        let cursor = min(state.riskCursor, entries.count - 1)
        let blocks = entries.enumerated().map { i, entry in
            lines(entry, width: inner.width, wide: wide, full: i == cursor)
        }
        // The first entry shown is the latest one that still lets the cursor's entry fit whole.
        var top = 0
        while top < cursor && blocks[top...cursor].reduce(0, { $0 + $1.count }) > inner.height { top += 1 }
        var y = inner.y
        for i in top..<entries.count where y < inner.maxY {
            for (n, line) in blocks[i].enumerated() where y < inner.maxY {
                grid.put(line.0, x: inner.x, y: y, maxWidth: inner.width, style: line.1)
                if focused && i == cursor && n == 0 { grid.highlightRow(inner, y: y, focused: true) }
                y += 1
            }
        }
    }

    /// "closed     2026-11-20  statement", then the note indented beneath, then what was kept.
    static func lines(_ entry: RegisterHistoryEntry, width: Int, wide: Bool, full: Bool) -> [(String, CellStyle)] {
        let role: Role = switch entry.event {
        case .riskMaterialised: .error
        case .riskClosed, .issueClosed: .done
        case .issueRecommitted, .issueRescoped, .riskChanged: .warning
        }
        let tag = entry.label.padding(toLength: 13, withPad: " ", startingAt: 0)
        var out: [(String, CellStyle)] = [("\(tag)\(shortDate(entry.on, wide: wide))  \(entry.title)", CellStyle(role))]
        let indent = "   "
        let noteLines = entry.note.split(separator: "\n").flatMap { wrap("↳ " + $0, width: width - indent.count) }
        for line in full ? noteLines : Array(noteLines.prefix(1)) {
            out.append((indent + line, CellStyle(.normal)))
        }
        if let kept = entry.kept {
            let keptLines = wrap(kept, width: width - indent.count)
            for line in full ? keptLines : Array(keptLines.prefix(1)) { out.append((indent + line, CellStyle(.dim))) }
        }
        return out
    }
}
