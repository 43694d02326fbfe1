import Foundation
import Testing
import BatonCore
@testable import BatonUI

/// Each context of the dashboard, opened from the demo the way a lead opens it, for the walks below.
struct OpenContext: CustomStringConvertible, Sendable {
    var name: String
    var context: OverlayContext?
    var state: AppState
    /// What Esc leads to, as the context's table says: checked on the state after Esc.
    var afterEsc: @Sendable (AppState) -> Bool

    var description: String { name }

    static var all: [OpenContext] {
        let demo = DemoState.make(width: 100, height: 30)
        func press(_ keys: [KeyEvent], _ state: AppState = demo) -> AppState { DemoState.press(keys, on: state) }
        let closed: @Sendable (AppState) -> Bool = { $0.overlay == nil }
        var runsState = demo
        if let id = demo.portfolio.accounts.first(where: { !$0.readiness.runs.isEmpty && $0.isActive })?.id,
           let row = demo.index.row(ofAccount: id) {
            runsState.selectedRow = row
        }
        let importing = DashboardImportTests.reviewing()
        return [
            OpenContext(name: "the filter line", context: .filter, state: press([.char("/"), .char("a")]),
                        afterEsc: { !$0.filterEditing && $0.filter.isEmpty }),
            OpenContext(name: "a form", context: .form, state: press([.char("2"), .char("m")]), afterEsc: closed),
            OpenContext(name: "a form inside the account card", context: .form, state: press([.enter, .char("e")]),
                        afterEsc: { if case .accountCard(let c) = $0.overlay { c.form == nil } else { false } }),
            OpenContext(name: "the readiness meeting, who is in the room", context: .readinessMeeting, state: press([.char("r")]),
                        afterEsc: closed),
            OpenContext(name: "the readiness meeting, on a condition", context: .readinessMeeting, state: press([.char("r"), .enter]),
                        afterEsc: { if case .meeting(let m) = $0.overlay { m.phase == .confirmLeave(returnTo: .setupComplete) } else { false } }),
            OpenContext(name: "the T-day walkthrough", context: .walkthrough, state: press([.char("t")]), afterEsc: closed),
            OpenContext(name: "an agenda meeting", context: .agendaMeeting, state: press([.char("M"), .char("1")]),
                        afterEsc: { if case .agendaMeeting(let m) = $0.overlay { m.phase == .confirmLeave } else { false } }),
            OpenContext(name: "an agenda meeting, typing notes", context: .agendaMeeting, state: press([.char("M"), .char("1"), .enter]),
                        afterEsc: { if case .agendaMeeting(let m) = $0.overlay { m.focus == .sections } else { false } }),
            OpenContext(name: "past assessment runs", context: .pastRuns, state: press([.char("2"), .char("R")], runsState), afterEsc: closed),
            OpenContext(name: "a past run compared with now", context: .pastRuns, state: press([.char("2"), .char("R"), .enter], runsState),
                        afterEsc: { if case .runs(let b) = $0.overlay { !b.comparing } else { false } }),
            OpenContext(name: "the meeting chooser", context: .meetingChooser, state: press([.char("M")]), afterEsc: closed),
            OpenContext(name: "the measures", context: .measures, state: press([.char("%")]), afterEsc: closed),
            OpenContext(name: "the accounts behind a figure", context: .measures, state: press([.char("%"), .enter]),
                        afterEsc: { if case .measures(let b) = $0.overlay { !b.drilling } else { false } }),
            OpenContext(name: "search everything", context: .search, state: press([.char("F"), .char("a")]), afterEsc: closed),
            OpenContext(name: "the export menu", context: .exportMenu, state: press([.char("E")]), afterEsc: closed),
            OpenContext(name: "an import's dry run", context: .importPreview, state: importing,
                        afterEsc: { $0.overlay == nil && $0.message == "Import cancelled: nothing changed." }),
            OpenContext(name: "the help", context: .help, state: press([.char("?")]), afterEsc: closed),
            OpenContext(name: "the help over a meeting", context: .help, state: press([.char("M"), .char("?")]),
                        afterEsc: { if case .meetingChooser = $0.overlay { true } else { false } }),
            OpenContext(name: "searching the help", context: .helpSearch, state: press([.char("?"), .char("/"), .char("a")]),
                        afterEsc: { $0.helpQuery == nil && $0.overlay != nil }),
            OpenContext(name: "the command palette", context: .palette, state: press([.char(":"), .char("a")]), afterEsc: closed),
            OpenContext(name: "the account card", context: nil, state: press([.enter]), afterEsc: closed),
            OpenContext(name: "the help inside the account card", context: .help, state: press([.enter, .char("?")]),
                        afterEsc: { if case .accountCard(let c) = $0.overlay { c.help == nil } else { false } }),
        ]
    }
}

