/// btop's answer to a terminal too small for the layout: say so, plainly, instead of drawing garbage.
enum TooSmallView {
    /// `message`: the question q or Ctrl-C asked (quit with typed work open?), shown under the two lines.
    static func draw(width: Int, height: Int, message: String? = nil, into grid: inout CellGrid) {
        let lines = [
            "terminal too small: need \(Layout.minWidth)×\(Layout.minHeight), have \(width)×\(height)",
            "make the window larger, or press q to quit",
        ] + (message.map { wrap($0, width: max(1, width)) } ?? [])
        let top = max(0, height / 2 - 1)
        for (i, line) in lines.enumerated() where top + i < height {
            let w = min(width, DisplayText.width(line))
            grid.put(line, x: max(0, (width - w) / 2), y: top + i, maxWidth: width,
                     style: CellStyle(i == 0 ? .warning : i == 1 ? .dim : .accent, bold: i != 1))
        }
    }
}
