import Foundation
import SnapshotTesting
import Testing
import BatonCore
@testable import BatonUI

/// The internal handover meeting, the joint transition meeting and the 30-day post-transition
/// review, driven through update as a lead types in the meeting.
@Suite("Agenda meetings")
struct OtherMeetingsTests {
    /// The demo with `id` selected and the meeting of `kind` open on it (through `M`).
    static func meeting(_ kind: Meeting.Kind, on id: String) -> AppState {
        let n = MeetingChooser.kinds.firstIndex(of: kind)! + 1
        return DemoState.press([.char("M"), .char(Character("\(n)"))], on: MarkingReadinessTests.on(id))
    }

    static func open(_ state: AppState) -> AgendaMeeting? {
        if case .agendaMeeting(let m) = state.overlay { return m }
        return nil
    }

    static func at(minutes: Double, _ state: AppState) -> AppState {
        var s = state
        _ = Update.apply(.tick(DemoState.now.addingTimeInterval(minutes * 60), today: DemoState.today), to: &s)
        return s
    }

    static func press(_ keys: [KeyEvent], _ state: inout AppState) -> [Effect] {
        keys.flatMap { Update.apply(.key($0), to: &state) }
    }

    static func account(_ state: AppState, _ id: String) -> Account { state.portfolio.account(id: id)! }

    // MARK: The internal handover meeting

