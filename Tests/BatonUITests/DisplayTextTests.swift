import Testing
@testable import BatonUI

@Suite("The one door for text")
struct DisplayTextTests {
    @Test("an escape sequence in a customer name is shown inert")
    func escapeSequencesAreDropped() {
        #expect(DisplayText.sanitize("Acme\u{1B}[31mRed\u{1B}[0m Ltd") == "AcmeRed Ltd")
        #expect(DisplayText.sanitize("Evil\u{1B}]0;pwned\u{07}Corp") == "EvilCorp")
        #expect(DisplayText.sanitize("C1\u{9B}2JCorp") == "C1Corp")
        #expect(DisplayText.sanitize("Bell\u{07}\u{7F}\u{0}Co") == "BellCo")
        #expect(DisplayText.sanitize("Tab\tand\nnewline") == "Tab and newline")
        #expect(DisplayText.sanitize("\u{202E}txet") == "txet")
    }

    @Test("CJK is two columns, a combining accent none, an emoji two")
    func widths() {
        #expect(DisplayText.width("東京精密工業") == 12)
        #expect(DisplayText.width("Cafe\u{301}") == 4)
        #expect(DisplayText.width("Blue Fin 🐟") == 11)
        #expect(DisplayText.width("👩‍💻") == 2)
        #expect(DisplayText.width("🇬🇧") == 2)
        #expect(DisplayText.width("❤️") == 2)
    }

    @Test("a long name is cut with an ellipsis at the column boundary")
    func fitting() {
        #expect(DisplayText.fit("Northwind Logistics", columns: 10) == "Northwind…")
        #expect(DisplayText.fit("東京精密工業", columns: 6) == "東京…")
        #expect(DisplayText.width(DisplayText.fit("東京精密工業", columns: 6)) == 5)
        #expect(DisplayText.fit("short", columns: 10) == "short")
    }
}

@Suite("The cell grid")
struct CellGridTests {
    @Test("a wide character never straddles a border")
    func wideCharacterAtTheEdge() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("ab東京", x: 0, y: 0, maxWidth: 5)
        // "ab東" fits 4 columns; "京" would need columns 5–6 of a 5-wide field: cut with an ellipsis.
        #expect(grid.rowText(0) == "ab東… ")
        #expect(grid[2, 0].text == "東")
        #expect(grid[3, 0].isContinuation)
    }

    @Test("a dialog drawn over half of a CJK character leaves no half character behind")
    func overwritingHalfAWideCharacter() {
        var grid = CellGrid(width: 6, height: 2)
        grid.put("한빛", x: 0, y: 0)
        grid.put("|", x: 1, y: 0)
        #expect(grid.rowText(0) == " |빛  ")
        grid.put("東京", x: 0, y: 1)
        grid.put("|", x: 2, y: 1)
        #expect(grid.rowText(1) == "東|   ")
        #expect(grid[3, 1].text == " ")
        #expect((0..<grid.width).allSatisfy { x in !grid[x, 1].isContinuation || DisplayText.width(of: Character(grid[x - 1, 1].text)) == 2 })
    }

    @Test("a box draws its title on the top edge")
    func box() {
        var grid = CellGrid(width: 12, height: 3)
        grid.box(grid.bounds, title: "Risks")
        #expect(grid.rowText(0) == "┌─ Risks ──┐")
        #expect(grid.rowText(2) == "└──────────┘")
    }
}
