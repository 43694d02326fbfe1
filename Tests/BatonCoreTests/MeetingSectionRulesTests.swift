import Foundation
import Testing
@testable import BatonCore

@Suite("Meeting sections done only with notes or a reason; the unwritten briefing visited; signals only with the sponsor")
struct MeetingSectionRulesTests {
    let started = Fixture.noon.addingTimeInterval(-3600)
    let commitments = ["Usage review at day 21", "First one-to-one with the sponsor"]

    func handover(_ change: (inout [AgendaSection]) -> Void) -> AccountChange {
        var sections = MeetingAgenda.sections(for: .internalHandover)
        change(&sections)
        return .meeting(.record(.internalHandover, attendees: ["Sarah Khan", "Daniel Ortiz"], sections: sections,
                                commitments: commitments, startedAt: started))
    }

    func joint(attendees: [String], signals: [SuccessSignal]) -> AccountChange {
        .meeting(.record(.jointTransition, attendees: attendees, sections: MeetingAgenda.sections(for: .jointTransition),
                         successSignals: signals, startedAt: started))
    }

    @Test("a section moved past without notes is not done; notes or a skip with a reason make it done")
    func sectionDone() {
        var section = AgendaSection(title: "Opportunities", minutes: 5, visited: true)
        #expect(!section.isDone)
        section.skipReason = "No expansion talk before the QBR"
        #expect(section.isDone)
        #expect(AgendaSection(title: "Opportunities", minutes: 5, notes: "Phase 2: two more sites").isDone)
        #expect(!AgendaSection(title: "Opportunities", minutes: 5, notes: "  \n").isDone)
    }

    @Test("the internal handover does not close with the unwritten briefing never visited")
    func briefingNeverVisited() {
        let reason = Door.refusal(handover { _ in }, on: Fixture.account())
        #expect(reason?.hasPrefix("Refused: section 6, the unwritten briefing, was never visited") == true)
    }

    @Test("the internal handover closes once the unwritten briefing was visited, even without notes")
    func briefingVisited() throws {
        let after = try #require(Door.after(handover { $0[5].visited = true }, on: Fixture.account()))
        #expect(after.meetings.last?.sections[5].visited == true)
    }

    @Test("a briefing skipped with a reason keeps the reason in the record")
    func briefingSkipped() throws {
        let outcome = try Door.apply(handover { $0[5].skipReason = "  Given one-to-one to Daniel the day before  " }, to: Fixture.account()).get()
        #expect(outcome.account.meetings.last?.sections[5].skipReason == "Given one-to-one to Daniel the day before")
        #expect(outcome.summary.contains("1 section skipped with a reason"))
    }

    @Test("a section skipped without a reason is refused")
    func skipNeedsReason() {
        let reason = Door.refusal(handover { $0[5].visited = true; $0[4].skipReason = " " }, on: Fixture.account())
        #expect(reason == "Refused: a section skipped without a reason is not skipped; say why, or write its notes.")
    }

    @Test("the joint meeting's success signals are refused without the sponsor among the attendees")
    func signalsNeedSponsor() {
        let account = Fixture.account()
        let sponsor = try! #require(account.sponsor?.name)
        let reason = Door.refusal(joint(attendees: ["Sarah Khan", "Daniel Ortiz"], signals: [.laughter]), on: account)
        #expect(reason == "Refused: the success signals count only with the customer sponsor (\(sponsor)) in the room — "
            + "add the sponsor to the attendees (a) or untick the signals.")
    }

    @Test("the joint meeting's success signals stand with the sponsor named among the attendees")
    func signalsWithSponsor() throws {
        let account = Fixture.account()
        let sponsor = try #require(account.sponsor?.name)
        let after = try #require(Door.after(joint(attendees: ["\(sponsor) (customer sponsor)", "Daniel Ortiz"],
                                                  signals: [.sponsorSaysWeAboutNextPhase]), on: account))
        #expect(after.meetings.last?.successSignals == [.sponsorSaysWeAboutNextPhase])
    }

    @Test("a joint meeting without the sponsor and without signals is still recorded")
    func noSignalsNoSponsor() {
        #expect(Door.after(joint(attendees: ["Sarah Khan"], signals: []), on: Fixture.account()) != nil)
    }
}
