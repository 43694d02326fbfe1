import Foundation
import Testing
@testable import BatonCore

/// Each condition marked Met through the one door, on the facts its standard names (000:104–127),
/// refused when one is missing or wrong and accepted when all are there.
@Suite("Met on the facts each condition's standard names")
struct ConditionMetTests {
    let today = Fixture.today
    func d(_ n: Int) -> CalendarDate { Fixture.day(n) }

    func refusal(_ condition: ReadinessCondition, _ evidence: Evidence, on account: Account = Fixture.account()) -> String? {
        var account = account
        account.readiness[condition] = ConditionAssessment(condition: condition)
        return Door.refusal(.readiness(.markMet(condition, evidence)), on: account)
    }

    // MARK: 1 · The sponsor's signed sign-off, dated, on file (000:104, 121)

    func signOff(by signatory: String = Fixture.sponsorName, on day: Int = -3, filedIn: String? = "The CRM, Documents") -> Evidence {
        Evidence(summary: "Implementation sign-off: configuration, integrations and access accepted", date: d(day),
                 providedBy: "Tom Reeves", signatory: signatory, filedIn: filedIn)
    }

    @Test("the day-to-day admin's signature is not the sponsor's sign-off (000:104)")
    func signOffByAdmin() {
        #expect(refusal(.setupComplete, signOff(by: "Lisa Chen"))?.contains("neither the sponsor nor a contact the account names as an authorised signatory") == true)
    }

    @Test("a contact the account names as an authorised signatory may sign off setup")
    func authorisedSignatory() {
        var account = Fixture.account()
        account.contacts[1].isAuthorisedSignatory = true
        #expect(refusal(.setupComplete, signOff(by: "Lisa Chen"), on: account) == nil)
    }

    @Test("a sign-off that is not on file anywhere is not a sign-off on file in the CRM (000:121)")
    func signOffNotFiled() {
        #expect(refusal(.setupComplete, signOff(filedIn: nil))?.contains("does not say where it is filed") == true)
        #expect(refusal(.setupComplete, signOff(filedIn: "  "))?.contains("does not say where it is filed") == true)
    }

    @Test("a sign-off dated tomorrow has not been signed yet")
    func signOffInTheFuture() {
        #expect(refusal(.setupComplete, signOff(on: 1))?.contains("dated in the future") == true)
    }

    @Test("the sponsor's sign-off, dated and filed, meets condition 1")
    func signOffAccepted() {
        #expect(refusal(.setupComplete, signOff()) == nil)
    }

    // MARK: 2 · A usage report of 21 days, ending within 7 days, every named end-user at baseline (000:122)

    func report(days: Int = 21, endingDaysAgo end: Int = 1, expected: Int? = 47, baseline: Int? = 47) -> Evidence {
        Evidence(summary: "Usage report: named users at baseline", date: d(-end), providedBy: "Tom Reeves",
                 periodStart: d(-end - days + 1), periodEnd: d(-end), expectedUsers: expected, baselineUsers: baseline)
    }

    @Test("a report of 20 days does not cover the last 21; one of 21 does")
    func reportLength() {
        #expect(refusal(.activeUsage, report(days: 20))?.contains("covers 20 days; it needs at least 21") == true)
        #expect(refusal(.activeUsage, report(days: 21)) == nil)
    }

    @Test("a report ending 8 days before the assessment is stale; 7 days before still stands")
    func reportEnd() {
        #expect(refusal(.activeUsage, report(endingDaysAgo: 8))?.contains("more than 7 days before the assessment") == true)
        #expect(refusal(.activeUsage, report(endingDaysAgo: 7)) == nil)
    }

    @Test("46 of 47 named end-users at baseline is not the named end-users at baseline")
    func reportBaseline() {
        #expect(refusal(.activeUsage, report(baseline: 46))?.contains("46 of 47") == true)
        #expect(refusal(.activeUsage, report(expected: nil))?.contains("how many named end-users were expected") == true)
    }

    // MARK: 3 · Every kick-off milestone completed (000:123)

