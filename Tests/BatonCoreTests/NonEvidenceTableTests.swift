import Foundation
import Testing
@testable import BatonCore

/// Feelings are a class, not a list (DOMAIN.md, "Read closer, second pass"; 000:118–140): each
/// text below is put where it fits — a condition's summary, what was demonstrated, a milestone's
/// evidence of completion, the sponsor's own words — on evidence that is otherwise complete, and
/// marked Met through the one door. The feelings are refused; the facts are accepted.
@Suite("Evidence that cannot be a feeling: a table of texts, each judged wherever it fits")
struct NonEvidenceTableTests {
    /// Where a text is put.
    enum Slot: CustomStringConvertible {
        /// The summary of condition 1, 2, 4 or 5: our account of the evidence.
        case summary(ReadinessCondition)
        /// Condition 4: what the users demonstrated.
        case demonstrated
        /// Condition 3: a kick-off milestone's evidence of completion.
        case milestone
        /// Condition 6: the sponsor's own words.
        case words

        var description: String {
            switch self {
            case .summary(let c): "condition \(c.number)'s summary"
            case .demonstrated: "what was demonstrated"
            case .milestone: "a milestone's evidence"
            case .words: "the sponsor's words"
            }
        }
    }

    struct Row: CustomStringConvertible, Sendable {
        var text: String
        /// The kind of feeling, read as our own words; nil for a fact.
        var feeling: NonEvidence?
        var slots: [Slot]
        var description: String { text }
    }

    static func feeling(_ kind: NonEvidence, _ text: String, _ slots: Slot...) -> Row { Row(text: text, feeling: kind, slots: slots) }
    static func fact(_ text: String, _ slots: Slot...) -> Row { Row(text: text, feeling: nil, slots: slots) }

    static let feelings: [Row] = [
        // Impressions and feelings.
        feeling(.impression, "The customer seems really happy", .summary(.setupComplete), .summary(.activeUsage),
                .summary(.processUnderstanding), .milestone, .words),
        feeling(.impression, "They're really happy with it", .summary(.activeUsage), .summary(.trainingCapability), .words),
        feeling(.impression, "I think they're ready for account management", .summary(.setupComplete), .summary(.processUnderstanding)),
        feeling(.impression, "Good vibe on the last call", .summary(.processUnderstanding), .milestone),
        feeling(.impression, "Everyone looks comfortable with the new screens", .summary(.trainingCapability), .demonstrated),
        feeling(.impression, "The relationship feels strong", .summary(.processUnderstanding), .words),
        feeling(.impression, "Going well so far", .summary(.activeUsage), .milestone),
        feeling(.impression, "Adoption is strong and the mood is positive", .summary(.activeUsage)),
        feeling(.impression, "The planners are confident with the tool", .summary(.trainingCapability), .demonstrated),
        // The absence of a negative taken as a positive.
        feeling(.absenceOfNegative, "No complaints so far", .summary(.activeUsage), .summary(.processUnderstanding), .words),
        feeling(.absenceOfNegative, "They haven't raised any issues", .summary(.setupComplete), .summary(.activeUsage)),
        feeling(.absenceOfNegative, "Nobody has logged a single ticket, so they must know the process", .summary(.processUnderstanding)),
        feeling(.absenceOfNegative, "We haven't had any complaints from the depots", .summary(.activeUsage), .words),
        feeling(.absenceOfNegative, "Nothing raised at the steering committee", .summary(.setupComplete), .milestone),
        feeling(.absenceOfNegative, "Zero escalations, all quiet", .summary(.processUnderstanding)),
        feeling(.absenceOfNegative, "No questions about billing or escalation", .summary(.processUnderstanding)),
        // Activity without outcome.
        feeling(.activityWithoutOutcome, "They're logging in every day", .summary(.activeUsage)),
        feeling(.activityWithoutOutcome, "All users attended the training sessions", .summary(.trainingCapability), .demonstrated),
        feeling(.activityWithoutOutcome, "The team completed the e-learning", .summary(.trainingCapability), .demonstrated),
        feeling(.activityWithoutOutcome, "They watched the onboarding videos", .demonstrated, .summary(.processUnderstanding)),
        feeling(.activityWithoutOutcome, "They've read the documentation", .summary(.processUnderstanding)),
        feeling(.activityWithoutOutcome, "Everyone signed in to the portal this week", .summary(.activeUsage), .milestone),
        feeling(.activityWithoutOutcome, "The planners have all been trained", .demonstrated, .summary(.trainingCapability)),
        // Hearsay.
        feeling(.hearsay, "Apparently the warehouse team loves it", .summary(.activeUsage), .words),
        feeling(.hearsay, "I heard from Lisa that the rollout went fine", .summary(.setupComplete)),
        feeling(.hearsay, "People say the reports are useful", .summary(.activeUsage), .milestone),
        feeling(.hearsay, "I'm told the planners love it", .summary(.trainingCapability), .words),
        feeling(.hearsay, "They say they know who to call for billing", .summary(.processUnderstanding)),
        // Hedges.
        feeling(.hedge, "Probably fine by now", .summary(.setupComplete), .milestone),
        feeling(.hedge, "Usage should be at baseline by now", .summary(.activeUsage)),
        feeling(.hedge, "More or less set up, I'd say", .summary(.setupComplete)),
        feeling(.hedge, "They can more or less run a rota on their own", .demonstrated),
        feeling(.hedge, "Hopefully they know where the docs are", .summary(.processUnderstanding)),
        feeling(.hedge, "I'm fairly sure the sign-off was filed", .summary(.setupComplete)),
        feeling(.hedge, "It's probably the right decision for us", .words),
    ]

