import BatonCore
import Foundation
import Testing
@testable import BatonUI

/// `E`: the export menu, fed keys as a person types them; writing the file is the runtime's.
@Suite("The export menu")
struct ExportMenuTests {
    static func menu(_ state: AppState) -> ExportMenu? {
        if case .exportMenu(let m) = state.overlay { return m }
        return nil
    }

    @Test("E opens the menu for the selected account, with every document, grouped, and the portfolio calendar last")
    func opens() {
        let state = DemoState.press([.char("E")], on: MarkingReadinessTests.on("northwind"))
        let menu = try! #require(Self.menu(state))
        #expect(menu.accountID == "northwind")
        #expect(menu.choices.count == DocumentKind.allCases.count + 1)
        #expect(menu.choices.last == ExportMenu.Choice(kind: .calendar, accountID: nil))
        let screen = AppView.render(state).text
        for line in ["Export · Northwind Logistics", "For the team (internal)", "Handover document, eight sections",
                     "For the customer", "Customer success summary, one page", "Calendar (.ics): the whole portfolio",
                     "~/Documents/baton"] {
            #expect(screen.contains(line), "no \"\(line)\" on the screen")
        }
        #expect(AppView.render(state).rowText(state.height - 1).contains("Enter export"))
    }

    @Test("Enter on a document asks the runtime to export it for that account, and closes the menu")
    func enterExports() {
        var state = DemoState.press([.char("E")], on: MarkingReadinessTests.on("northwind"))
        let summary = DocumentKind.allCases.firstIndex(of: .summary)!
        state = DemoState.press(Array(repeating: .char("j"), count: summary), on: state)
        let (after, effects) = Update.update(state, .key(.enter))
        #expect(effects == [.export(.summary, accountID: "northwind")])
        #expect(after.overlay == nil)
    }

    @Test("the last line exports the whole portfolio's calendar; Esc exports nothing")
    func portfolioCalendarAndEscape() {
        let state = DemoState.press([.char("E"), .char("G")], on: MarkingReadinessTests.on("northwind"))
        #expect(Update.update(state, .key(.enter)).1 == [.export(.calendar, accountID: nil)])
        let (closed, effects) = Update.update(state, .key(.escape))
        #expect(effects.isEmpty && closed.overlay == nil)
    }

    @Test("the palette's export command opens the same menu")
    func palette() {
        let state = DemoState.type("export", on: DemoState.press([.char(":")], on: MarkingReadinessTests.on("northwind")))
        let (after, _) = Update.update(state, .key(.enter))
        #expect(Self.menu(after)?.accountID == "northwind")
    }
}
