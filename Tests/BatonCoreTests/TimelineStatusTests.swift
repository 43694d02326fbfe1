import Testing
@testable import BatonCore

@Suite("Timeline item status: due, done or overdue")
struct TimelineStatusTests {
    let item = TimelineItem(id: "tl-quality-check", title: "Quality check", offsetDays: 7, due: Fixture.today,
                            templateKey: "quality-check")

    @Test("an item due today is due; the day after, undone, it is overdue")
    func dueAndOverdue() {
        #expect(item.status(today: Fixture.today) == .due)
        #expect(item.status(today: Fixture.day(-3)) == .due)
        #expect(item.status(today: Fixture.day(1)) == .overdue)
    }

    @Test("a done item is done with its date, however late it was done")
    func done() {
        var done = item
        done.doneOn = Fixture.day(4)
        #expect(done.status(today: Fixture.day(10)) == .done(Fixture.day(4)))
    }

    @Test("the account's overdue items are the undone ones whose day has passed")
    func accountOverdue() {
        var account = Fixture.account()
        var finished = item
        finished.id = "done"
        finished.due = Fixture.day(-5)
        finished.doneOn = Fixture.day(-5)
        var late = item
        late.id = "late"
        late.due = Fixture.day(-1)
        account.timeline = [item, finished, late]
        #expect(account.overdueTimelineItems(today: Fixture.today).map(\.id) == ["late"])
    }
}