@Suite("Every screen's keys are one table: dispatch, the hint bar, ? and baton keys")
struct ContextKeysTests {
    /// What a key did, as far as the screen shows it.
    static func outcome(_ state: AppState) -> String {
        "\(String(describing: state.overlay))|\(state.filter)|\(state.filterEditing)|\(String(describing: state.helpQuery))|\(state.message ?? "")"
    }

    @Test("each context opens from the demo as the walk expects", arguments: OpenContext.all)
    func opens(_ open: OpenContext) {
        #expect(open.state.keyContext == open.context, "\(open.name) is \(String(describing: open.state.keyContext))")
    }

    @Test("Esc does what the context's table says", arguments: OpenContext.all)
    func escape(_ open: OpenContext) {
        let after = DemoState.press([.escape], on: open.state)
        #expect(open.afterEsc(after), "\(open.name): \(Self.outcome(after))")
    }

    @Test("q does what Esc does wherever q is not typed text; where it is, it is text", arguments: OpenContext.all)
    func q(_ open: OpenContext) {
        let byQ = DemoState.press([.char("q")], on: open.state)
        let byEsc = DemoState.press([.escape], on: open.state)
        if open.state.typesText {
            #expect(Self.outcome(byQ) != Self.outcome(byEsc), "\(open.name): q was not typed")
            #expect(Self.outcome(byQ) != Self.outcome(open.state), "\(open.name): q was not typed")
            #expect(byQ.keyContext == open.state.keyContext, "\(open.name): q left the context")
        } else {
            #expect(Self.outcome(byQ) == Self.outcome(byEsc), "\(open.name): q did not do what Esc does")
        }
    }

    @Test("Ctrl-C quits at once, or asks first where typed work is at stake, and a second Ctrl-C quits", arguments: OpenContext.all)
    func ctrlC(_ open: OpenContext) {
        var state = open.state
        let effects = Update.apply(.key(.ctrl("c")), to: &state)
        // Typed work that a quit would drop: a form's fields, a meeting's attendees, marks and notes.
        let holdsTypedWork = [OverlayContext.form, .readinessMeeting, .agendaMeeting].contains { $0 == open.context }
        #expect((open.context?.asksBeforeQuitting ?? false) == holdsTypedWork, "\(open.name)")
        if holdsTypedWork {
            #expect(effects.isEmpty, "\(open.name) quit without asking")
            #expect(state.overlay == open.state.overlay, "\(open.name): asking threw the work away")
            #expect(state.message?.contains("Ctrl-C again quits") == true)
            #expect(Update.apply(.key(.ctrl("c")), to: &state) == [.quit])
        } else {
            #expect(effects == [.quit], "\(open.name) did not quit")
        }
    }

