import Foundation
import Testing
@testable import BatonCore

@Suite("The timeline through the one door")
struct TimelineChangeTests {
    let today = Fixture.today

    func withTimeline() -> Account {
        var account = Fixture.account()
        account.timeline = TimelineTemplate.items(kind: account.transitionKind, planning: account.planning, tDay: account.tDay)
        return account
    }

    @Test("ticking a step marks it done today; un-ticking takes it back")
    func tickAndUntick() throws {
        let account = withTimeline()
        let step = account.timeline[0]
        let outcome = try Door.apply(.timeline(.tick(itemID: step.id)), to: account).get()
        #expect(outcome.account.timeline[0].doneOn == today)
        #expect(outcome.summary == "Northwind Logistics: done \(today.iso) — \(step.title)")
        let undone = try #require(Door.after(.timeline(.untick(itemID: step.id)), on: outcome.account))
        #expect(undone.timeline[0].doneOn == nil)
    }

    @Test("a step ticked twice is refused: it was done on its day")
    func tickTwice() throws {
        let account = withTimeline()
        let once = try #require(Door.after(.timeline(.tick(itemID: account.timeline[0].id)), on: account))
        #expect(Door.refusal(.timeline(.tick(itemID: account.timeline[0].id)), on: once) != nil)
    }

    @Test("a moved step is marked moved, counted from T-day, and the timeline stays in date order")
    func move() throws {
        let account = withTimeline()
        let step = account.timeline[0]
        let after = try #require(Door.after(.timeline(.move(itemID: step.id, to: account.tDay.adding(days: 5))), on: account))
        let moved = try #require(after.timeline.first { $0.id == step.id })
        #expect(moved.moved && moved.due == account.tDay.adding(days: 5) && moved.offsetDays == 5)
        #expect(after.timeline.map(\.due) == after.timeline.map(\.due).sorted())
    }

    @Test("a done step cannot be moved: it happened on its day")
    func doneNotMoved() throws {
        let account = withTimeline()
        let done = try #require(Door.after(.timeline(.tick(itemID: account.timeline[0].id)), on: account))
        #expect(Door.refusal(.timeline(.move(itemID: account.timeline[0].id, to: Fixture.day(3))), on: done)?
            .hasPrefix("Done on") == true)
    }

    @Test("the lead's own steps get ids of their own that survive a new T-day")
    func addedStepSurvives() throws {
        let account = withTimeline()
        let added = try #require(Door.after(.timeline(.addStep(title: "Lunch with the sponsor", due: Fixture.day(3))), on: account))
        let own = try #require(added.timeline.first { $0.title == "Lunch with the sponsor" })
        #expect(own.id == "tl-own-1" && own.templateKey == nil)
        let second = try #require(Door.after(.timeline(.addStep(title: "Site visit", due: Fixture.day(4))), on: added))
        #expect(second.timeline.contains { $0.id == "tl-own-2" })
        let redated = try #require(Door.after(.timeline(.changeTDay(account.tDay.adding(days: 7), note: "Sponsor on leave that week")), on: second))
        #expect(redated.timeline.first { $0.id == own.id }?.due == Fixture.day(3))
    }

    @Test("a step without a title is refused")
    func stepNeedsTitle() {
        #expect(Door.refusal(.timeline(.addStep(title: " ", due: Fixture.day(3))), on: withTimeline()) != nil)
    }

    @Test("a new T-day re-dates the template's steps and says by how much")
    func changeTDay() throws {
        let account = withTimeline()
        let outcome = try Door.apply(.timeline(.changeTDay(account.tDay.adding(days: 7), note: "Sponsor on leave that week")), to: account).get()
        #expect(outcome.account.tDay == account.tDay.adding(days: 7))
        #expect(outcome.account.timeline.first { $0.templateKey != nil }?.due
            == account.timeline.first { $0.templateKey != nil }?.due.adding(days: 7))
        #expect(outcome.summary.contains("(+7 days); timeline re-dated"))
    }

    @Test("after the transfer the T-day is history and is not changed")
    func tDayHistory() {
        let reason = Door.refusal(.timeline(.changeTDay(Fixture.day(20), note: "Later")), on: Fixture.account(stage: .continuity))
        #expect(reason == "Refused: the transfer has happened (Continuity); its T-day is history.")
    }

    @Test("a new transition kind brings its own template; the same one again is refused")
    func changeTransition() throws {
        let account = withTimeline()
        let after = try #require(Door.after(.timeline(.changeTransition(.repToRep, .unplanned)), on: account))
        #expect(after.transitionKind == .repToRep && after.planning == .unplanned)
        #expect(after.timeline != account.timeline)
        #expect(Door.refusal(.timeline(.changeTransition(.repToRep, .unplanned)), on: after)?.hasPrefix("That is already") == true)
    }
}

@Suite("Ticking a step done on the day it happened")
struct TickOnADayTests {
    private let context = ChangeContext(today: Fixture.today, now: Fixture.noon, by: "Sarah Khan", timeZone: .utc)

    private func account() -> Account {
        var a = Fixture.account()
        a.timeline = [TimelineItem(id: "s1", title: "Internal handover meeting", offsetDays: -10, due: Fixture.day(-2))]
        return a
    }

    @Test("a step ticked done two days late is dated the day it happened")
    func datedThen() throws {
        let outcome = try AccountChange.timeline(.tickOn(itemID: "s1", day: Fixture.day(-2))).apply(to: account(), context: context).get()
        #expect(outcome.account.timeline[0].doneOn == Fixture.day(-2))
    }

    @Test("a step cannot be done on a day still to come")
    func notInTheFuture() {
        let result = AccountChange.timeline(.tickOn(itemID: "s1", day: Fixture.day(1))).apply(to: account(), context: context)
        guard case .failure(let refusal) = result else { Issue.record("accepted"); return }
        #expect(refusal.reason.contains("has not happened yet"))
    }
}
