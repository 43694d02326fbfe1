import Foundation
import SnapshotTesting
import Testing
import BatonCore
@testable import BatonUI

/// Following the timeline: ticking, moving and adding steps, and rebuilding it when the T-day or
/// the kind of transition changes — driven through update as a lead types.
@Suite("Editing the timeline")
struct TimelineEditingTests {
    /// The demo with `id` selected and the timeline focused, the cursor on the step `key` if given.
    static func on(_ id: String, step key: String? = nil, saveStatus: SaveStatus = .saved) -> AppState {
        var state = DemoState.make(width: 100, height: 30)
        state.saveStatus = saveStatus
        state.selectedRow = state.index.row(ofAccount: id)!
        state.resetAccountCursors()
        state = DemoState.press([.char("4")], on: state)
        if let key {
            state.timelineCursor = state.selectedAccount!.timeline.firstIndex { $0.templateKey == key }!
        }
        return state
    }

    static func account(_ state: AppState, _ id: String) -> Account { state.portfolio.account(id: id)! }

    static func step(_ state: AppState, _ id: String, _ key: String) -> TimelineItem {
        account(state, id).timeline.first { $0.templateKey == key }!
    }

    static let today = DemoState.today

    @Test("Space ticks the overdue step done today, clears its overdue, and u takes it back")
    func tickClearsOverdue() {
        let before = Self.on("acct-mueller", step: "handover-document-finalised")
        #expect(Self.step(before, "acct-mueller", "handover-document-finalised").status(today: Self.today) == .overdue)
        var state = before
        let effects = Update.apply(.key(.char(" ")), to: &state)
        let ticked = Self.step(state, "acct-mueller", "handover-document-finalised")
        #expect(ticked.doneOn == Self.today)
        #expect(ticked.status(today: Self.today) == .done(Self.today))
        #expect(Self.account(state, "acct-mueller").overdueTimelineItems(today: Self.today).isEmpty)
        #expect(effects == [.commit(Self.account(state, "acct-mueller"))])
        #expect(state.message?.contains("done 2026-11-23") == true)

        state = DemoState.press([.char("u")], on: state)
        #expect(Self.account(state, "acct-mueller") == Self.account(before, "acct-mueller"))
        state = DemoState.press([.char(" "), .char(" ")], on: before)
        #expect(Self.step(state, "acct-mueller", "handover-document-finalised").doneOn == nil, "Space again un-ticks it")
    }

    @Test("a moved step keeps its new date when the T-day changes; template steps are re-dated, done ones stay")
    func movedStepKeepsItsDate() {
        var state = Self.on("acct-mueller", step: "quality-check")
        let done = Self.step(state, "acct-mueller", "internal-handover")
        #expect(done.doneOn != nil)
        state = DemoState.press([.char("d"), .ctrl("u"), .paste("2026-12-04"), .ctrl("s")], on: state)
        let moved = Self.step(state, "acct-mueller", "quality-check")
        #expect(moved.due == CalendarDate(iso: "2026-12-04")!)
        #expect(moved.moved)
        #expect(state.selectedAccount?.timeline[state.timelineCursor].id == moved.id, "the cursor follows the step")

        state = DemoState.press([.char("T"), .ctrl("u"), .paste("2026-12-02"), .tab, .paste("Sponsor on leave"), .ctrl("s")], on: state)
        let after = Self.account(state, "acct-mueller")
        #expect(after.tDay == CalendarDate(iso: "2026-12-02")!)
        #expect(Self.step(state, "acct-mueller", "quality-check").due == CalendarDate(iso: "2026-12-04")!)
        // T+17 is Saturday 19 December: the first one-to-one is put to the customer on the Monday after.
        #expect(Self.step(state, "acct-mueller", "first-one-to-one").due == CalendarDate(iso: "2026-12-21")!)
        let stillDone = Self.step(state, "acct-mueller", "internal-handover")
        #expect(stillDone.due == done.due && stillDone.doneOn == done.doneOn, "done steps happened when they happened")
        #expect(after.timeline.map(\.due) == after.timeline.map(\.due).sorted())
        #expect(after.timeline.allSatisfy { after.tDay.days(until: $0.due) == $0.offsetDays }, "T−n stays true of each date")

        state = DemoState.press([.char("u")], on: state)
        #expect(Self.account(state, "acct-mueller").tDay == CalendarDate(iso: "2026-11-25")!)
        state = DemoState.press([.char("u")], on: state)
        #expect(Self.step(state, "acct-mueller", "quality-check").moved == false)
    }

