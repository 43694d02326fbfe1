@testable import BatonUI

/// A screen as a golden file: the text a person reads, then one letter per cell for its role
/// (upper case when bold), then where the selection is. Cells, not terminal bytes.
enum ScreenText {
    static let letters: [Role: Character] = {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var map: [Role: Character] = [:]
        for (i, role) in Role.allCases.enumerated() { map[role] = alphabet[i] }
        return map
    }()

    static func render(_ grid: CellGrid) -> String {
        var out = "── text ──\n"
        for y in 0..<grid.height { out += grid.rowText(y) + "\n" }
        out += "── roles (upper case = bold) ──\n"
        for y in 0..<grid.height {
            var row = ""
            for x in 0..<grid.width {
                let cell = grid[x, y]
                let letter = letters[cell.style.role]!
                row.append(cell.style.bold ? Character(letter.uppercased()) : letter)
            }
            out += row + "\n"
        }
        let selectedRows = (0..<grid.height).filter { y in (0..<grid.width).contains { grid[$0, y].style.selected } }
        if !selectedRows.isEmpty {
            out += "── selected ──\n"
            for y in selectedRows {
                let marks = (0..<grid.width).map { grid[$0, y].style.selected ? "^" : "." }.joined()
                out += "\(y): \(marks)\n"
            }
        }
        out += "── legend ──\n"
        out += Role.allCases.map { "\(letters[$0]!)=\($0.rawValue)" }.joined(separator: " ") + "\n"
        return out
    }
}

extension ScreenText {
    /// A screen as a monochrome terminal shows it: the text, then per cell the attributes the
    /// monochrome theme gives it, as one hex digit (1 bold + 2 underline + 4 reverse + 8 dim; `.` plain).
    /// What the screen means must survive without a single colour.
    static func renderMonochrome(_ grid: CellGrid, theme: Theme) -> String {
        var out = "── text ──\n"
        for y in 0..<grid.height { out += grid.rowText(y) + "\n" }
        out += "── monochrome attributes (hex: 1 bold + 2 underline + 4 reverse + 8 dim; . plain) ──\n"
        for y in 0..<grid.height {
            var row = ""
            for x in 0..<grid.width {
                let look = theme.look(of: grid[x, y].style, depth: .none)
                let code = (look.bold ? 1 : 0) | (look.underline ? 2 : 0) | (look.reverse ? 4 : 0) | (look.dim ? 8 : 0)
                row.append(Array(".123456789ABCDEF")[code])
            }
            out += row + "\n"
        }
        return out
    }
}
