import Testing
@testable import BatonCore

@Suite("Open issues: dispositioned within 30 days of T-day")
struct OpenIssueDispositionTests {
    let tDay = Fixture.today

    @Test("the disposition deadline is T+30")
    func deadline() {
        #expect(OpenIssue.dispositionDeadline(tDay: tDay) == Fixture.day(30))
    }

    @Test("an untouched issue is flagged from T+31, not on T+30")
    func overdueBoundary() {
        let issue = Fixture.openIssue()
        #expect(!issue.isDispositionOverdue(tDay: tDay, today: Fixture.day(30)))
        #expect(issue.isDispositionOverdue(tDay: tDay, today: Fixture.day(31)))
    }

    @Test("a re-commit made on or after T-day dispositions the issue; one made before T-day does not")
    func dispositionedAfterTDay() throws {
        var before = Fixture.openIssue()
        try before.recommit(to: Fixture.day(40), note: "Agreed with the sponsor", on: Fixture.day(-1))
        #expect(!before.isDispositioned(after: tDay))
        #expect(before.isDispositionOverdue(tDay: tDay, today: Fixture.day(31)))

        var after = Fixture.openIssue()
        try after.recommit(to: Fixture.day(40), note: "Agreed with the sponsor", on: tDay)
        #expect(after.isDispositioned(after: tDay))
        #expect(!after.isDispositionOverdue(tDay: tDay, today: Fixture.day(31)))
    }

    @Test("an issue closed before T-day is already dispositioned")
    func closedBefore() throws {
        var issue = Fixture.openIssue()
        try issue.close(note: "Delivered in week 6", on: Fixture.day(-5))
        #expect(issue.isDispositioned(after: tDay))
    }

    @Test("an open issue past its deadline is overdue; due today it is not; closed it is not")
    func overdue() throws {
        #expect(Fixture.openIssue(deadline: Fixture.day(-1)).isOverdue(today: Fixture.today))
        #expect(!Fixture.openIssue(deadline: Fixture.today).isOverdue(today: Fixture.today))
        var closed = Fixture.openIssue(deadline: Fixture.day(-1))
        try closed.close(note: "Done", on: Fixture.today)
        #expect(!closed.isOverdue(today: Fixture.today))
    }

    @Test("closing keeps the issue with a closed record and its note")
    func close() throws {
        var issue = Fixture.openIssue()
        try issue.close(note: "  Forecasting delivered in month 3  ", on: Fixture.day(12))
        #expect(issue.isClosed)
        #expect(issue.description == "Forecasting module deferred to month 3")
        #expect(issue.dispositions == [OpenIssue.DispositionRecord(disposition: .closed, on: Fixture.day(12),
                                                                   note: "Forecasting delivered in month 3")])
    }

    @Test("re-committing keeps the old deadline in the record")
    func recommit() throws {
        var issue = Fixture.openIssue(deadline: Fixture.day(20))
        try issue.recommit(to: Fixture.day(45), note: "Vendor fix slipped", on: Fixture.day(3))
        #expect(issue.deadline == Fixture.day(45))
        #expect(!issue.isClosed)
        #expect(issue.dispositions == [OpenIssue.DispositionRecord(disposition: .recommitted, on: Fixture.day(3),
                                                                   note: "Vendor fix slipped",
                                                                   previousDeadline: Fixture.day(20))])
    }

    @Test("re-scoping keeps the old description in the record")
    func rescope() throws {
        var issue = Fixture.openIssue()
        try issue.rescope(to: "Forecasting for site A only", note: "Sponsor narrowed it", on: Fixture.day(3))
        #expect(issue.description == "Forecasting for site A only")
        #expect(issue.dispositions == [OpenIssue.DispositionRecord(
            disposition: .rescoped, on: Fixture.day(3), note: "Sponsor narrowed it",
            previousDescription: "Forecasting module deferred to month 3")])
    }

    @Test("every disposition is kept in order: re-scope, re-commit, then close")
    func historyKept() throws {
        var issue = Fixture.openIssue(deadline: Fixture.day(20))
        try issue.rescope(to: "Forecasting for site A only", note: "Narrowed", on: Fixture.day(1))
        try issue.recommit(to: Fixture.day(50), note: "Slipped", on: Fixture.day(2))
        try issue.close(note: "Delivered", on: Fixture.day(49))
        #expect(issue.dispositions.map(\.disposition) == [.rescoped, .recommitted, .closed])
        #expect(issue.dispositions[0].previousDescription == "Forecasting module deferred to month 3")
        #expect(issue.dispositions[1].previousDeadline == Fixture.day(20))
    }

    @Test("a disposition with a blank note is refused and changes nothing")
    func blankNote() {
        var issue = Fixture.openIssue()
        let before = issue
        #expect(throws: TidyPictureError.resolutionNoteRequired) { try issue.close(note: " ", on: Fixture.today) }
        #expect(throws: TidyPictureError.resolutionNoteRequired) {
            try issue.recommit(to: Fixture.day(40), note: "", on: Fixture.today)
        }
        #expect(throws: TidyPictureError.resolutionNoteRequired) {
            try issue.rescope(to: "Something else", note: "\n", on: Fixture.today)
        }
        #expect(issue == before)
    }

    @Test("a closed issue cannot be closed, re-committed or re-scoped again")
    func alreadyClosed() throws {
        var issue = Fixture.openIssue()
        try issue.close(note: "Done", on: Fixture.today)
        #expect(throws: TidyPictureError.alreadyClosed) { try issue.close(note: "Again", on: Fixture.today) }
        #expect(throws: TidyPictureError.alreadyClosed) {
            try issue.recommit(to: Fixture.day(40), note: "Reopen", on: Fixture.today)
        }
        #expect(issue.dispositions.count == 1)
    }

    @Test("a re-commit to a passed or unchanged deadline, or a re-scope to nothing new, is refused")
    func meaninglessDispositions() {
        var issue = Fixture.openIssue(deadline: Fixture.day(20))
        #expect(throws: TidyPictureError.deadlineInThePast) {
            try issue.recommit(to: Fixture.day(-1), note: "Late", on: Fixture.today)
        }
        #expect(throws: TidyPictureError.unchanged) {
            try issue.recommit(to: Fixture.day(20), note: "Same", on: Fixture.today)
        }
        #expect(throws: TidyPictureError.descriptionRequired) {
            try issue.rescope(to: "  ", note: "Blank", on: Fixture.today)
        }
        #expect(throws: TidyPictureError.unchanged) {
            try issue.rescope(to: "Forecasting module deferred to month 3 ", note: "Same", on: Fixture.today)
        }
        #expect(issue.dispositions.isEmpty)
    }
}