    @Test("changing the T-day re-dates every template step not yet done and keeps the done ones")
    func tDayRedates() {
        let before = Self.on("acct-mueller")
        let old = Self.account(before, "acct-mueller")
        let state = DemoState.press([.char("T"), .ctrl("u"), .paste("+9d"), .enter, .paste("Customer's year-end freeze"), .ctrl("s")], on: before)
        let after = Self.account(state, "acct-mueller")
        #expect(after.tDay == Self.today.adding(days: 9))
        for item in old.timeline {
            let now = after.timeline.first { $0.id == item.id }!
            if item.doneOn != nil {
                #expect(now.due == item.due && now.doneOn == item.doneOn, "\(item.title)")
            } else {
                #expect(now.due == after.tDay.adding(days: item.offsetDays), "\(item.title)")
            }
        }
        #expect(state.message?.contains("T-day \(Self.today.adding(days: 9).iso)") == true)
        #expect(after.tDayHistory.last == TDayMove(from: old.tDay, to: Self.today.adding(days: 9), on: Self.today,
                                                   note: "Customer's year-end freeze"))
    }

    @Test("a T-day moved without saying why is refused on the form, and nothing moves")
    func tDayNeedsWhy() {
        let before = Self.on("acct-mueller")
        let state = DemoState.press([.char("T"), .ctrl("u"), .paste("+9d"), .ctrl("s")], on: before)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.problem == "Why is needed.")
        #expect(Self.account(state, "acct-mueller").tDay == Self.account(before, "acct-mueller").tDay)
    }

    @Test("a step the lead adds is dated from the T-day, carries no template key, and survives a new template")
    func customStepSurvives() throws {
        var state = Self.on("acct-mueller")
        state = DemoState.press([.char("a"), .paste("Lunch with the Hamburg depot managers"), .tab, .paste("+4d"), .ctrl("s")], on: state)
        let added = try #require(Self.account(state, "acct-mueller").timeline.first { $0.templateKey == nil })
        #expect(added.title == "Lunch with the Hamburg depot managers")
        #expect(added.due == Self.today.adding(days: 4))
        #expect(added.offsetDays == 2, "T-day is in two days: four days from today is T+2")
        #expect(state.selectedAccount?.timeline[state.timelineCursor].id == added.id, "the cursor lands on it")

        state = DemoState.press([.char("K"), .ctrl("u"), .paste("team"), .ctrl("s")], on: state)
        #expect(Self.account(state, "acct-mueller").transitionKind == .teamToTeam)
        #expect(Self.account(state, "acct-mueller").timeline.contains(added))
        state = DemoState.press([.char("T"), .ctrl("u"), .paste("2026-12-10"), .ctrl("s")], on: state)
        #expect(Self.account(state, "acct-mueller").timeline.contains { $0.id == added.id && $0.due == added.due })
    }

    @Test("changing to an unplanned rep → rep transition gives the accelerated template from T-day")
    func unplannedRepToRep() {
        let before = Self.on("acct-coralcoast")
        var state = DemoState.press([.char("K"), .ctrl("u"), .paste("rep"), .tab, .ctrl("u"), .paste("unplanned"), .ctrl("s")],
                                    on: before)
        let after = Self.account(state, "acct-coralcoast")
        #expect(after.transitionKind == .repToRep)
        #expect(after.planning == .unplanned)
        let expected = TimelineTemplate.items(kind: .repToRep, planning: .unplanned, tDay: after.tDay)
        let open = after.timeline.filter { $0.doneOn == nil && !$0.moved && $0.templateKey != nil }
        #expect(open.map(\.templateKey) == expected.map(\.templateKey))
        #expect(open.map(\.due) == expected.map(\.due))
        #expect(after.timeline.filter { $0.doneOn != nil } == Self.account(before, "acct-coralcoast").timeline.filter { $0.doneOn != nil })

        state = DemoState.press([.char("u")], on: state)
        #expect(Self.account(state, "acct-coralcoast") == Self.account(before, "acct-coralcoast"))
    }

    @Test("the kind is one of the four: a word naming none of them leaves the kind as it was")
    func unknownKindRefused() {
        let before = Self.on("acct-coralcoast")
        let state = DemoState.press([.char("K"), .paste("merger"), .char("z")], on: before)
        guard case .form(let form) = state.overlay else { Issue.record("form closed"); return }
        #expect(form.value(.transitionKind) == TimelineInputs.word(before.selectedAccount!.transitionKind))
    }

    @Test("a done step is not moved: it happened when it happened")
    func doneStepNotMoved() {
        let state = DemoState.press([.char("d")], on: Self.on("acct-mueller", step: "internal-handover"))
        #expect(state.overlay == nil)
        #expect(state.message?.hasPrefix("Done on") == true)
    }

    @Test("on a read-only store the timeline refuses at once, before anything is typed")
    func readOnlyRefused() {
        let before = Self.on("acct-mueller", step: "handover-document-finalised", saveStatus: .readOnly("another Baton has it"))
        var state = DemoState.press([.char(" ")], on: before)
        #expect(Self.account(state, "acct-mueller") == Self.account(before, "acct-mueller"))
        #expect(state.message?.contains("read-only") == true)
        state = DemoState.press([.char("T")], on: before)
        #expect(state.overlay == nil)
    }

    @Test("Enter in the agenda lands on that very step in the account's timeline")
    func agendaJumpLandsOnStep() {
        var state = DemoState.press([.char("4"), .char("A")], on: DemoState.make(width: 100, height: 30))
        state = DemoState.press([.char("j"), .char("j"), .char("j")], on: state)
        let entry = state.agenda[state.agendaCursor]
        state = DemoState.press([.enter], on: state)
        #expect(!state.showAgenda)
        #expect(state.focus == .timeline)
        #expect(state.selectedAccount?.name == entry.accountName)
        #expect(state.selectedAccount?.timeline[state.timelineCursor].id == entry.item.id)
        state = DemoState.press([.char(" ")], on: state)
        #expect(state.selectedAccount?.timeline.first { $0.id == entry.item.id }?.doneOn == Self.today)
    }

    @Test("in the agenda Space ticks the step under the cursor in its own account, and it leaves the agenda")
    func agendaTick() {
        var state = DemoState.press([.char("4"), .char("A"), .char("j")], on: DemoState.make(width: 100, height: 30))
        let entry = state.agenda[state.agendaCursor]
        let id = state.portfolio.accounts[entry.accountIndex].id
        let before = state
        state = DemoState.press([.char(" ")], on: state)
        #expect(Self.account(state, id).timeline.first { $0.id == entry.item.id }?.doneOn == Self.today)
        #expect(!state.agenda.contains { $0.accountIndex == entry.accountIndex && $0.item.id == entry.item.id })
        state = DemoState.press([.char("u")], on: state)
        #expect(state.portfolio == before.portfolio)
        #expect(state.agenda == before.agenda)
    }

    @Test("in the agenda d moves the step under the cursor in its own account")
    func agendaMove() {
        var state = DemoState.press([.char("4"), .char("A"), .char("j"), .char("j")], on: DemoState.make(width: 100, height: 30))
        let entry = state.agenda[state.agendaCursor]
        let id = state.portfolio.accounts[entry.accountIndex].id
        state = DemoState.press([.char("d"), .ctrl("u"), .paste("2027-01-08"), .enter], on: state)
        let moved = Self.account(state, id).timeline.first { $0.id == entry.item.id }
        #expect(moved?.due == CalendarDate(iso: "2027-01-08")!)
        #expect(moved?.moved == true)
    }

    @Test("in the agenda, adding a step or changing the T-day says where it works instead of guessing an account")
    func agendaRefusesAccountEdits() {
        let before = DemoState.press([.char("4"), .char("A")], on: DemoState.make(width: 100, height: 30))
        for key: Character in ["a", "T", "K"] {
            let state = DemoState.press([.char(key)], on: before)
            #expect(state.overlay == nil)
            #expect(state.message?.hasPrefix("The agenda spans every account") == true)
        }
    }

    @Test("golden: the timeline zoomed after a tick, a move and a step of the lead's own (100×30)")
    func timelineZoomedAfterEdits() {
        var state = DemoState.press([.char("z"), .char(" "), .char("a"), .paste("Lunch with the Hamburg depot managers"),
                                     .tab, .paste("+4d"), .ctrl("s")], on: Self.on("acct-mueller"))
        state.timelineCursor = state.selectedAccount!.timeline.firstIndex { $0.templateKey == "quality-check" }!
        state = DemoState.press([.char("d"), .ctrl("u"), .paste("2026-12-04"), .enter], on: state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }
}
