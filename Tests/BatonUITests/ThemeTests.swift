import BatonThemes
import Foundation
import Testing
@testable import BatonUI

/// A loader over an in-memory file system.
private func loader(env: [String: String] = ["HOME": "/home/lead"], files: [String: String] = [:]) -> ThemeLoader {
    ThemeLoader(
        environment: env,
        readFile: { files[$0] },
        listDirectory: { dir in files.keys.filter { $0.hasPrefix(dir + "/") }.map { String($0.dropFirst(dir.count + 1)) } }
    )
}

private func attributes(_ s: ThemeStyle) -> [Bool] { [s.bold, s.underline, s.reverse, s.dim] }

@Suite("Themes")
struct ThemeTests {
    @Test("every built-in theme parses cleanly and gives every role a look", arguments: BuiltinThemes.names)
    func builtinsAreComplete(name: String) throws {
        let source = try #require(BuiltinThemes.source(named: name))
        let definition = ThemeParser.parse(source, file: "\(name).theme")
        #expect(definition.problems.isEmpty, "\(definition.problems)")
        #expect(definition.missingRoles.isEmpty, "\(name) leaves out \(definition.missingRoles)")
        #expect(definition.name == name)
    }

    @Test("the compiled-in theme texts are exactly the files in Themes/ (else run Themes/embed-themes.sh)",
          arguments: BuiltinThemes.names)
    func embeddedTextsMatchFiles(name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("Themes/\(name).theme"), encoding: .utf8)
        #expect(BuiltinThemes.source(named: name) == file)
    }

    @Test("a colour the parser does not know is reported with file and line, and the line is skipped")
    func badColourIsReportedWithLine() {
        let definition = ThemeParser.parse("name = mine\nnormal = default\n\nmet = purple\nnotMet = red, bold\n", file: "mine.theme")
        #expect(definition.problems.count == 1)
        let problem = definition.problems.first
        #expect(problem?.file == "mine.theme")
        #expect(problem?.line == 4)
        #expect(problem?.description.hasPrefix("mine.theme:4: unknown colour \"purple\"") == true)
        #expect(definition.styles[.met] == nil)
        #expect(definition.styles[.notMet] == ThemeStyle(fg: .ansi(1), bold: true))
    }

    @Test("unknown roles, attributes, out-of-range colours and lines without = are each reported")
    func otherMistakesAreReported() {
        let source = """
        metts = green
        met = green, blinking
        stale = color256
        notMet red
        heatHigh = white on
        """
        let lines = ThemeParser.parse(source, file: "t.theme").problems.map(\.line)
        #expect(lines == [1, 2, 3, 4, 5])
    }

    @Test("colours, attributes, comments and the 8/16-colour alternative are read")
    func formatIsRead() {
        let source = """
        # a comment
        titleBar = black on cyan, bold   # trailing comment
        selection = on #303030 | reverse
        met = bold underline
        heatHigh = bright-white on color160, bold, dim
        """
        let d = ThemeParser.parse(source, file: "t")
        #expect(d.problems.isEmpty, "\(d.problems)")
        #expect(d.styles[.titleBar] == ThemeStyle(fg: .ansi(0), bg: .ansi(6), bold: true))
        #expect(d.styles[.selection] == ThemeStyle(bg: .rgb(0x30, 0x30, 0x30)))
        #expect(d.basicStyles[.selection] == ThemeStyle(reverse: true))
        #expect(d.styles[.met] == ThemeStyle(bold: true, underline: true))
        #expect(d.styles[.heatHigh] == ThemeStyle(fg: .ansi(15), bg: .indexed(160), bold: true, dim: true))
    }

    @Test("a role the theme leaves out looks like normal")
    func missingRoleFallsBackToNormal() {
        let theme = ThemeParser.parse("normal = white on blue\nmet = green", file: "t").theme(named: "t")
        #expect(theme.style(for: .stale) == ThemeStyle(fg: .ansi(7), bg: .ansi(4)))
        #expect(theme.style(for: .met) == ThemeStyle(fg: .ansi(2)))
    }

    @Test("a user theme of the same name replaces the built-in")
    func userThemeOverridesBuiltin() {
        let l = loader(files: ["/home/lead/.config/baton/themes/dark.theme": "name = dark\nnormal = default\nmet = magenta\n"])
        let result = l.load(commandLine: nil, setting: nil)
        #expect(result.origin == "/home/lead/.config/baton/themes/dark.theme")
        #expect(result.theme.style(for: .met).fg == .ansi(5))
        #expect(result.theme.style(for: .titleBar) == .plain)
    }

    @Test("a user theme can start from a built-in and change a few roles")
    func userThemeWithBase() throws {
        let path = "/cfg/baton/themes/mine.theme"
        let l = loader(env: ["XDG_CONFIG_HOME": "/cfg"], files: [path: "base = dark\nmet = bright-green, bold\n"])
        let result = try #require(l.load(named: "mine"))
        let dark = try #require(l.load(named: "dark")).theme
        #expect(result.problems.isEmpty)
        #expect(result.theme.style(for: .met) == ThemeStyle(fg: .ansi(10), bold: true))
        #expect(result.theme.style(for: .titleBar) == dark.style(for: .titleBar))
        #expect(result.theme.style(for: .selection, depth: .ansi8) == dark.style(for: .selection, depth: .ansi8))
        #expect(l.availableNames == ["dark", "light", "high-contrast", "monochrome", "mine"])
    }

    @Test("user themes are found under XDG_CONFIG_HOME, else under ~/.config")
    func userThemeDirectory() {
        #expect(loader(env: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).userThemeDirectory == "/x/baton/themes")
        #expect(loader(env: ["HOME": "/h"]).userThemeDirectory == "/h/.config/baton/themes")
        #expect(loader(env: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]).userThemeDirectory == "/h/.config/baton/themes")
    }

    @Test("NO_COLOR chooses monochrome over the saved setting; an explicit --theme still wins")
    func noColorGivesMonochrome() {
        let l = loader(env: ["HOME": "/h", "NO_COLOR": "1"])
        #expect(l.load(commandLine: nil, setting: "light").theme.name == "monochrome")
        #expect(l.load(commandLine: nil, setting: nil).theme.name == "monochrome")
        #expect(l.load(commandLine: "light", setting: nil).theme.name == "light")
        #expect(loader(env: ["NO_COLOR": ""]).load(commandLine: nil, setting: nil).theme.name == "dark")
    }

    @Test("an unknown theme name is reported and the default is used")
    func unknownNameFallsBack() {
        let result = loader().load(commandLine: "solarised", setting: nil)
        #expect(result.theme.name == "dark")
        #expect(result.problems.first?.description.contains("no theme named \"solarised\"") == true)
        #expect(loader().load(named: "../../etc/passwd") == nil)
    }

    @Test("24-bit red falls back to palette 196, then bright red, then red, then nothing")
    func colourDepthFallback() {
        let red = ThemeColor.rgb(0xFF, 0, 0)
        #expect(red.resolved(for: .truecolor) == red)
        #expect(red.resolved(for: .indexed256) == .indexed(196))
        #expect(red.resolved(for: .ansi16) == .ansi(9))
        #expect(red.resolved(for: .ansi8) == .ansi(1))
        #expect(red.resolved(for: .none) == nil)
        #expect(ThemeColor.terminalDefault.resolved(for: .none) == .terminalDefault)
        #expect(ThemeColor.ansi(9).resolved(for: .ansi8) == .ansi(1))
        #expect(ThemeColor.indexed(238).resolved(for: .ansi8) == .ansi(0))
        #expect(ThemeColor.indexed(4).resolved(for: .ansi16) == .ansi(4))
        #expect(ThemeColor.rgb(0x30, 0x30, 0x30).resolved(for: .indexed256) == .indexed(236))
    }

    @Test("colour depth follows what curses reports in COLORS")
    func depthFromColours() {
        #expect(ColorDepth(colors: 0x1000000) == .truecolor)
        #expect(ColorDepth(colors: 256) == .indexed256)
        #expect(ColorDepth(colors: 16) == .ansi16)
        #expect(ColorDepth(colors: 8) == .ansi8)
        #expect(ColorDepth(colors: -1) == .none)
    }

    @Test("colour names read back as written", arguments: ["default", "red", "bright-cyan", "color238", "#0a1b2c"])
    func colourNamesRoundTrip(name: String) {
        #expect(ThemeColor(parsing: name)?.name == name)
    }

    @Test("monochrome tells Met, Not Met and stale apart by attributes alone")
    func monochromeIsReadable() throws {
        let mono = loader().monochrome
        #expect(!mono.usesColor)
        let met = mono.style(for: .met), notMet = mono.style(for: .notMet), stale = mono.style(for: .stale)
        #expect(met.bold && notMet.bold && notMet.underline && stale.underline)
        #expect(Set([attributes(met), attributes(notMet), attributes(stale), attributes(mono.style(for: .normal))]).count == 4)
        let heat: [Role] = [.heatNone, .heatLow, .heatMedium, .heatHigh]
        #expect(Set(heat.map { attributes(mono.style(for: $0)) }).count == 4)
        let health: [Role] = [.healthGreen, .healthAmber, .healthRed]
        #expect(Set(health.map { attributes(mono.style(for: $0)) }).count == 3)
        #expect(mono.style(for: .selection).reverse)
        #expect(mono.style(for: .focusedBorder).bold && !mono.style(for: .border).bold)
        // On the (reversed) selected row, Not Met still differs from plain text.
        let selectedNotMet = mono.look(of: CellStyle(.notMet, selected: true))
        let selectedNormal = mono.look(of: CellStyle(.normal, selected: true))
        #expect(selectedNormal.reverse && attributes(selectedNotMet) != attributes(selectedNormal))
    }

    @Test("a selected cell keeps its role's colour on the selection's background")
    func selectionKeepsForeground() throws {
        let dark = try #require(loader().load(named: "dark")).theme
        let look = dark.look(of: CellStyle(.notMet, selected: true), depth: .indexed256)
        #expect(look.fg == .ansi(1) && look.bg == .indexed(238) && look.bold)
        // On 8 colours grey 238 would be black on black: the theme's basic look is used instead.
        let basic = dark.look(of: CellStyle(.normal, selected: true), depth: .ansi8)
        #expect(basic.fg == .ansi(0) && basic.bg == .ansi(6))
    }

    @Test("a colour theme gives way to monochrome on a terminal without colour")
    func noColourTerminalUsesMonochrome() throws {
        let l = loader()
        let dark = try #require(l.load(named: "dark")).theme
        #expect(dark.drawable(at: .none, monochrome: l.monochrome).name == "monochrome")
        #expect(dark.drawable(at: .ansi8, monochrome: l.monochrome).name == "dark")
    }
}