    @Test("the internal handover records its seven sections' notes, the attendees, the times and the account manager's commitments")
    func internalHandoverRecorded() {
        var state = Self.meeting(.internalHandover, on: "northwind")
        #expect(Self.open(state)?.sections.map(\.minutes) == [10, 10, 10, 10, 5, 10, 5])
        _ = Self.press([.enter, .paste("Bought to cut rota planning time across 3 sites."), .tab,
                        .paste("ERP integration live, about 1,200 transactions a day."), .escape], &state)
        state = Self.at(minutes: 12, state)
        _ = Self.press([.char("l"), .char("l"), .char("l"), .char("l"), .enter,
                        .paste("Lisa Chen moves role in Q3:\nfind her successor early."), .escape, .char("c"),
                        .paste("First one-to-one with Graham Holt in week 3\nUsage review at day 21 with Lisa Chen"), .escape], &state)
        state = Self.at(minutes: 58, state)
        let effects = Self.press([.ctrl("s")], &state)

        #expect(state.overlay == nil)
        let after = Self.account(state, "northwind")
        let recorded = after.meetings.last!
        #expect(effects == [.commit(after)])
        #expect(recorded.kind == .internalHandover)
        #expect(recorded.sections.map(\.title) == MeetingAgenda.sections(for: .internalHandover).map(\.title))
        #expect(recorded.sections[0].notes == "Bought to cut rota planning time across 3 sites.")
        #expect(recorded.sections[1].notes == "ERP integration live, about 1,200 transactions a day.")
        #expect(recorded.sections[5].notes == "Lisa Chen moves role in Q3:\nfind her successor early.")
        #expect(recorded.sections[6].notes == "")
        #expect(recorded.commitments == ["First one-to-one with Graham Holt in week 3", "Usage review at day 21 with Lisa Chen"])
        #expect(recorded.attendees == ["Sarah Khan (onboarding lead)", "Tom Reeves (onboarding coordinator)",
                                       "Daniel Ortiz (incoming account manager)"])
        #expect(recorded.on == DemoState.today)
        #expect(recorded.startedAt == DemoState.now)
        #expect(recorded.endedAt == DemoState.now.addingTimeInterval(58 * 60))
    }

    @Test("the internal handover refuses to close with fewer than two commitments, or more than three, and records nothing")
    func handoverNeedsTwoOrThreeCommitments() {
        var state = Self.meeting(.internalHandover, on: "northwind")
        let before = Self.account(state, "northwind")
        _ = Self.press([.char("c"), .paste("First one-to-one with Graham Holt in week 3"), .escape], &state)
        var effects = Self.press([.ctrl("s")], &state)
        #expect(effects.isEmpty)
        #expect(Self.open(state)?.focus == .commitments)
        #expect(state.message?.hasPrefix("Refused: the account manager commits to two or three actions") == true)
        #expect(Self.account(state, "northwind") == before)

        _ = Self.press([.char("c"), .paste("\nUsage review at day 21\nMeet Mark Feeney about the ERP\nSite visit to Leeds"), .escape], &state)
        effects = Self.press([.ctrl("s")], &state)
        #expect(effects.isEmpty)
        #expect(state.message?.hasPrefix("Refused: at most three commitments") == true)
        #expect(Self.account(state, "northwind") == before)
    }

    @Test("the internal handover does not close while the unwritten briefing was never visited, and records nothing")
    func handoverNeedsTheBriefingVisited() {
        var state = Self.meeting(.internalHandover, on: "northwind")
        let before = Self.account(state, "northwind")
        _ = Self.press([.char("c"), .paste("First one-to-one with Graham Holt in week 3\nUsage review at day 21"), .escape], &state)
        var effects = Self.press([.ctrl("s")], &state)
        #expect(effects.isEmpty)
        #expect(state.message?.hasPrefix("Refused: section 6, the unwritten briefing, was never visited") == true)
        #expect(Self.account(state, "northwind") == before)
        #expect(Self.open(state)?.current == 0, "the refusal does not move the meeting there for you")

        _ = Self.press([.char("l"), .char("l"), .char("l"), .char("l"), .char("l"), .char("l")], &state)
        effects = Self.press([.ctrl("s")], &state)
        #expect(state.overlay == nil)
        let recorded = Self.account(state, "northwind").meetings.last!
        #expect(recorded.sections[5].visited == true && recorded.sections[5].notes.isEmpty)
        #expect(state.message?.contains("7 sections without notes") == true)
    }

    @Test("moving past a section does not make it done; x skips it with a reason, which is recorded")
    func skipWithAReason() {
        var state = Self.meeting(.internalHandover, on: "northwind")
        _ = Self.press([.char("l")], &state)
        #expect(Self.open(state)?.isDone(0) == false)
        #expect(AppView.render(state).text.contains("○ 1 Strategic context"))
        _ = Self.press([.char("x"), .ctrl("s")], &state)
        #expect(Self.open(state)?.form?.problem == "Why it is skipped is needed.")
        _ = Self.press([.paste("Covered in the handover document; nothing new"), .ctrl("s")], &state)
        let m = Self.open(state)
        #expect(m?.form == nil && m?.skipped[1] == "Covered in the handover document; nothing new")
        #expect(m?.isDone(1) == true && m?.current == 2, "a skipped section moves the meeting on")
        #expect(AppView.render(state).text.contains("– 2 Operational state"))
        _ = Self.press([.char("h"), .char("l"), .char("l"), .char("l"), .char("l"), .char("c"),
                        .paste("First one-to-one in week 3\nUsage review at day 21"), .escape, .ctrl("s")], &state)
        let recorded = Self.account(state, "northwind").meetings.last!
        #expect(recorded.sections[1].skipReason == "Covered in the handover document; nothing new")
        #expect(recorded.sections[0].skipReason == nil && !recorded.sections[0].isDone)
        #expect(state.message?.contains("1 section skipped with a reason; 6 sections without notes") == true)
    }

    // MARK: The joint transition meeting

    @Test("the joint transition meeting prefills the five mandatory roles from the account, with nobody missing")
    func jointRolesPrefilled() {
        let m = Self.open(Self.meeting(.jointTransition, on: "acct-bluefin"))!
        #expect(m.roles.map(\.name) == ["Marisol Vega", "Dan Kowalczyk", "Sarah Khan", "Amara Osei", "Daniel Ortiz"])
        #expect(m.missingRoles.isEmpty)
        #expect(m.sections.map(\.minutes) == [5, 10, 5, 10, 10, 5])
    }

    @Test("the joint transition meeting records the signals ticked with the sponsor there; closing without a mandatory role asks first and names it")
    func jointSignalsAndMissingRole() {
        var state = Self.meeting(.jointTransition, on: "acct-bluefin")
        let before = Self.account(state, "acct-bluefin")
        _ = Self.press([.char("1"), .char("3"), .char("2"), .char("2")], &state)    // 2 ticked and unticked
        _ = Self.press([.char("a"), .ctrl("u"), .paste("Marisol Vega, Sarah Khan, Amara Osei, Daniel Ortiz"), .enter], &state)
        #expect(Self.open(state)?.missingRoles == ["Customer day-to-day contact"])
        _ = Self.press([.tab, .tab, .tab, .enter, .paste("Marisol asked Daniel how escalations work now."), .escape], &state)

        var effects = Self.press([.ctrl("s")], &state)
        #expect(effects.isEmpty)
        #expect(Self.open(state)?.phase == .confirmClose(missingRoles: ["Customer day-to-day contact"]))
        #expect(Self.account(state, "acct-bluefin") == before)

        effects = Self.press([.char("y")], &state)
        #expect(state.overlay == nil)
        let after = Self.account(state, "acct-bluefin")
        let recorded = after.meetings.last!
        #expect(effects == [.commit(after)])
        #expect(recorded.kind == .jointTransition)
        #expect(recorded.successSignals == [.customerAsksAccountManagerAQuestion, .laughter])
        #expect(recorded.sections[3].notes == "Marisol asked Daniel how escalations work now.")
        #expect(recorded.sections[5].notes.contains("Held without the mandatory customer day-to-day contact"))
        #expect(recorded.attendees == ["Marisol Vega", "Sarah Khan", "Amara Osei", "Daniel Ortiz"])
        #expect(state.message?.contains("held without the customer day-to-day contact") == true)
    }

    @Test("a success signal cannot be ticked without the sponsor in the room; unticking always works")
    func signalsWaitForSponsor() {
        var state = Self.meeting(.jointTransition, on: "acct-bluefin")
        _ = Self.press([.char("a"), .ctrl("u"), .paste("Dan Kowalczyk, Sarah Khan, Amara Osei, Daniel Ortiz"), .enter], &state)
        _ = Self.press([.char("2")], &state)
        #expect(Self.open(state)?.signals.isEmpty == true)
        #expect(state.message == "Not ticked: a success signal counts only with the sponsor, Marisol Vega, in the room (a: attendees)")
        #expect(AppView.render(state).text.contains("only with the sponsor in the room"))
        _ = Self.press([.char("a"), .end, .paste(", Marisol Vega"), .enter, .char("2")], &state)
        #expect(Self.open(state)?.signals == [.sponsorSaysWeAboutNextPhase])
    }

    @Test("signals ticked and then the sponsor taken off the attendees: the close is refused and nothing is recorded")
    func sponsorLeftAfterSignals() {
        var state = Self.meeting(.jointTransition, on: "acct-bluefin")
        let before = Self.account(state, "acct-bluefin")
        _ = Self.press([.char("3"), .char("a"), .ctrl("u"), .paste("Dan Kowalczyk, Sarah Khan, Amara Osei, Daniel Ortiz"), .enter,
                        .ctrl("s"), .char("y")], &state)
        #expect(Self.open(state) != nil, "the meeting stays open with everything typed")
        #expect(state.message?.hasPrefix("Refused: the success signals count only with the customer sponsor (Marisol Vega)") == true)
        #expect(Self.account(state, "acct-bluefin") == before)
    }

    @Test("leaving a meeting asks first and records nothing")
    func leavingRecordsNothing() {
        var state = Self.meeting(.jointTransition, on: "acct-bluefin")
        let before = Self.account(state, "acct-bluefin")
        _ = Self.press([.enter, .paste("Welcome"), .escape, .escape], &state)
        #expect(Self.open(state)?.phase == .confirmLeave)
        _ = Self.press([.char("n")], &state)
        #expect(Self.open(state)?.phase == .running)
        let effects = Self.press([.escape, .char("y")], &state)
        #expect(state.overlay == nil)
        #expect(effects.isEmpty)
        #expect(Self.account(state, "acct-bluefin") == before)
    }

    // MARK: The 30-day post-transition review

    @Test("M offers the meeting the account's stage calls for: the 30-day review in continuity")
    func chooserSuggestsByStage() {
        let state = DemoState.press([.char("M")], on: MarkingReadinessTests.on("acct-hokuto"))
        guard case .meetingChooser(let chooser) = state.overlay else { Issue.record("no chooser"); return }
        #expect(MeetingChooser.kinds[chooser.cursor] == .postTransitionReview)
        let opened = DemoState.press([.enter], on: state)
        #expect(Self.open(opened)?.kind == .postTransitionReview)
    }

    @Test("each meeting is in the command palette by name")
    func meetingsInThePalette() {
        let state = DemoState.press([.char(":"), .paste("joint-transition-meeting"), .enter], on: MarkingReadinessTests.on("acct-bluefin"))
        #expect(Self.open(state)?.kind == .jointTransition)
    }

    @Test("the 30-day review closes a risk only with a note; the risk stays on the register, closed, with the note")
    func reviewClosesRiskWithNote() {
        var state = Self.meeting(.postTransitionReview, on: "acct-hokuto")
        #expect(Self.open(state)?.review?.riskIDs == ["hok-risk-1", "hok-risk-2"])
        _ = Self.press([.tab, .char("c")], &state)
        var effects = Self.press([.ctrl("s")], &state)
        #expect(effects.isEmpty)
        #expect(Self.open(state)?.form?.problem == TidyPictureError.resolutionNoteRequired.message)
        #expect(Self.account(state, "acct-hokuto").risks[0].status == .open)

        _ = Self.press([.paste("山本 moved line 1 to the platform after the audit; paper charts retired.")], &state)
        effects = Self.press([.ctrl("s")], &state)
        let after = Self.account(state, "acct-hokuto")
        #expect(effects == [.commit(after)])
        #expect(after.risks.count == 2)
        #expect(after.risks[0].status == .closed)
        #expect(after.risks[0].resolution == "山本 moved line 1 to the platform after the audit; paper charts retired.")
        #expect(after.risks[0].resolvedOn == DemoState.today)
        let walk = Self.open(state)?.review
        #expect(walk?.decision(for: "hok-risk-1")?.hasPrefix("closed: 山本 moved line 1") == true)
        #expect(walk?.undecided(.risks) == ["hok-risk-2"])
        #expect(walk?.riskCursor == 1)
    }

    @Test("the 30-day review re-commits an open issue to a new deadline, keeping the old deadline in the disposition record")
    func reviewRecommitsIssue() {
        var state = Self.meeting(.postTransitionReview, on: "acct-hokuto")
        let old = Self.account(state, "acct-hokuto").openIssues[0].deadline
        _ = Self.press([.tab, .tab, .char("r"), .paste("2026-12-18"), .tab, .paste("Labels in review with 山本; she agreed the date.")], &state)
        let effects = Self.press([.ctrl("s")], &state)
        let after = Self.account(state, "acct-hokuto")
        #expect(effects == [.commit(after)])
        let issue = after.openIssues[0]
        #expect(issue.deadline == CalendarDate(iso: "2026-12-18"))
        #expect(issue.dispositions.last?.disposition == .recommitted)
        #expect(issue.dispositions.last?.previousDeadline == old)
        #expect(issue.dispositions.last?.note == "Labels in review with 山本; she agreed the date.")
        #expect(issue.dispositions.last?.on == DemoState.today)
    }

    @Test("a risk kept open gets its new review date and its note in the history; a past date is refused")
    func reviewKeepsRisk() {
        var state = Self.meeting(.postTransitionReview, on: "acct-hokuto")
        _ = Self.press([.tab, .char("o"), .paste("2020-01-01"), .tab, .paste("Paper charts still on line 2"), .ctrl("s")], &state)
        #expect(Self.open(state)?.form?.problem == TidyPictureError.reviewInThePast(CalendarDate(iso: "2020-01-01")!).message)
        _ = Self.press([.backTab, .ctrl("u"), .paste("2026-12-07"), .ctrl("s")], &state)
        let risk = Self.account(state, "acct-hokuto").risks[0]
        #expect(risk.nextReview == CalendarDate(iso: "2026-12-07"))
        #expect(risk.status == .open)
        #expect(risk.history.last?.keptOpenAtReview == true && risk.history.last?.note == "Paper charts still on line 2")
    }

    @Test("keeping open a risk whose review date has passed, without a new one, is refused")
    func reviewKeepOverdue() {
        var state = Self.meeting(.postTransitionReview, on: "acct-hokuto")
        let overdue = Self.account(state, "acct-hokuto").risks[0].nextReview
        #expect(overdue < DemoState.today)
        _ = Self.press([.tab, .char("o"), .tab, .paste("Still watching"), .ctrl("s")], &state)
        #expect(Self.open(state)?.form?.problem == TidyPictureError.reviewInThePast(overdue).message)
        #expect(Self.account(state, "acct-hokuto").risks[0].history.isEmpty)
    }

    @Test("keeping a risk open without a note is refused on the form")
    func reviewKeepNeedsNote() {
        var state = Self.meeting(.postTransitionReview, on: "acct-hokuto")
        _ = Self.press([.tab, .char("o"), .paste("+2w"), .ctrl("s")], &state)
        #expect(Self.open(state)?.form?.problem == "Note is needed.")
    }

    @Test("the review records a Meeting whose revisit sections say what was decided on each item, and which were not")
    func reviewRecorded() {
        var state = Self.meeting(.postTransitionReview, on: "acct-hokuto")
        _ = Self.press([.enter, .paste("Sato now calls Yuki first."), .tab, .escape,
                        .char("m"), .paste("Paper charts came back on line 2."), .ctrl("s")], &state)
        state = Self.at(minutes: 44, state)
        let effects = Self.press([.ctrl("s")], &state)
        #expect(state.overlay == nil)
        let after = Self.account(state, "acct-hokuto")
        let recorded = after.meetings.last!
        #expect(effects == [.commit(after)])
        #expect(recorded.kind == .postTransitionReview)
        #expect(recorded.sections.map(\.minutes) == [15, 10, 10, 10])
        #expect(recorded.sections[0].notes == "Sato now calls Yuki first.")
        #expect(recorded.sections[1].notes.contains("materialised: Paper charts came back on line 2."))
        #expect(recorded.sections[1].notes.contains("A weak yen may shrink next year's budget for the Kariya plant rollout. — not decided"))
        #expect(recorded.attendees == ["Sarah Khan (onboarding lead)", "Yuki Tanaka (account manager)"])
        #expect(recorded.endedAt == DemoState.now.addingTimeInterval(44 * 60))
        #expect(after.risks[0].status == .materialised)
    }

    @Test("the 30-day review asks the customer's satisfaction with the transition, 1–5, and records it with the meeting")
    func reviewRecordsSatisfaction() {
        var state = Self.meeting(.postTransitionReview, on: "acct-hokuto")
        _ = Self.press([.char("4")], &state)
        #expect(state.message?.contains("4 of 5") == true)
        _ = Self.press([.ctrl("s")], &state)
        #expect(state.overlay == nil)
        let recorded = Self.account(state, "acct-hokuto").meetings.last!
        #expect(recorded.kind == .postTransitionReview && recorded.customerSatisfaction == 4)
        let measures = PortfolioMeasures(accounts: [Self.account(state, "acct-hokuto")], today: DemoState.today)
        #expect(measures.figure(.satisfaction).value == 4)
    }

    @Test("a meeting whose store turned read-only meanwhile is not closed: it stays open with what was typed, and says why")
    func readOnlyKeepsMeetingOpen() {
        var state = DemoState.press([.char("M"), .char("2")], on: MarkingReadinessTests.on("acct-bluefin"))
        state.saveStatus = .readOnly("a write to the journal failed")
        _ = Self.press([.enter, .paste("Welcome"), .escape], &state)
        let effects = Self.press([.ctrl("s")], &state)
        #expect(effects.isEmpty)
        #expect(Self.open(state)?.notes[0].text == "Welcome")
        #expect(state.message?.hasPrefix("Not changed — the store is read-only") == true)
    }
}

