import BatonCore

extension CellGrid {
    /// Writes `text` so that it ends at column `rightEdge` (exclusive), cut to `maxWidth`.
    @discardableResult
    mutating func putRight(_ text: String, rightEdge: Int, y: Int, maxWidth: Int, style: CellStyle = .normal) -> Int {
        let fitted = DisplayText.fit(text, columns: maxWidth)
        let w = DisplayText.width(fitted)
        return put(fitted, x: rightEdge - w, y: y, maxWidth: w, style: style)
    }

    /// A row under the cursor: the selection background across the whole width of `rect` on `y`.
    mutating func highlightRow(_ rect: Rect, y: Int, focused: Bool) {
        restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) {
            $0.selected = true
            if focused { $0.bold = true }
        }
    }

    /// Writes text on a box's bottom edge, right-aligned (a count, "3 of 12").
    mutating func footer(_ text: String, on rect: Rect, focused: Bool) {
        guard rect.width > 6, rect.height >= 2 else { return }
        putRight(" \(text) ", rightEdge: rect.maxX - 2, y: rect.maxY - 1, maxWidth: rect.width - 4,
                 style: CellStyle(focused ? .focusedBorder : .border))
    }
}

/// First index of a window of `visible` rows that keeps `cursor` near the middle: stateless, so
/// a pane needs no stored scroll offset and never jumps when the data changes.
func centeredScroll(cursor: Int, count: Int, visible: Int) -> Int {
    guard count > visible, visible > 0 else { return 0 }
    return max(0, min(cursor - visible / 2, count - visible))
}

/// Dates in narrow columns: "11-23"; in wide ones the whole ISO date.
func shortDate(_ date: CalendarDate, wide: Bool) -> String {
    wide ? date.iso : String(date.iso.dropFirst(5))
}

