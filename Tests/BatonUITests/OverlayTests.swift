import Foundation
import Testing
import BatonCore
@testable import BatonUI

@Suite("Help, the command palette and the keymap")
struct OverlayTests {
    @Test("? shows every binding of the keymap, and Esc closes it")
    func help() {
        var state = DemoState.press([.char("?")], on: DemoState.make(width: 132, height: 160))
        #expect(state.overlay == .help(scroll: 0))
        let screen = AppView.render(state).text
        for binding in Keymap.standard.bindings where !binding.keys.isEmpty {
            // Long descriptions wrap; their opening words are on the key's own line.
            #expect(screen.contains(String(binding.help.prefix(30))), "help is missing \(binding.help)")
        }
        state = DemoState.press([.escape], on: state)
        #expect(state.overlay == nil)
    }

    @Test("the palette completes a command's name with Tab and runs it with Enter")
    func palette() {
        var state = DemoState.press([.char(":")], on: DemoState.make())
        state = DemoState.type("sort-by-n", on: state)
        state = DemoState.press([.tab], on: state)
        #expect(state.overlay == .palette(PaletteState(query: "sort-by-name")))
        state = DemoState.press([.enter], on: state)
        #expect(state.overlay == nil)
        #expect(state.sort == .name)
    }

    @Test("every command in the keymap can be reached from the palette by its name")
    func paletteReachesEverything() {
        for binding in Keymap.standard.commands {
            let matches = PaletteState(query: binding.command.name).matches(in: .standard)
            #expect(matches.first?.command == binding.command, "\(binding.command.name)")
        }
    }

    @Test("no key is bound twice in the same place")
    func noClashes() {
        var seen: [String: Command] = [:]
        for b in Keymap.standard.bindings {
            for key in b.keys {
                let slot = "\(b.scope)|\(key)"
                #expect(seen[slot] == nil, "\(key.label) is bound twice in \(b.scope.title)")
                seen[slot] = b.command
            }
        }
    }

    @Test("the hint bar shows the focused pane's keys before the global ones")
    func hints() {
        let state = DemoState.press([.char("3")], on: DemoState.make())
        let bar = AppView.render(state).rowText(23)
        #expect(bar.contains("i issues log"))
        #expect(bar.contains("? help"))
    }

    @Test("the keys page of the manual (docs/keys.md) is the keymap's table")
    func keysPage() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- keys:begin -->\n"))
        let end = try #require(text.range(of: "<!-- keys:end -->"))
        let table = String(text[begin.upperBound..<end.lowerBound])
        #expect(table == KeyTable.markdown(.standard),
                "regenerate it: swift run baton keys, between the keys:begin and keys:end markers")
    }
}

@Suite("Sizes")
struct SizeTests {
    @Test("below 80×24 the screen says the terminal is too small, with both sizes")
    func tooSmall() {
        let state = DemoState.make(width: 60, height: 20)
        let screen = AppView.render(state).text
        #expect(screen.contains("terminal too small: need 80×24, have 60×20"))
        #expect(!screen.contains("Portfolio"))
    }

    @Test("a resize re-lays out with nothing left over from the old size")
    func resize() {
        var state = DemoState.make()
        _ = Update.apply(.resize(width: 100, height: 30), to: &state)
        let grid = AppView.render(state)
        #expect(grid.width == 100 && grid.height == 30)
        #expect(grid.rowText(29).contains("? help"))
    }

    @Test("even a one-cell terminal renders without crashing")
    func tiny() {
        for (w, h) in [(0, 0), (1, 1), (10, 3), (79, 24), (80, 23)] {
            let grid = AppView.render(DemoState.make(width: w, height: h))
            #expect(grid.width == w && grid.height == h)
        }
    }

    @Test("wider terminals show more portfolio columns")
    func widerShowsMore() {
        let narrow = AppView.render(DemoState.make(width: 80, height: 24)).rowText(3)
        let wide = AppView.render(DemoState.make(width: 200, height: 50)).rowText(3)
        #expect(!narrow.contains("Verdict"))
        #expect(wide.contains("Verdict") && wide.contains("Owner") && wide.contains("Stage"))
    }
}
