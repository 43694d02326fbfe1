import BatonCore

/// One line of a card tab: pieces of text in their styles, and which cursor row it belongs to.
/// Tabs build lines; `AccountCardView` draws only the ones that are on screen.
struct CardLine {
    struct Piece {
        var text: String
        /// Columns the piece owns (it is cut to fit); nil: as wide as its text.
        var width: Int?
        var style: CellStyle
    }

    var pieces: [Piece]
    /// The cursor row this line is part of; the scroll keeps a row's lines together on screen.
    var row: Int?
    /// Drawn with the selection when its row is under the cursor (a row's first line, a heading).
    var highlights = false

    init(_ pieces: [Piece], row: Int? = nil, highlights: Bool = false) {
        self.pieces = pieces
        self.row = row
        self.highlights = highlights
    }

    init(_ text: String, _ style: CellStyle = CellStyle(.dialog), row: Int? = nil, highlights: Bool = false) {
        self.init([Piece(text: text, width: nil, style: style)], row: row, highlights: highlights)
    }

    static let blank = CardLine("")

    static func heading(_ text: String, row: Int? = nil) -> CardLine {
        CardLine(text, CellStyle(.header, bold: true), row: row, highlights: row != nil)
    }

    /// "Label      value" with the value wrapped under itself, never under the label.
    static func field(_ label: String, _ value: String, width: Int, labelWidth: Int = 13,
                      style: CellStyle = CellStyle(.dialog), row: Int? = nil) -> [CardLine] {
        let valueWidth = max(8, width - labelWidth - 3)
        let shown = DisplayText.sanitize(value).isEmpty ? ["—"] : paragraphs(value, width: valueWidth)
        return shown.enumerated().map { i, piece in
            CardLine([Piece(text: "  " + (i == 0 ? label : ""), width: labelWidth + 3, style: CellStyle(.dim)),
                      Piece(text: piece, width: valueWidth, style: DisplayText.sanitize(value).isEmpty ? CellStyle(.dim) : style)],
                     row: row)
        }
    }

    /// Text that may hold line breaks (notes, handover sections), wrapped paragraph by
    /// paragraph so the writer's breaks survive; each indented by `indent` columns.
    static func text(_ text: String, width: Int, indent: Int = 2, style: CellStyle = CellStyle(.dialog),
                     row: Int? = nil) -> [CardLine] {
        paragraphs(text, width: width - indent).map {
            CardLine([Piece(text: String(repeating: " ", count: indent), width: indent, style: style),
                      Piece(text: $0, width: nil, style: style)], row: row)
        }
    }
}

/// Wraps each paragraph of `text` on its own; a blank line between paragraphs is kept.
func paragraphs(_ text: String, width: Int) -> [String] {
    var out: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let lines = wrap(String(paragraph), width: width)
        out += lines.isEmpty ? [""] : lines
    }
    while out.last == "" { out.removeLast() }
    return out
}

extension CellGrid {
    /// Draws one card line from `x`, within `width` columns.
    mutating func put(_ line: CardLine, x: Int, y: Int, width: Int) {
        var col = x
        for piece in line.pieces where col < x + width {
            let room = min(piece.width ?? (x + width - col), x + width - col)
            let used = put(piece.text, x: col, y: y, maxWidth: room, style: piece.style)
            col += piece.width ?? used
        }
    }
}
