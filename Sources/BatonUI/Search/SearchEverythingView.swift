import BatonCore

/// The search: what is typed, then each match as account · where · the words around it.
enum SearchEverythingView {
    static func draw(_ s: SearchEverything, state: AppState, into grid: inout CellGrid) {
        let width = min(grid.width - 4, 110)
        let rect = Rect(x: (grid.width - width) / 2, y: 2, width: width, height: grid.height - 4)
        grid.fill(rect, style: CellStyle(.dialog))
        let count = s.hits.isEmpty ? "" : " · \(s.hits.count)\(s.truncated ? "+" : "") match\(s.hits.count == 1 ? "" : "es")"
        grid.box(rect, title: "Search everything\(count)", focused: true)
        let inner = rect.inset
        var x = inner.x + 1
        x += grid.put("Find: ", x: x, y: inner.y, style: CellStyle(.accent, bold: true))
        x += grid.put(s.query, x: x, y: inner.y, maxWidth: inner.width - 10, style: CellStyle(.input))
        grid.put("▏", x: x, y: inner.y, style: CellStyle(.accent))
        let listTop = inner.y + 2
        let rows = max(1, inner.maxY - listTop)
        guard !s.hits.isEmpty else {
            let hint = s.query.isEmpty
                ? "Type to search names, contacts, risks, open issues, notes, meeting notes, evidence, the handover document…"
                : "Nothing matches “\(s.query)”."
            for (i, line) in wrap(hint, width: inner.width - 2).enumerated() where listTop + i < inner.maxY {
                grid.put(line, x: inner.x + 1, y: listTop + i, maxWidth: inner.width - 2, style: CellStyle(.dim))
            }
            return
        }
        let nameW = min(24, inner.width / 4)
        let whereW = min(34, inner.width / 3)
        let top = centeredScroll(cursor: s.cursor, count: s.hits.count, visible: rows)
        for (n, hit) in s.hits.dropFirst(top).prefix(rows).enumerated() {
            let i = top + n
            let y = listTop + n
            grid.put(hit.accountName, x: inner.x + 1, y: y, maxWidth: nameW, style: CellStyle(.dialog, bold: true))
            grid.put(hit.place.label, x: inner.x + 2 + nameW, y: y, maxWidth: whereW, style: CellStyle(.accent))
            let sx = inner.x + 3 + nameW + whereW
            grid.put(hit.snippet, x: sx, y: y, maxWidth: max(0, inner.maxX - 1 - sx), style: CellStyle(.dim))
            if i == s.cursor { grid.highlightRow(Rect(x: inner.x, y: y, width: inner.width, height: 1), y: y, focused: true) }
        }
    }
}