    static let facts: [Row] = [
        fact("Implementation sign-off signed by Amira Haddad on 4 May, PDF in the CRM", .summary(.setupComplete)),
        fact("Configuration, the ERP integration and 47 user accounts accepted in the signed sign-off", .summary(.setupComplete)),
        fact("Signed acceptance protocol on file in SharePoint", .summary(.setupComplete)),
        fact("Priya Mehta tested the ERP interface with 500 live orders", .summary(.setupComplete)),
        fact("Usage report for 20 April to 10 May: 47 of 47 named users at baseline", .summary(.activeUsage)),
        fact("47 of 47 named users logging in on 4 of 5 working days, from the usage report", .summary(.activeUsage)),
        fact("1,200 ERP transactions a day processed through the integration", .summary(.activeUsage), .milestone),
        fact("Dispatching work orders from the tool at 3 depots since week 5", .summary(.activeUsage)),
        fact("They seem pleased, and the usage report shows 47 of 47 at baseline", .summary(.activeUsage)),
        fact("Weekly rota planning cut from 6 hours to 90 minutes", .summary(.activeUsage), .milestone),
        fact("First invoice run of 340 invoices on 28 April", .milestone),
        fact("12 planners built next week's rota unaided while Tom watched", .summary(.trainingCapability), .demonstrated),
        fact("Lisa Chen built the Tuesday rota with no prompts", .demonstrated),
        fact("Ran a goods-in and a pick wave end to end, 9 of 9 unaided", .demonstrated),
        fact("Built and published next week's rota, then exported it to payroll", .demonstrated),
        fact("Observed by Tom Reeves on 7 May: 12 of 12 planners built a rota", .summary(.trainingCapability)),
        fact("Call with Amira Haddad on 6 May covering tickets, docs, escalation, billing and adding users; minutes emailed",
             .summary(.processUnderstanding)),
        fact("Amira Haddad logged a test ticket and found the billing contact in the portal", .summary(.processUnderstanding)),
        fact("Sponsor walked through the escalation path on the weekly call, notes in the CRM", .summary(.processUnderstanding)),
        fact("Katrin Vogel requested two more licences through the portal during the call", .summary(.processUnderstanding)),
        fact("Ana Ruiz closed 3 support tickets herself last week", .summary(.processUnderstanding)),
        fact("We're seeing exactly what was promised. This was a good decision.", .words),
        fact("The recall drill took 11 minutes instead of a day. I'm sold.", .words),
        fact("I'm delighted: our planners got their Fridays back.", .words),
        fact("Our no-shows are down a third. The clinics asked me when the other four get it.", .words),
        fact("I can finally see the network before Monday's review.", .words),
        fact("We would not go back to spreadsheets.", .words),
        fact("Pour la première fois, je vois l'état du réseau avant la réunion du lundi.", .words),
        fact("I trust this team with our next two sites.", .words),
        fact("Our housekeepers trust the board now. Next winter we want it in the two Valais hotels too.", .words),
        fact("Line 3 scrap is down 18%. I can show this to the board.", .words),
    ]