    @Test("no kick-off milestones recorded means none achieved: condition 3 is refused, whatever the summary says")
    func noMilestones() {
        var account = Fixture.account()
        account.milestones = []
        let said = Evidence(summary: "All 0 kick-off milestones completed: ", date: today, providedBy: "Sarah Khan")
        #expect(refusal(.milestonesAchieved, said, on: account)?.contains("No kick-off milestones are recorded") == true)
    }

    @Test("one milestone still open refuses condition 3; all completed with evidence meets it")
    func milestonesOpen() {
        var account = Fixture.account()
        let said = Evidence(summary: "Both kick-off milestones completed", date: today, providedBy: "Sarah Khan")
        #expect(refusal(.milestonesAchieved, said, on: account) == nil)
        account.milestones[1].completedOn = nil
        #expect(refusal(.milestonesAchieved, said, on: account)?.contains("is not completed with a date and evidence") == true)
    }

    @Test("a milestone “completed” on a feeling is not completed with evidence")
    func milestoneOnAFeeling() {
        var account = Fixture.account()
        account.milestones[0].evidence = "Seems to be working"
        let said = Evidence(summary: "Both kick-off milestones completed", date: today, providedBy: "Sarah Khan")
        #expect(refusal(.milestonesAchieved, said, on: account)?.contains("evidence of completion: “seems”") == true)
    }

    // MARK: 4 · What users demonstrated, observed on our side, dated (000:124)

    func check(observer: String? = "Tom Reeves", demonstrated: String? = "Built next week's rota with no prompts",
               on day: Int = -1) -> Evidence {
        Evidence(summary: "Competence check in the Tuesday session", date: d(day), providedBy: observer ?? "",
                 observedBy: observer, demonstrated: demonstrated)
    }

    @Test("a competence check the customer observed is self-report, not observation (000:124)")
    func observedByCustomer() {
        #expect(refusal(.trainingCapability, check(observer: "Lisa Chen"))?.contains("self-report") == true)
        #expect(refusal(.trainingCapability, check(observer: nil))?.contains("self-reported is not evidence") == true)
    }

    @Test("a check that does not say what the users demonstrated is refused; one observed tomorrow too")
    func demonstratedAndDated() {
        #expect(refusal(.trainingCapability, check(demonstrated: " "))?.contains("what the users demonstrated") == true)
        #expect(refusal(.trainingCapability, check(on: 1))?.contains("dated in the future") == true)
    }

    @Test("users demonstrating the core workflow, observed by the onboarding lead, dated, meets condition 4")
    func checkAccepted() {
        #expect(refusal(.trainingCapability, check(observer: "Sarah Khan")) == nil)
    }

    // MARK: 5 · A conversation with the sponsor on the five processes, captured in writing (000:108, 125)

    func conversation(with who: String = Fixture.sponsorName, topics: Set<ProcessTopic>? = Set(ProcessTopic.allCases),
                      capturedIn: String? = "Call notes emailed to the sponsor") -> Evidence {
        Evidence(summary: "Call on support, docs, escalation, billing and adding users", date: d(-2), providedBy: who,
                 topics: topics, capturedIn: capturedIn)
    }