    @Test("? (F1 where ? is text) opens the help at the context's own keys, and Esc goes back to it", arguments: OpenContext.all)
    func help(_ open: OpenContext) {
        guard let context = open.context, context.opensItsHelp else { return }
        let key: KeyEvent = open.state.typesText ? .function(1) : .char("?")
        let state = DemoState.press([key], on: open.state)
        guard case .help(let scroll) = state.overlay else { Issue.record("\(open.name): no help"); return }
        let lines = HelpOverlay.wrapped(keymap: .standard, innerWidth: min(state.width - 4, 96) - 2)
        #expect(lines[scroll].heading && lines[scroll].key == context.title, "\(open.name): help opened at \(lines[scroll].key)")
        let back = DemoState.press([.escape], on: state)
        #expect(back.overlay == open.state.overlay, "\(open.name): not back where it was")
        #expect(back.filterEditing == open.state.filterEditing)
    }

    @Test("the hint bar shows what the context's table says for it", arguments: OpenContext.all)
    func hintBar(_ open: OpenContext) {
        guard open.state.message == nil else { return }
        let bar = AppView.render(open.state).rowText(open.state.height - 1)
        let table: [(String, String)]? = switch open.state.overlay {
        case .help: open.state.helpQuery == nil ? HelpKeys.table.hints() : HelpSearchKeys.table.hints(typing: true)
        case .palette: PaletteKeys.table.hints(typing: true)
        case .runs(let b): RunsKeys.table.hints { RunsKeys.shown($0, b) }
        case .meetingChooser: MeetingChooserKeys.table.hints()
        case .measures(let b): MeasuresKeys.table.hints { MeasuresKeys.offered($0, b) }
        case .search: SearchEverythingKeys.table.hints(typing: true)
        case .exportMenu: ExportMenuKeys.table.hints()
        case .importPreview(let r): ImportKeys.table.hints { ImportKeys.shown($0, r) }
        case nil where open.state.filterEditing: FilterKeys.table.hints(typing: true)
        default: nil
        }
        guard let table, let first = table.first else { return }
        #expect(bar.contains("\(first.0) \(first.1)"), "\(open.name): \(bar)")
        #expect(bar.contains("Esc") || table.allSatisfy { $0.0 != "Esc" }, "\(open.name): \(bar)")
    }

    @Test("the help lists every context's keys under its title, as its table writes them")
    func helpListsEveryTable() {
        let lines = HelpOverlay.lines(keymap: .standard)
        for context in OverlayContext.allCases {
            guard let heading = lines.firstIndex(where: { $0.heading && $0.key == context.title }) else {
                Issue.record("no heading for \(context.title)")
                continue
            }
            let section = lines[(heading + 1)...].prefix { !$0.heading }
            for line in context.lines {
                #expect(section.contains { $0.key == line.label && $0.help == line.help }, "\(context): \(line.label) \(line.help)")
            }
        }
    }

    @Test("baton keys lists every context's keys, each key in backquotes")
    func keysPageListsEveryTable() {
        let table = KeyTable.markdown(.standard)
        for context in OverlayContext.allCases {
            for line in context.lines {
                let keys = line.keys == ["type"] ? "(typing)" : line.keys.map { "`\($0)`" }.joined(separator: " ")
                #expect(table.contains("| \(context.title) | \(keys) | \(line.help) |"), "\(context): \(line.label)")
            }
        }
    }

    @Test("where a context takes only typing, no binding of its table is a printable key (it would never be reached)")
    func typingContextsBindNoText() {
        let typing: [(OverlayContext, [[KeyEvent]])] = [
            (.filter, FilterKeys.table.bindings.map(\.keys)), (.search, SearchEverythingKeys.table.bindings.map(\.keys)),
            (.palette, PaletteKeys.table.bindings.map(\.keys)), (.helpSearch, HelpSearchKeys.table.bindings.map(\.keys)),
            // The answer to a form's question (discard? a new person?) is offered only while the
            // question stands, when no field takes text.
            (.form, FormKeys.table.bindings.filter { $0.command != .answerYes }.map(\.keys)),
        ]
        for (context, keys) in typing {
            #expect(keys.joined().allSatisfy { !$0.isPrintable }, "\(context)")
        }
    }

