/// How a text field looks in a rectangle: which Characters show where, and where the cursor is.
///
/// The window is worked out from the text and the cursor alone (no scroll offset is stored), so
/// the same field always draws the same way: a single line scrolls only when the text does not
/// fit, and then keeps the cursor at the right edge; a multi-line field soft-wraps at spaces and
/// scrolls only when the cursor's row would fall below the rectangle.
extension TextField {
    /// One drawn cell (two for a wide Character), relative to the rectangle.
    struct Glyph: Equatable {
        var x: Int
        var y: Int
        var text: String
        var width: Int
        /// A scroll marker or a Character that draws as nothing, shown as a dim stand-in.
        var dim: Bool
    }

    struct Layout {
        var glyphs: [Glyph]
        var cursor: (x: Int, y: Int)
    }

    public func draw(into grid: inout CellGrid, rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        let height = multiLine ? rect.height : 1
        let input = CellStyle(.input)
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: height), style: input)
        let layout = layout(width: rect.width, height: height)
        var cursorDrawn = false
        for glyph in layout.glyphs {
            let onCursor = focused && glyph.x == layout.cursor.x && glyph.y == layout.cursor.y
            var style = glyph.dim ? CellStyle(.dim) : input
            // A selected text shows whole in reverse: typing replaces all of it.
            style.reverse = onCursor || (focused && selected)
            // A wide Character in a rectangle one column wide cannot be drawn whole: never draw half.
            guard glyph.x + glyph.width <= rect.width else { continue }
            grid[rect.x + glyph.x, rect.y + glyph.y] = Cell(glyph.text, style: style)
            if glyph.width == 2 { grid[rect.x + glyph.x + 1, rect.y + glyph.y] = Cell("", style: style) }
            cursorDrawn = cursorDrawn || onCursor
        }
        if focused && !cursorDrawn {
            grid[rect.x + layout.cursor.x, rect.y + layout.cursor.y] = Cell(" ", style: CellStyle(.input, reverse: true))
        }
    }

    /// Where the cursor is drawn, relative to a rectangle of this size (height matters only
    /// for a multi-line field).
    public func cursorPosition(width: Int, height: Int = 1) -> (x: Int, y: Int) {
        layout(width: width, height: multiLine ? height : 1).cursor
    }

    /// Rows the text takes when soft-wrapped at `width`, the cursor's row included.
    func wrappedRows(width: Int) -> Int {
        guard multiLine, width > 0 else { return 1 }
        let l = layout(width: width, height: 10_000)
        return max(l.cursor.y, l.glyphs.map(\.y).max() ?? 0) + 1
    }

    func layout(width: Int, height: Int) -> Layout {
        guard width > 0, height > 0 else { return Layout(glyphs: [], cursor: (0, 0)) }
        return multiLine ? multiLineLayout(width: width, height: height) : singleLineLayout(width: width)
    }

    private static func glyph(_ c: Character, x: Int, y: Int) -> Glyph {
        let w = DisplayText.width(of: c)
        // Text set directly (not typed) may still hold a control character: show a stand-in.
        return w == 0 ? Glyph(x: x, y: y, text: "·", width: 1, dim: true)
                      : Glyph(x: x, y: y, text: String(c), width: w, dim: false)
    }

    private static func marker(x: Int) -> Glyph { Glyph(x: x, y: 0, text: "…", width: 1, dim: true) }

    // MARK: One line

    private func singleLineLayout(width: Int) -> Layout {
        let chars = Array(text)
        let widths = chars.map(Self.columns)
        let n = chars.count
        let c = min(max(cursor, 0), n)
        let cursorWidth = c < n ? widths[c] : 1
        let cursorX = widths[..<c].reduce(0, +)
        func place(_ range: Range<Int>, from x0: Int) -> [Glyph] {
            var x = x0
            return range.map { i in
                defer { x += widths[i] }
                return Self.glyph(chars[i], x: x, y: 0)
            }
        }

        if widths.reduce(0, +) + (c == n ? 1 : 0) <= width {
            return Layout(glyphs: place(0..<n, from: 0), cursor: (cursorX, 0))
        }
        // Too long: "…" marks the side where text is hidden, when there is room to spare for it.
        let markers = width >= 4
        let room = width - (markers ? 1 : 0)
        if cursorX + cursorWidth <= room {
            var end = 0, x = 0
            while end < n, x + widths[end] <= room {
                x += widths[end]
                end += 1
            }
            return Layout(glyphs: place(0..<end, from: 0) + (markers ? [Self.marker(x: width - 1)] : []),
                          cursor: (cursorX, 0))
        }
        // The cursor is past the first window: show the text that leads up to it, cursor at the
        // right edge. A wide Character that does not fit whole leaves a blank instead.
        let hiddenAfter = markers && c + 1 < n
        let left = markers ? 1 : 0
        let area = width - left - (hiddenAfter ? 1 : 0)
        guard cursorWidth <= area else { return Layout(glyphs: [], cursor: (left, 0)) }
        var budget = area - cursorWidth
        var first = c
        while first > 0, widths[first - 1] <= budget {
            budget -= widths[first - 1]
            first -= 1
        }
        let x0 = left + budget
        var glyphs = markers ? [Self.marker(x: 0)] : []
        glyphs += place(first..<min(c + 1, n), from: x0)
        if hiddenAfter { glyphs.append(Self.marker(x: width - 1)) }
        return Layout(glyphs: glyphs, cursor: (x0 + widths[first..<c].reduce(0, +), 0))
    }

    // MARK: Several lines

    private func multiLineLayout(width: Int, height: Int) -> Layout {
        /// A Character placed on a soft-wrapped row, with its offset in the text.
        struct Placed {
            var offset: Int
            var x: Int
            var c: Character
            var width: Int
        }
        var rows: [[Placed]] = []
        var cursorAt: (x: Int, y: Int)? = nil
        var offset = 0
        let c = min(max(cursor, 0), text.count)
        // Characters, lines split at breaks; each line wraps after its last space that fits,
        // or mid-word when a word is longer than the row.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let firstRow = rows.count
            var row: [Placed] = []
            var x = 0
            var lastSpace: Int? = nil
            for ch in line {
                let w = Self.columns(ch)
                if x + w > width, !row.isEmpty {
                    let cut = lastSpace.map { $0 + 1 } ?? row.count
                    rows.append(Array(row[..<cut]))
                    row = Array(row[cut...])
                    x = 0
                    for i in row.indices {
                        row[i].x = x
                        x += row[i].width
                    }
                    lastSpace = nil
                }
                row.append(Placed(offset: offset, x: x, c: ch, width: w))
                if ch == " " { lastSpace = row.count - 1 }
                x += w
                offset += 1
            }
            rows.append(row)
            if cursorAt == nil, c <= offset {
                if c == offset {
                    // At the end of the line; a row filled to the edge puts it at the start of the next.
                    cursorAt = x < width ? (x, rows.count - 1) : (0, rows.count)
                    if x >= width { rows.append([]) }
                } else {
                    for y in firstRow..<rows.count {
                        if let p = rows[y].first(where: { $0.offset == c }) { cursorAt = (p.x, y) }
                    }
                }
            }
            offset += 1   // the line break
        }
        let cursorRow = cursorAt?.y ?? 0
        let top = max(0, cursorRow - height + 1)
        var glyphs: [Glyph] = []
        for y in top..<min(rows.count, top + height) {
            for p in rows[y] { glyphs.append(Self.glyph(p.c, x: p.x, y: y - top)) }
        }
        return Layout(glyphs: glyphs, cursor: ((cursorAt?.x ?? 0), cursorRow - top))
    }
}