    @Test("the table holds at least sixty texts, about half feelings and half facts, each put somewhere it fits")
    func tableShape() {
        #expect(Self.feelings.count + Self.facts.count >= 60)
        #expect(abs(Self.feelings.count - Self.facts.count) <= 5)
        #expect((Self.feelings + Self.facts).allSatisfy { !$0.slots.isEmpty })
        #expect(Set(Self.feelings.compactMap(\.feeling)) == Set(NonEvidence.allCases))
    }

    @Test("a feeling is refused wherever it is put, and read as our own words it is named as its kind", arguments: feelings)
    func feelingRefused(_ row: Row) throws {
        for slot in row.slots {
            let refusal = Self.refusal(row.text, in: slot)
            #expect(refusal != nil, "\(row.text) was accepted as \(slot)")
        }
        let kind = try #require(row.feeling)
        #expect(NonEvidence.match(row.text)?.kind == kind, "\(row.text): read as \(String(describing: NonEvidence.match(row.text)?.kind))")
    }

    @Test("a fact goes on to the rules, and meets them wherever it is put", arguments: facts)
    func factAccepted(_ row: Row) {
        for slot in row.slots {
            let refusal = Self.refusal(row.text, in: slot)
            #expect(refusal == nil, "\(row.text) as \(slot): \(refusal ?? "")")
        }
    }

    // MARK: Putting a text in its place, on evidence that is otherwise complete

    static func refusal(_ text: String, in slot: Slot) -> String? {
        func d(_ n: Int) -> CalendarDate { Fixture.day(n) }
        var account = Fixture.account()
        let condition: ReadinessCondition
        let evidence: Evidence
        switch slot {
        case .summary(.setupComplete):
            condition = .setupComplete
            evidence = Evidence(summary: text, date: d(-3), providedBy: "Tom Reeves", signatory: Fixture.sponsorName,
                                filedIn: "The CRM, Documents")
        case .summary(.activeUsage):
            condition = .activeUsage
            evidence = Evidence(summary: text, date: d(-1), providedBy: "Tom Reeves", periodStart: d(-22), periodEnd: d(-1),
                                expectedUsers: 47, baselineUsers: 47)
        case .summary(.processUnderstanding):
            condition = .processUnderstanding
            evidence = Evidence(summary: text, date: d(-2), providedBy: Fixture.sponsorName, topics: Set(ProcessTopic.allCases),
                                capturedIn: "Call notes emailed to the sponsor")
        case .summary:
            condition = .trainingCapability
            evidence = Evidence(summary: text, date: d(-1), providedBy: "Tom Reeves", observedBy: "Tom Reeves",
                                demonstrated: "Building a weekly rota with no prompts")
        case .demonstrated:
            condition = .trainingCapability
            evidence = Evidence(summary: "Competence check in the Tuesday session", date: d(-1), providedBy: "Tom Reeves",
                                observedBy: "Tom Reeves", demonstrated: text)
        case .milestone:
            condition = .milestonesAchieved
            account.milestones[0].evidence = text
            evidence = Evidence(summary: "Both kick-off milestones completed", date: d(0), providedBy: "Sarah Khan")
        case .words:
            condition = .customerConfidence
            account.sentiment = []
            evidence = Evidence(summary: text, date: d(-1), providedBy: Fixture.sponsorName, capturedIn: "Call notes in the CRM",
                                sponsorWords: text, tone: .positive)
        }
        account.readiness[condition] = ConditionAssessment(condition: condition)
        return Door.refusal(.readiness(.markMet(condition, evidence)), on: account)
    }
}
