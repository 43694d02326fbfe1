import Testing
@testable import BatonUI

@Suite("Typing into a form field")
struct TextFieldTests {
    /// Feeds keys the way the form does; every one must be taken as an editing key.
    func type(_ keys: [KeyEvent], into field: inout TextField) {
        for key in keys { #expect(taken(&field, key), "\(key) was not taken as an editing key") }
    }

    /// Whether the field took the key as an editing key (a mutating call cannot sit inside #expect).
    func taken(_ field: inout TextField, _ key: KeyEvent) -> Bool { field.handle(key) }

    func chars(_ s: String) -> [KeyEvent] { s.map { .char($0) } }

    // MARK: Editing

    @Test("typed characters go in at the cursor, and the cursor follows them")
    func typing() {
        var field = TextField(label: "Customer")
        type(chars("Acme") + [.left, .left] + chars("X"), into: &field)
        #expect(field.text == "AcXme")
        #expect(field.cursor == 3)
        type([.right, .right, .right], into: &field)
        #expect(field.cursor == 5)
        #expect(!field.isBlank)
        #expect(TextField(label: "Notes", text: "  \n ", multiLine: true).isBlank)
    }

    @Test("an existing value opens with the cursor at its end")
    func openedAtEnd() {
        let field = TextField(label: "Customer", text: "Northwind")
        #expect(field.cursor == 9)
    }

    @Test("a pasted paragraph is one edit and keeps its CJK and emoji whole")
    func pasteParagraph() {
        var field = TextField(label: "Customer", text: "[]")
        field.cursor = 1
        let pasted = "東京精密工業 👩‍💻 Cafe\u{301} 🇬🇧"
        #expect(taken(&field, .paste(pasted)))
        #expect(field.text == "[" + pasted + "]")
        #expect(field.cursor == 1 + pasted.count)
        // Left steps over the flag and the accented e as single Characters.
        type([.left, .left, .left], into: &field)
        #expect(field.text[field.text.index(field.text.startIndex, offsetBy: field.cursor)] == "e\u{301}")
    }

    @Test("a paste with an escape sequence arrives inert")
    func pasteEscapes() {
        var field = TextField(label: "Customer")
        _ = field.handle(.paste("Acme\u{1B}[31mRed\u{1B}[0m\u{1B}]0;pwned\u{07} Ltd\u{202E}"))
        #expect(field.text == "AcmeRed Ltd")
        var notes = TextField(label: "Notes", multiLine: true)
        _ = notes.handle(.paste("Go-live agreed\u{1B}[2J\nSponsor \u{9B}31mhappy\tthen"))
        #expect(notes.text == "Go-live agreed\nSponsor happy then")
        #expect(!notes.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }

    @Test("Enter makes a new line only in a multi-line field; a single line turns pasted breaks into spaces")
    func newlines() {
        var name = TextField(label: "Customer", text: "Acme")
        #expect(!taken(&name, .enter))
        #expect(name.text == "Acme")
        _ = name.handle(.paste(" Ltd\nLondon\tUK\r\n"))
        #expect(name.text == "Acme Ltd London UK")

        var notes = TextField(label: "Notes", text: "First", multiLine: true)
        #expect(taken(&notes, .enter))
        _ = notes.handle(.paste("Second\r\nThird\rFourth"))
        #expect(notes.text == "First\nSecond\nThird\nFourth")
        #expect(notes.cursor == notes.text.count)
    }

    @Test("keys that are not for editing are handed back to the form")
    func nonEditingKeys() {
        var field = TextField(label: "Customer", text: "Acme")
        for key: KeyEvent in [.tab, .backTab, .escape, .ctrl("s"), .pageUp, .function(2), .up, .down] {
            #expect(!taken(&field, key), "\(key)")
        }
        #expect(field.text == "Acme" && field.cursor == 4)
        var notes = TextField(label: "Notes", multiLine: true)
        #expect(!taken(&notes, .tab))
        #expect(!taken(&notes, .escape))
    }

    @Test("Backspace and Delete remove one Character; at the edges they do nothing but are still taken")
    func deleting() {
        var field = TextField(label: "Customer", text: "Acme")
        type([.backspace], into: &field)
        #expect(field.text == "Acm")
        type([.home, .delete, .ctrl("d")], into: &field)
        #expect(field.text == "m")
        type([.backspace], into: &field)
        #expect(field.text == "m" && field.cursor == 0)
    }

    @Test("Ctrl-W deletes back to the last space, Alt-Backspace and Alt-d a word of letters and digits")
    func wordDelete() {
        var field = TextField(label: "Evidence", text: "see portal.acme.com now")
        type([.ctrl("w")], into: &field)
        #expect(field.text == "see portal.acme.com ")
        type([.ctrl("w")], into: &field)
        #expect(field.text == "see ")
        field = TextField(label: "Evidence", text: "see portal.acme.com")
        type([.alt("\u{7F}")], into: &field)
        #expect(field.text == "see portal.acme.")
        type([.home, .alt("d")], into: &field)
        #expect(field.text == " portal.acme.")
        #expect(field.cursor == 0)
    }

    @Test("Alt-b and Alt-f move by words")
    func wordMotion() {
        var field = TextField(label: "Evidence", text: "Kick-off held 12 May")
        type([.alt("b")], into: &field)
        #expect(field.cursor == 17)
        type([.alt("b"), .alt("b")], into: &field)
        #expect(field.cursor == 9)
        type([.home, .alt("f")], into: &field)
        #expect(field.cursor == 4)
        type([.alt("f")], into: &field)
        #expect(field.cursor == 8)
    }

    @Test("Ctrl-U deletes to the start of the line and Ctrl-K to its end")
    func lineKills() {
        var field = TextField(label: "Customer", text: "Northwind Logistics")
        field.cursor = 9
        type([.ctrl("k")], into: &field)
        #expect(field.text == "Northwind")
        type([.left, .ctrl("u")], into: &field)
        #expect(field.text == "d" && field.cursor == 0)

        var notes = TextField(label: "Notes", text: "first line\nsecond line\nthird", multiLine: true)
        notes.cursor = 17   // "second|line"
        type([.ctrl("u")], into: &notes)
        #expect(notes.text == "first line\n line\nthird")
        type([.ctrl("k")], into: &notes)
        #expect(notes.text == "first line\n\nthird")
    }

    @Test("Home and End, and Ctrl-A and Ctrl-E, go to the ends of the current line")
    func homeAndEnd() {
        var field = TextField(label: "Customer", text: "Acme Ltd")
        type([.home], into: &field)
        #expect(field.cursor == 0)
        type([.ctrl("e")], into: &field)
        #expect(field.cursor == 8)
        type([.ctrl("a")], into: &field)
        #expect(field.cursor == 0)

        var notes = TextField(label: "Notes", text: "one\ntwo words\nthree", multiLine: true)
        notes.cursor = 6
        type([.home], into: &notes)
        #expect(notes.cursor == 4)
        type([.end], into: &notes)
        #expect(notes.cursor == 13)
    }

    @Test("the cursor never stands inside a grapheme: 👩‍💻 and e with a combining accent are one step each")
    func graphemes() {
        var field = TextField(label: "Customer", text: "a👩‍💻e\u{301}b")
        #expect(field.text.count == 4)
        type([.home, .right], into: &field)
        #expect(field.cursor == 1)
        type([.right, .backspace], into: &field)
        #expect(field.text == "ae\u{301}b")
        type([.delete], into: &field)
        #expect(field.text == "ab")

        // An accent typed after a letter joins it: the cursor ends up after the accented letter.
        var cafe = TextField(label: "Customer", text: "Cafe")
        type([.char("\u{301}")], into: &cafe)
        #expect(cafe.text == "Café")
        #expect(cafe.cursor == 4)
        type([.char("!")], into: &cafe)
        #expect(cafe.text == "Café!")
    }

    @Test("Up and Down move between lines, keeping the display column through a shorter line")
    func upAndDown() {
        var notes = TextField(label: "Notes", text: "first line\nab\nthird line", multiLine: true)
        notes.cursor = 8
        type([.down], into: &notes)
        #expect(notes.cursor == 13)   // end of "ab"
        type([.down], into: &notes)
        #expect(notes.cursor == 22)   // column 8 of "third line"
        type([.up, .up], into: &notes)
        #expect(notes.cursor == 8)
        type([.up], into: &notes)
        #expect(notes.cursor == 0)
        type([.ctrl("e"), .down, .down, .down], into: &notes)
        #expect(notes.cursor == notes.text.count)
    }

    @Test("Up and Down count display columns: a CJK character is two, and the cursor lands before it, not inside")
    func upAndDownWide() {
        var notes = TextField(label: "Notes", text: "東京\nabcd", multiLine: true)
        type([.up], into: &notes)
        #expect(notes.cursor == 2)    // column 4: after 京
        notes.cursor = 6              // "abc|d"
        type([.up], into: &notes)
        #expect(notes.cursor == 1)    // column 3 is the right half of 京: before it
    }

    @Test("a 10,000-character paste is accepted whole")
    func hugePaste() {
        var notes = TextField(label: "Notes", multiLine: true)
        let unit = "Evidence ✓ 東京 👍\n"    // 16 Characters
        let pasted = String(repeating: unit, count: 625)
        #expect(pasted.count == 10_000)
        #expect(taken(&notes, .paste(pasted)))
        #expect(notes.text == pasted)
        #expect(notes.cursor == 10_000)

        var name = TextField(label: "Customer")
        #expect(taken(&name, .paste(String(repeating: "x", count: 10_000))))
        #expect(name.text.count == 10_000)
        var grid = CellGrid(width: 12, height: 3)
        notes.draw(into: &grid, rect: Rect(x: 0, y: 0, width: 12, height: 3), focused: true)
        #expect(grid[0, 2].style.reverse)   // the cursor, on the last (empty) line, is in view
    }

    // MARK: Drawing

    func drawn(_ field: TextField, width: Int, height: Int = 1, focused: Bool = true) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        field.draw(into: &grid, rect: Rect(x: 0, y: 0, width: width, height: height), focused: focused)
        return grid
    }

    func reversed(_ grid: CellGrid) -> [Int] {
        (0..<grid.height).flatMap { y in (0..<grid.width).filter { grid[$0, y].style.reverse }.map { y * grid.width + $0 } }
    }

    @Test("a short value draws as it is, the cursor a reverse cell after it, only when focused")
    func shortValue() {
        let field = TextField(label: "Customer", text: "Acme")
        let grid = drawn(field, width: 8)
        #expect(grid.rowText(0) == "Acme    ")
        #expect(grid[4, 0].style == CellStyle(.input, reverse: true))
        #expect(grid[0, 0].style == CellStyle(.input))
        #expect(reversed(drawn(field, width: 8, focused: false)).isEmpty)
    }

    @Test("a single line scrolls to keep the cursor visible in a narrow field, … marking hidden text")
    func scrolling() {
        var field = TextField(label: "Customer", text: "Northwind Logistics")
        #expect(drawn(field, width: 8).rowText(0) == "…istics ")
        #expect(field.cursorPosition(width: 8) == (7, 0))
        field.cursor = 0
        #expect(drawn(field, width: 8).rowText(0) == "Northwi…")
        #expect(reversed(drawn(field, width: 8)) == [0])
        field.cursor = 12   // on the "g"
        let grid = drawn(field, width: 8)
        #expect(grid.rowText(0) == "…nd Log…")
        #expect(field.cursorPosition(width: 8) == (6, 0))
        #expect(grid[6, 0].text == "g" && grid[6, 0].style.reverse)
        #expect(grid[0, 0].style.role == .dim)
    }

    @Test("a scrolled line never draws half of a wide character at either edge")
    func wideAtEdges() {
        var field = TextField(label: "Customer", text: "東京精密工業")
        // Seven columns: "…", a blank where 密 would not fit whole, 工業, the cursor.
        let end = drawn(field, width: 7)
        #expect(end.rowText(0) == "… 工業 ")
        #expect(field.cursorPosition(width: 7) == (6, 0))
        field.cursor = 0
        let start = drawn(field, width: 8)
        #expect(start.rowText(0) == "東京精 …")
        #expect(reversed(start) == [0, 1])   // both halves of 東
        for grid in [end, start] {
            for x in 0..<grid.width where grid[x, 0].isContinuation {
                #expect(x > 0 && DisplayText.width(grid[x - 1, 0].text) == 2)
            }
        }
    }

    @Test("at every width and cursor, the cursor is drawn once, inside the field, and no wide character is cut")
    func everyWidth() {
        for text in ["Northwind", "東京精密工業", "a👩‍💻e\u{301}東b", "go-live 🇬🇧 ok\nsecond 東京 line"] {
            for multiLine in [false, true] {
                var field = TextField(label: "Any", text: text, multiLine: multiLine)
                for width in 1...9 {
                    for cursor in 0...field.text.count {
                        field.cursor = cursor
                        let grid = drawn(field, width: width, height: 2)
                        let position = field.cursorPosition(width: width, height: 2)
                        #expect((0..<width).contains(position.x) && (0..<2).contains(position.y))
                        #expect(grid[position.x, position.y].style.reverse, "\(text) w\(width) c\(cursor)")
                        for y in 0..<2 {
                            for x in 0..<width where grid[x, y].isContinuation {
                                #expect(x > 0 && DisplayText.width(grid[x - 1, y].text) == 2)
                            }
                        }
                    }
                }
            }
        }
    }

    @Test("a multi-line field soft-wraps at spaces and scrolls to keep the cursor's row in view")
    func multiLineView() {
        let notes = TextField(label: "Notes", text: "The sponsor confirmed go-live\nAdmin trained", multiLine: true)
        let rows = ["The sponsor ", "confirmed   ", "go-live     ", "Admin       ", "trained     ", "            "]
        #expect(drawn(notes, width: 12, height: 6).text == rows.joined(separator: "\n"))
        let scrolled = drawn(notes, width: 12, height: 2)
        #expect(scrolled.text == "Admin       \ntrained     ")
        #expect(notes.cursorPosition(width: 12, height: 2) == (7, 1))
        #expect(reversed(scrolled) == [12 + 7])
    }

    @Test("the cursor after a space that ends a wrapped row shows at the start of the next row")
    func cursorAtWrap() {
        var notes = TextField(label: "Notes", text: "The sponsor confirmed", multiLine: true)
        notes.cursor = 12
        #expect(notes.cursorPosition(width: 12, height: 3) == (0, 1))
        notes = TextField(label: "Notes", text: "exactly12chr", multiLine: true)
        #expect(notes.cursorPosition(width: 12, height: 3) == (0, 1))
    }
}
