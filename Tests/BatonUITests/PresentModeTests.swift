import BatonCore
import Foundation
import SnapshotTesting
import Testing
@testable import BatonUI

/// Present mode (issue 23, part 9): the joint transition meeting is held with the customer, often
/// on a shared screen (000:347–358). While it is on, the screen draws only `CustomerSafeAccount`.
@Suite("Present mode: a screen you can share with the customer")
struct PresentModeTests {
    /// Blue Fin, whose joint transition meeting is the demo's next, with a distinct marker in every
    /// field the customer must never see — and in the meeting being held: its notes, attendees,
    /// the success signals ticked.
    static func markedMeeting(width: Int = 80, height: Int = 24) -> (AppState, [String]) {
        var markers: [String] = []
        func mark(_ name: String) -> String {
            let m = "MARKER-\(name)"
            markers.append(m)
            return m
        }
        var state = DemoState.make(width: width, height: height)
        var a = state.portfolio.account(id: "acct-bluefin")!
        for s in HandoverSection.allCases { a.handover[s] = mark("handover-\(s.rawValue)") }
        a.risks.append(Risk(id: "r-extra", statement: "", likelihood: .high, impact: .high, owner: "", nextReview: DemoState.today,
                            raisedOn: DemoState.today))
        a.risks = a.risks.enumerated().map { i, r in
            var r = r
            r.statement = mark("risk-\(i)-statement"); r.mitigation = mark("risk-\(i)-mitigation")
            r.owner = mark("risk-\(i)-owner"); r.escalationTrigger = mark("risk-\(i)-trigger"); r.resolution = mark("risk-\(i)-resolution")
            return r
        }
        a.openIssues.append(OpenIssue(id: "x", kind: .ourCommitment, description: "", owner: "", deadline: DemoState.today,
                                      raisedOn: DemoState.today))
        a.openIssues = a.openIssues.enumerated().map { i, issue in
            var issue = issue
            issue.description = mark("issue-\(i)-description"); issue.owner = mark("issue-\(i)-owner")
            return issue
        }
        a.contacts = a.contacts.enumerated().map { i, c in
            var c = c
            c.communicationPreference = mark("contact-\(i)-preference")
            return c
        }
        a.health = Health(rating: .red, rationale: mark("health-rationale"), setOn: DemoState.today)
        a.healthHistory = [Health(rating: .amber, rationale: mark("health-history"), setOn: DemoState.today.adding(days: -30))]
        a.sentiment = [SentimentNote(id: "s", capturedOn: DemoState.today, contact: a.sponsor?.name ?? "", words: mark("sentiment"), tone: .negative)]
        a.interactions = [Interaction(id: "i", kind: .call, happenedAt: DemoState.now, loggedAt: DemoState.now,
                                      summary: mark("interaction"), with: a.sponsor?.name ?? "")]
        a.meetings = a.meetings.map { m in
            var m = m
            m.sections = m.sections.map { s in var s = s; s.notes = mark("past-meeting-notes"); return s }
            m.commitments = [mark("commitment")]
            return m
        }
        a.readiness.conditions = a.readiness.conditions.map { c in
            var c = c
            if var e = c.evidence { e.summary = mark("evidence-\(c.condition.number)"); c.evidence = e }
            c.action = GapAction(what: mark("gap-\(c.condition.number)"), owner: "Tom Reeves", deadline: DemoState.today)
            return c
        }
        a.milestones = a.milestones.map { m in var m = m; m.evidence = mark("milestone-evidence"); return m }
        a.crmTransfer.areas = a.crmTransfer.areas.map { var x = $0; x.note = mark("crm-\(x.area.rawValue)"); return x }
        a.crmTransfer.firstTouchpoint = Touchpoint(on: DemoState.today.adding(days: 7), agenda: mark("touchpoint-agenda"), owner: "Ravi Menon")
        a.stageOverride = StageOverride(reason: mark("override-reason"), by: "Sarah Khan", on: DemoState.today, toStage: .jointTransitionMeeting)
        a.exit = a.exit.map { var e = $0; e.reference = mark("exit-\(e.component.rawValue)"); return e }
        a.timeline.append(TimelineItem(id: "tl-own", title: mark("own-step"), offsetDays: 3, due: a.tDay.adding(days: 3)))
        state.portfolio.upsert(a)
        state.reindex()
        // The meeting under way: attendees, notes in the section, a signal ticked, then present mode.
        let n = MeetingChooser.kinds.firstIndex(of: .jointTransition)! + 1
        state.selectedRow = state.index.row(ofAccount: "acct-bluefin")!
        state.resetAccountCursors()
        state = DemoState.press([.char("M"), .char(Character("\(n)"))], on: state)
        state = DemoState.press([.char("e")], on: state)
        state = DemoState.press([.paste(mark("live-notes")), .escape, .char("a"), .ctrl("u"), .paste(mark("live-attendee")), .enter],
                                on: state)
        state = DemoState.press([.char("p")], on: state)
        // Every other account's name is internal too: another customer is never shown.
        markers += state.portfolio.accounts.filter { $0.id != "acct-bluefin" }.map(\.name)
        markers += SuccessSignal.allCases.map(\.title)
        return (state, markers)
    }

