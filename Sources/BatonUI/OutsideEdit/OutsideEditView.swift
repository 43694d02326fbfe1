/// The question about an outside edit, over everything else until it is answered.
enum OutsideEditView {
    static func draw(_ prompt: OutsideEditPrompt, into grid: inout CellGrid) {
        let inner = DialogFrame.draw(title: "The store was changed by another program", width: 76, height: 13, into: &grid)
        var y = inner.y
        for line in wrap(DisplayText.sanitize(prompt.storePath) + " changed on disk while Baton had it open. What now?",
                         width: inner.width) where y < inner.maxY {
            grid.put(line, x: inner.x, y: y, maxWidth: inner.width, style: CellStyle(.dialog))
            y += 1
        }
        y += 1
        for answer in OutsideEditPrompt.answers where y < inner.maxY {
            grid.put("\(answer.key)  \(answer.name)", x: inner.x, y: y, maxWidth: inner.width, style: CellStyle(.dialog, bold: true))
            y += 1
            for line in wrap(answer.does, width: max(1, inner.width - 3)) where y < inner.maxY {
                grid.put(line, x: inner.x + 3, y: y, maxWidth: inner.width - 3, style: CellStyle(.dialog))
                y += 1
            }
        }
    }
}
