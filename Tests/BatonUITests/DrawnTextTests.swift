import Testing
@testable import BatonUI

@Suite("What is measured is what is drawn")
struct DrawnTextTests {
    @Test("a zero-width joiner after an ASCII letter is not drawn, and the name keeps its width")
    func joinerAfterASCII() {
        let name = "Alpen\u{200D}blick Hotels"
        #expect(DisplayText.drawnScalars(of: name.first { $0.unicodeScalars.count > 1 }!) == ["n"])
        var grid = CellGrid(width: 24, height: 1)
        let used = grid.put(name, x: 0, y: 0)
        #expect(used == 17 && used == DisplayText.width(name))
        #expect(grid.rowText(0) == "Alpenblick Hotels       ")
        #expect(!grid.rowText(0).unicodeScalars.contains { $0.value == 0x200D })
    }

    @Test("combining marks and flags are drawn whole; selectors and joiners are not")
    func rule() {
        #expect(DisplayText.drawnScalars(of: "e\u{301}") == ["e", "\u{301}"])
        #expect(DisplayText.drawnScalars(of: "🇬🇧") == ["\u{1F1EC}", "\u{1F1E7}"])
        #expect(DisplayText.drawnScalars(of: "❤️") == ["\u{2764}"])
        #expect(DisplayText.drawnScalars(of: "a\u{FE0F}") == ["a"])
    }
}
