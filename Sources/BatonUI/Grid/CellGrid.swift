/// A rectangle on the screen, in cells.
public struct Rect: Hashable, Sendable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    /// The inside of a one-cell border.
    public var inset: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// One cell: a grapheme cluster (or "" for the right half of a wide one) and its style.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: CellStyle
    public init(_ text: String = " ", style: CellStyle = .normal) {
        self.text = text
        self.style = style
    }
    public static let blank = Cell()
    /// The right half of a wide character: the terminal draws nothing here.
    public var isContinuation: Bool { text.isEmpty }
}

/// The whole frame as styled cells: what a view draws into, what tests read, what the terminal diffs.
public struct CellGrid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            let i = y * width + x
            // Writing over half of a wide character would leave the other half orphaned, and the
            // terminal would shift the rest of the row: blank the other half.
            if cells[i].isContinuation && x > 0 {
                cells[i - 1] = Cell(" ", style: cells[i - 1].style)
            } else if x + 1 < width && cells[i + 1].isContinuation {
                cells[i + 1] = Cell(" ", style: cells[i + 1].style)
            }
            cells[i] = newValue
        }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes `text` from (x, y), never past `maxWidth` columns or the grid's edge; cut text ends
    /// with "…". A wide character that would straddle the limit is not drawn half. Returns columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle = .normal) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let fitted = DisplayText.fit(text, columns: limit)
        var col = x
        for ch in fitted {
            let w = DisplayText.width(of: ch)
            if w == 0 { continue }
            if col + w > x + limit { break }
            if col >= 0 {
                // The cell holds what the terminal will be given, so the width measured and the
                // characters written follow one rule.
                self[col, y] = Cell(DisplayText.drawn(ch), style: style)
                if w == 2 { self[col + 1, y] = Cell("", style: style) }
            }
            col += w
        }
        return col - x
    }

    /// Paints `rect` with blanks in `style` (a row's selection background, a dialog's face).
    public mutating func fill(_ rect: Rect, style: CellStyle = .normal) {
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) { self[xx, yy] = Cell(" ", style: style) }
        }
    }

    /// Re-styles the cells of `rect` without touching their text.
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) { change(&cells[yy * width + xx].style) }
        }
    }

    /// A single-line box with a title on its top edge.
    public mutating func box(_ rect: Rect, title: String = "", focused: Bool = false) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = CellStyle(focused ? .focusedBorder : .border, bold: focused)
        let h = focused ? "━" : "─", v = focused ? "┃" : "│"
        let corners = focused ? ("┏", "┓", "┗", "┛") : ("┌", "┐", "└", "┘")
        for xx in rect.x + 1..<rect.maxX - 1 {
            self[xx, rect.y] = Cell(h, style: style)
            self[xx, rect.maxY - 1] = Cell(h, style: style)
        }
        for yy in rect.y + 1..<rect.maxY - 1 {
            self[rect.x, yy] = Cell(v, style: style)
            self[rect.maxX - 1, yy] = Cell(v, style: style)
        }
        self[rect.x, rect.y] = Cell(corners.0, style: style)
        self[rect.maxX - 1, rect.y] = Cell(corners.1, style: style)
        self[rect.x, rect.maxY - 1] = Cell(corners.2, style: style)
        self[rect.maxX - 1, rect.maxY - 1] = Cell(corners.3, style: style)
        if !title.isEmpty {
            put(" \(title) ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4,
                style: CellStyle(focused ? .focusedPaneTitle : .paneTitle, bold: true))
        }
    }

    /// Row `y` as plain text, wide characters once each: what a person reads there.
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += cells[y * width + x].text }
        return s
    }

    /// Every row, joined by newlines, trailing spaces kept (a golden screen compares them too).
    public var text: String { (0..<height).map(rowText).joined(separator: "\n") }
}
