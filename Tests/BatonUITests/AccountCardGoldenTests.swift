import SnapshotTesting
import Testing
import BatonCore
@testable import BatonUI

/// Golden screens of the account card: every tab at 80×24 and 132×43, and every card form at
/// 80×24, on the demo portfolio's fixed day. Re-record after an intended change:
/// `SNAPSHOT_TESTING_RECORD=all swift test --filter AccountCardGoldenTests`, then read them.
@Suite("Golden screens of the account card")
struct AccountCardGoldenTests {
    /// Müller has a bit of everything: open milestones, a Not Met condition 3, meetings, runs.
    static let account = "acct-mueller"

    static func card(_ keys: [KeyEvent], width: Int, height: Int, account: String = account) -> String {
        let state = DemoState.press([.enter] + keys, on: AccountCardTests.on(account, width: width, height: height))
        return ScreenText.render(AppView.render(state))
    }

    @Test("each tab at 80×24", arguments: CardTab.allCases)
    func tab80x24(_ tab: CardTab) {
        assertSnapshot(of: Self.card([.char(Character("\(tab.rawValue)"))], width: 80, height: 24), as: .lines,
                       named: "\(tab.rawValue)-\(tab.title.lowercased())", testName: "tab80x24")
    }

    @Test("each tab at 132×43", arguments: CardTab.allCases)
    func tab132x43(_ tab: CardTab) {
        assertSnapshot(of: Self.card([.char(Character("\(tab.rawValue)"))], width: 132, height: 43), as: .lines,
                       named: "\(tab.rawValue)-\(tab.title.lowercased())", testName: "tab132x43")
    }

    @Test("the handover tab at 80×24 with the unwritten briefing under the cursor")
    func handoverInternal() {
        let keys: [KeyEvent] = [.char("5")] + Array(repeating: .char("j"), count: 6)
        assertSnapshot(of: Self.card(keys, width: 80, height: 24), as: .lines)
    }

    @Test("a name with an escape sequence, CJK and an emoji stays in its cells")
    func hostileName() {
        var state = AccountCardTests.on("acct-hokuto", width: 80, height: 24)
        var account = state.portfolio.account(id: "acct-hokuto")!
        account.identity.name = "北斗精機 \u{1B}[31mRED\u{1B}[0m 🚀 Präzision"
        account.contacts[0].name = "佐藤 健一 \u{7}🎌"
        state.portfolio.upsert(account)
        state = DemoState.press([.enter], on: state)
        let overview = ScreenText.render(AppView.render(state))
        state = DemoState.press([.char("2")], on: state)
        let contacts = ScreenText.render(AppView.render(state))
        #expect(!overview.contains("\u{1B}") && !contacts.contains("\u{7}"))
        assertSnapshot(of: overview, as: .lines, named: "overview")
        assertSnapshot(of: contacts, as: .lines, named: "contacts")
    }

    /// Each form the card opens, at 80×24: every field must be on screen.
    static let forms: [(name: String, keys: [KeyEvent])] = [
        ("identity", [.char("e")]),
        ("people", [.char("j"), .char("e")]),
        ("contract", [.char("j"), .char("j"), .char("e")]),
        ("add-contact", [.char("2"), .char("a")]),
        ("edit-contact", [.char("2"), .char("e")]),
        ("add-milestone", [.char("3"), .char("a")]),
        ("edit-milestone", [.char("3"), .char("e")]),
        // The last milestone: Müller's three Not Met actions follow its milestones on the tab.
        ("complete-milestone", [.char("3"), .char("G"), .char("k"), .char("k"), .char("k"), .char(" ")]),
        ("action-done", [.char("3"), .char("G"), .char("c")]),
        ("exit-sign-off", [.char("4"), .char("j"), .char(" ")]),
        ("exit-completion-report", [.char("4"), .char(" ")]),
        ("handover-section", [.char("5"), .char("e")]),
        ("handover-unwritten-briefing", [.char("5")] + Array(repeating: .char("j"), count: 6) + [.char("e")]),
    ]

    @Test("each card form at 80×24", arguments: forms.map(\.name))
    func form(_ name: String) {
        let keys = Self.forms.first { $0.name == name }!.keys
        let state = DemoState.press([.enter] + keys, on: AccountCardTests.on(Self.account, width: 80, height: 24))
        guard case .accountCard(let card) = state.overlay, let form = card.form else {
            Issue.record("no form for \(name)")
            return
        }
        let grid = AppView.render(state)
        for field in form.fields {
            #expect(grid.text.contains(field.label), "\(name): \(field.label) is cut off at 80×24")
        }
        assertSnapshot(of: ScreenText.render(grid), as: .lines, named: name, testName: "form")
    }
}

extension CardTab: CustomTestStringConvertible {
    public var testDescription: String { title }
}