extension OtherMeetingsTests {
    @Test("each meeting still shows its clock, its section and its notes at the smallest screen, 80×24", arguments: MeetingChooser.kinds)
    func smallestScreen(kind: Meeting.Kind) {
        let id = kind == .internalHandover ? "northwind" : kind == .jointTransition ? "acct-bluefin" : "acct-hokuto"
        var state = Self.meeting(kind, on: id)
        _ = Self.press([.tab, .resize(width: 80, height: 24)], &state)
        let screen = AppView.render(state).text
        #expect(screen.contains("left of \(MeetingAgenda.sections(for: kind).reduce(0) { $0 + $1.minutes })"))
        #expect(screen.contains("Section 2 of \(MeetingAgenda.sections(for: kind).count)"))
        #expect(screen.contains("Notes"))
    }
}

/// Golden screens of the three agenda meetings at 100×30, compared cell by cell.
@Suite("Golden screens of the agenda meetings")
struct AgendaMeetingGoldenTests {
    @Test("the internal handover meeting in section 2, notes being typed, 14 minutes in")
    func internalHandover() {
        var state = OtherMeetingsTests.meeting(.internalHandover, on: "northwind")
        state = OtherMeetingsTests.at(minutes: 11, state)
        _ = OtherMeetingsTests.press([.char("c"), .paste("First one-to-one with Graham Holt in week 3"), .escape, .tab, .enter,
                                      .paste("3 sites live; ERP integration at about 1,200 transactions a day.\nRota planning 6 h → 90 min.")], &state)
        state = OtherMeetingsTests.at(minutes: 14, state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the joint transition meeting with the sponsor missing: the signals wait for the sponsor")
    func jointTransition() {
        var state = OtherMeetingsTests.meeting(.jointTransition, on: "acct-bluefin")
        _ = OtherMeetingsTests.press([.char("a"), .ctrl("u"),
                                      .paste("Dan Kowalczyk, Sarah Khan, Amara Osei, Daniel Ortiz"), .enter, .char("1")], &state)
        state = OtherMeetingsTests.at(minutes: 3, state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the 30-day review walking the risk register, one risk decided and one not")
    func postTransitionReview() {
        var state = OtherMeetingsTests.meeting(.postTransitionReview, on: "acct-hokuto")
        _ = OtherMeetingsTests.press([.tab, .char("c"), .paste("Paper charts retired on line 1 after the audit."), .ctrl("s")], &state)
        state = OtherMeetingsTests.at(minutes: 18, state)
        state.message = nil
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the meeting chooser")
    func chooser() {
        let state = DemoState.press([.char("M")], on: MarkingReadinessTests.on("acct-hokuto"))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }
}