    @Test("no key is bound twice where nothing tells the two apart")
    func noClashes() {
        func check<C>(_ table: ContextKeys<C>, offeredTogether: (C, C) -> Bool = { _, _ in true }) {
            for (i, a) in table.bindings.enumerated() {
                for b in table.bindings[(i + 1)...] where offeredTogether(a.command, b.command) {
                    let both = Set(a.keys).intersection(b.keys)
                    #expect(both.isEmpty, "\(table.context): \(both.map(\.label)) bound twice")
                }
            }
        }
        check(FilterKeys.table)
        check(SearchEverythingKeys.table)
        check(PaletteKeys.table)
        check(HelpKeys.table)
        check(HelpSearchKeys.table)
        check(ExportMenuKeys.table)
        check(MeetingChooserKeys.table)
        check(RunsKeys.table) { a, b in
            [true, false].contains { comparing in
                var browser = RunsBrowser(accountID: "", cursor: 0)
                browser.comparing = comparing
                return RunsKeys.offered(a, browser) && RunsKeys.offered(b, browser)
            }
        }
        check(ImportKeys.table) { a, b in
            let request = { (preferFile: Bool) in ImportRequest(path: "x", preferFile: preferFile) }
            return [(false, false), (false, true), (true, false), (true, true)].contains { skip, prefer in
                let review = ImportReview(preview: ImportPreview(request: request(prefer), headline: "", rows: [], accounts: []),
                                          skipBadRows: skip)
                return ImportKeys.offered(a, review) && ImportKeys.offered(b, review)
            }
        }
    }

    @Test("every key the hint bar names is bound in its table")
    func hintsNameBoundKeys() {
        func check<C>(_ table: ContextKeys<C>) {
            let labels = Set(table.bindings.flatMap { $0.keys.map(\.label) })
            for b in table.bindings where b.hint != nil {
                let written = b.hintKeys ?? b.keys.first?.label ?? ""
                for token in written.split(whereSeparator: { $0 == "/" || $0 == " " }).map(String.init) {
                    // "1-5": every digit between is bound.
                    let parts = token.split(separator: "-").compactMap { Int($0) }
                    if parts.count == 2 {
                        #expect((parts[0]...parts[1]).allSatisfy { labels.contains("\($0)") }, "\(table.context): \(token)")
                    } else if token == "↑↓" {
                        #expect(labels.contains("↑") && labels.contains("↓"), "\(table.context): \(token)")
                    } else {
                        #expect(labels.contains(token), "\(table.context): \(token) is not bound")
                    }
                }
            }
        }
        check(FilterKeys.table); check(SearchEverythingKeys.table); check(PaletteKeys.table); check(HelpKeys.table)
        check(HelpSearchKeys.table); check(ExportMenuKeys.table); check(MeetingChooserKeys.table); check(RunsKeys.table)
        check(ImportKeys.table); check(MeasuresKeys.table)
    }
}

@Suite("The too-small screen")
struct TooSmallKeysTests {
    @Test("q on the too-small screen quits, as it says")
    func qQuits() {
        var state = DemoState.make(width: 60, height: 20)
        #expect(AppView.render(state).text.contains("press q to quit"))
        #expect(Update.apply(.key(.char("q")), to: &state) == [.quit])
    }

    @Test("with typed work under it, q asks first, on the small screen itself, and a second q quits")
    func qAsksOverTypedWork() {
        var state = DemoState.press([.char("2"), .char("m"), .paste("Half a sentence")], on: DemoState.make())
        _ = Update.apply(.key(.resize(width: 60, height: 20)), to: &state)
        #expect(Update.apply(.key(.char("q")), to: &state).isEmpty)
        #expect(AppView.render(state).text.contains("q again quits"))
        guard case .form = state.overlay else { Issue.record("the form was thrown away"); return }
        #expect(Update.apply(.key(.char("q")), to: &state) == [.quit])
    }
}