    @Test("a conversation that covered four of the five processes names the one it missed")
    func fourOfFive() {
        var four = Set(ProcessTopic.allCases)
        four.remove(.billing)
        #expect(refusal(.processUnderstanding, conversation(topics: four))?.contains("did not cover billing:") == true)
        #expect(refusal(.processUnderstanding, conversation(topics: nil))?
            .contains("did not cover support tickets, documentation, escalation, billing and expanding access") == true)
    }

    @Test("a conversation with the admin is not a conversation with the sponsor; one nobody wrote down is not captured")
    func withTheSponsorInWriting() {
        #expect(refusal(.processUnderstanding, conversation(with: "Lisa Chen"))?.contains("not the sponsor") == true)
        #expect(refusal(.processUnderstanding, conversation(capturedIn: nil))?.contains("not captured in writing") == true)
    }

    @Test("the sponsor, every process ticked, captured in the call notes, meets condition 5")
    func conversationAccepted() {
        #expect(refusal(.processUnderstanding, conversation()) == nil)
    }

    // MARK: 6 · The sponsor's own words, first person, positive, dated, captured (000:109, 126)

    func words(_ text: String = "We're seeing exactly what was promised.", from who: String = Fixture.sponsorName,
               tone: SentimentNote.Tone? = .positive, daysAgo: Int = 1, capturedIn: String? = "Call notes in the CRM") -> Evidence {
        Evidence(summary: text, date: d(-daysAgo), providedBy: who, capturedIn: capturedIn, sponsorWords: text, tone: tone)
    }

    @Test("the sponsor's words in the third person are not the sponsor's words")
    func thirdPerson() {
        let reason = refusal(.customerConfidence, words("The customer seems really happy"))
        #expect(reason?.contains("The sponsor's words are in the third person") == true)
        #expect(refusal(.customerConfidence, words("Amira is delighted with the rollout"))?.contains("third person") == true)
    }

    @Test("first-person words that only say nothing went wrong, or pass on someone else's view, are not sentiment")
    func firstPersonFeelings() {
        #expect(refusal(.customerConfidence, words("We haven't had any complaints"))?.contains("absence of a negative signal") == true)
        #expect(refusal(.customerConfidence, words("I'm told the planners love it"))?.contains("hearsay") == true)
        #expect(refusal(.customerConfidence, words("It seems fine to me"))?.contains("impression") == true)
    }

    @Test("the tone is chosen and positive: none, neutral or negative is refused (000:109 “Sentiment is positive”)")
    func tone() {
        #expect(refusal(.customerConfidence, words(tone: nil))?.contains("no tone recorded") == true)
        #expect(refusal(.customerConfidence, words(tone: .neutral))?.contains("is neutral") == true)
        #expect(refusal(.customerConfidence, words(tone: .negative))?.contains("signal to act on") == true)
    }

    @Test("the words are the sponsor's, say where they were captured, and are at most 7 days old (000:126)")
    func sponsorCapturedFresh() {
        #expect(refusal(.customerConfidence, words(from: "Lisa Chen"))?.contains("not the sponsor") == true)
        #expect(refusal(.customerConfidence, words(capturedIn: nil))?.contains("where they were captured") == true)
        #expect(refusal(.customerConfidence, words(daysAgo: 8))?.contains("more than 7 days before the assessment") == true)
        #expect(refusal(.customerConfidence, words(daysAgo: 7)) == nil)
    }

    @Test("the sponsor's words in French, first person and positive, meet condition 6")
    func otherLanguages() {
        #expect(refusal(.customerConfidence, words("Pour la première fois, je vois l'état du réseau avant la réunion du lundi.")) == nil)
        #expect(refusal(.customerConfidence, words("Bremen läuft, und wir sehen jeden Morgen die Zahlen.")) == nil)
    }

    // MARK: A later negative note from the sponsor

    @Test("a later negative note from the sponsor turns a Cleared account Not cleared, and a positive one after it restores it")
    func negativeNoteAfterwards() throws {
        let cleared = Fixture.account()
        #expect(Readiness.verdict(for: cleared, today: today).isCleared)
        let note = NoteChange.addSentimentNote(contact: Fixture.sponsorName, on: today, words: "I was told five weeks. We're at eight.",
                                               isVerbatim: true, tone: .negative)
        let after = try #require(Door.after(.notes(note), on: cleared))
        let verdict = Readiness.verdict(for: after, today: today)
        #expect(!verdict.isCleared && !verdict.isStale)
        #expect(verdict.gaps.map(\.condition) == [.customerConfidence])
        #expect(verdict.gaps.first?.kind == .contradicted)
        guard case .contradicted(let why) = Readiness.validity(of: .customerConfidence, in: after, today: today) else {
            Issue.record("condition 6 should be contradicted")
            return
        }
        #expect(why.contains("negative"))
        // A negative note from before the words does not undo them; a positive one after the negative restores.
        let sorted = NoteChange.addSentimentNote(contact: Fixture.sponsorName, on: today, words: "Sorted now, thank you.",
                                                 isVerbatim: true, tone: .positive)
        let restored = try #require(Door.after(.notes(sorted), on: after))
        #expect(Readiness.verdict(for: restored, today: today).isCleared)
        var older = cleared
        older.sentiment.insert(SentimentNote(id: "old", capturedOn: d(-6), contact: Fixture.sponsorName, words: "Not yet.",
                                             tone: .negative), at: 0)
        #expect(Readiness.verdict(for: older, today: today).isCleared)
    }
}
