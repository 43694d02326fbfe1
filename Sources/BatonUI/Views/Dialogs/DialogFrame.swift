/// A centred dialog box: cleared, bordered, titled; returns its inside.
enum DialogFrame {
    static func draw(title: String, width: Int, height: Int, into grid: inout CellGrid) -> Rect {
        let w = min(grid.width - 2, width)
        let h = min(grid.height - 2, height)
        let rect = Rect(x: (grid.width - w) / 2, y: max(1, (grid.height - h) / 2), width: w, height: h)
        grid.fill(rect, style: CellStyle(.dialog))
        grid.box(rect, title: title, focused: true)
        return rect.inset
    }

    /// The body of the screen below the title bar and above the hint bar, for full-screen dialogs.
    static func body(of grid: CellGrid) -> Rect {
        Rect(x: 0, y: 1, width: grid.width, height: max(0, grid.height - 2))
    }
}