    @Test("p in the joint meeting turns present mode on: PRESENT in the title bar, and only the customer-safe view")
    func presentFromTheMeeting() {
        let (state, _) = Self.markedMeeting()
        #expect(state.presenting)
        let screen = AppView.render(state)
        #expect(screen.rowText(0).hasPrefix(" PRESENT "))
        #expect(screen.text.contains("Blue Fin Seafood"))
        #expect(screen.text.contains("Section 1 of 6: Welcome and purpose (5 min)"), "the joint agenda, 000:362")
    }

    @Test("no internal text reaches any screen present mode can reach: a marker in every internal field, none on screen",
          arguments: [(80, 24), (132, 43)])
    func nothingInternal(_ size: (Int, Int)) {
        let (start, markers) = Self.markedMeeting(width: size.0, height: size.1)
        // Every key there is, from every state reached while present mode stays on.
        let keys: [KeyEvent] = (32...126).map { .char(Character(UnicodeScalar($0)!)) }
            + "abdefghijklmnopqrstuvwxyz".map { .ctrl($0) }
            + [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .escape, .backspace, .delete,
               .scrollUp, .scrollDown, .click(x: 5, y: 5), .paste("x")] + (1...12).map { .function($0) }
        var seen: [AppState] = []
        var queue = [start]
        var screens = 0
        while let state = queue.popLast() {
            guard state.presenting, !seen.contains(state) else { continue }
            seen.append(state)
            let text = AppView.render(state).text
            screens += 1
            #expect(AppView.render(state).rowText(0).hasPrefix(" PRESENT "))
            for marker in markers where text.contains(marker) {
                Issue.record("\(marker) is on a present-mode screen")
            }
            for key in keys {
                var next = state
                _ = Update.apply(.key(key), to: &next)
                next.message = nil
                if !seen.contains(next) { queue.append(next) }
            }
            if seen.count > 40 { break }
        }
        #expect(screens >= 5, "the walk reaches the meeting's sections (\(screens) screens)")
    }

    @Test("p or Esc leaves present mode, back to the meeting with its notes kept")
    func leave() {
        let (state, _) = Self.markedMeeting()
        let after = DemoState.press([.char("p")], on: state)
        #expect(!after.presenting)
        guard case .agendaMeeting(let m) = after.overlay else { Issue.record("the meeting closed"); return }
        #expect(m.notes[0].text == "MARKER-live-notes")
        #expect(!DemoState.press([.escape], on: state).presenting)
    }

    @Test("present mode over no meeting shows the selected account's customer-safe view (baton --present)")
    func withoutAMeeting() {
        var state = MarkingReadinessTests.on("northwind")
        state.presenting = true
        let text = AppView.render(state).text
        #expect(text.contains("Your onboarding"))
        #expect(text.contains("Graham Holt"))
        #expect(!text.contains("Alpenblick"))
    }

    @Test("golden: present mode over the joint meeting at 80×24")
    func golden80x24() {
        var state = OtherMeetingsTests.meeting(.jointTransition, on: "northwind")
        state.width = 80
        state.height = 24
        state = DemoState.press([.char("l"), .char("p")], on: state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("golden: present mode over the joint meeting at 132×43")
    func golden132x43() {
        var state = OtherMeetingsTests.meeting(.jointTransition, on: "northwind")
        state.width = 132
        state.height = 43
        state = DemoState.press([.char("l"), .char("p")], on: state)
        state = OtherMeetingsTests.at(minutes: 9, state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }
}
