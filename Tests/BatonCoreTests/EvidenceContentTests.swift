import Foundation
import Testing
@testable import BatonCore

@Suite("Evidence judged on what it says")
struct EvidenceContentTests {
    let today = Fixture.today
    func d(_ n: Int) -> CalendarDate { Fixture.day(n) }

    func unassessed(_ condition: ReadinessCondition) -> Account {
        var account = Fixture.account()
        account.readiness[condition] = ConditionAssessment(condition: condition)
        return account
    }

    func usage(_ summary: String, expected: Int? = 47, baseline: Int? = 47, end: Int = -1) -> Evidence {
        Evidence(summary: summary, date: d(end), providedBy: "Tom Reeves", periodStart: d(end - 21), periodEnd: d(end),
                 expectedUsers: expected, baselineUsers: baseline)
    }

    func observed(_ summary: String, by observer: String = "Tom Reeves", demonstrated: String? = "Building a rota unaided") -> Evidence {
        Evidence(summary: summary, date: d(-1), providedBy: observer, observedBy: observer, demonstrated: demonstrated)
    }

    func sponsorSaid(_ words: String, from who: String = Fixture.sponsorName, tone: SentimentNote.Tone? = .positive,
                     on day: Int = -1, capturedIn: String? = "Call notes in the CRM") -> Evidence {
        Evidence(summary: words, date: d(day), providedBy: who, capturedIn: capturedIn, sponsorWords: words, tone: tone)
    }

    func refusal(_ condition: ReadinessCondition, _ evidence: Evidence) -> String? {
        Door.refusal(.readiness(.markMet(condition, evidence)), on: unassessed(condition))
    }

    // MARK: The standard's own non-evidence, and others of its kind

    @Test("“they're logging in” is activity without an outcome, refused for condition 2 in any case or punctuation",
          arguments: ["they're logging in", "They’re logging in!", "THEY ARE LOGGING IN.", "Users are logging in daily",
                      "they log in", "Everyone is logging in regularly", "they've logged in"])
    func loggingIn(_ text: String) {
        let reason = refusal(.activeUsage, usage(text))
        #expect(reason?.contains("is activity, not an outcome") == true, "\(text): \(reason ?? "accepted")")
        #expect(reason?.contains("usage needs usage data") == true)
    }

    @Test("“they attended the sessions” is activity without an outcome, refused for condition 4",
          arguments: ["they attended the sessions", "They all attended the training sessions.", "Attended every session",
                      "the team completed the training", "they went to the workshops"])
    func attendedSessions(_ text: String) {
        let reason = refusal(.trainingCapability, observed(text))
        #expect(reason?.contains("is activity, not an outcome") == true, "\(text): \(reason ?? "accepted")")
        #expect(reason?.contains("observed competence") == true)
    }

    @Test("“they haven't complained”, and any text that only restates the absence of a negative signal, is refused",
          arguments: ["they haven't complained", "They have not complained so far.", "No complaints", "no complaints so far!",
                      "Nobody has raised any issues", "We haven't had any complaints", "no red flags", "no negative feedback"])
    func absenceOfComplaint(_ text: String) {
        let reason = refusal(.activeUsage, usage(text))
        #expect(reason?.contains("the absence of a negative signal is not the presence of a positive one") == true,
                "\(text): \(reason ?? "accepted")")
    }

    @Test("“they haven't complained” is not evidence for any condition, not only condition 6")
    func absenceAnywhere() {
        #expect(refusal(.customerConfidence, sponsorSaid("We haven't had any complaints"))?.contains("negative signal") == true)
        #expect(refusal(.customerConfidence, sponsorSaid("They haven't complained"))?.contains("third person") == true)
        #expect(refusal(.trainingCapability, observed("They haven't complained"))?.contains("negative signal") == true)
        #expect(refusal(.activeUsage, usage("no complaints so far"))?.contains("negative signal") == true)
    }

    @Test("evidence that names facts beyond the phrase is judged on those facts",
          arguments: ["47 of 47 named users logging in on 4 of 5 working days, from the usage report",
                      "Our auditors signed off sample custody with no findings. That is a first for us.",
                      "12 planners built next week's rota unaided while Tom watched"])
    func factsStand(_ text: String) {
        #expect(NonEvidence.match(text) == nil)
    }

    @Test("the source's own sponsor quote is sentiment in the sponsor's words, and an impression in ours (000, module 3)")
    func sponsorsQuote() {
        let quote = "We're seeing exactly what was promised. This was a good decision."
        #expect(NonEvidence.match(quote, voice: .sponsors) == nil)
        #expect(NonEvidence.match(quote, voice: .ours)?.kind == .impression)
        #expect(refusal(.customerConfidence, sponsorSaid(quote)) == nil)
    }

    // MARK: Each condition's facts

    @Test("condition 1: a sign-off signed by someone who is not a customer contact is refused")
    func signatoryIsTheCustomer() {
        let ours = Evidence(summary: "Implementation sign-off on file", date: d(-3), providedBy: "Tom Reeves", signatory: "Tom Reeves",
                            filedIn: "The CRM")
        #expect(refusal(.setupComplete, ours)?.contains("not a customer contact") == true)
        let theirs = Evidence(summary: "Implementation sign-off on file", date: d(-3), providedBy: "Tom Reeves",
                              signatory: "  amira haddad ", filedIn: "The CRM")
        #expect(refusal(.setupComplete, theirs) == nil)
    }

    @Test("condition 2: the report must say how many named end-users were expected and show all of them at baseline")
    func usageCounts() {
        #expect(refusal(.activeUsage, usage("Usage report", expected: nil))?.contains("how many named end-users were expected") == true)
        #expect(refusal(.activeUsage, usage("Usage report", baseline: nil))?.contains("at baseline") == true)
        #expect(refusal(.activeUsage, usage("Usage report", expected: 47, baseline: 41))?.contains("41 of 47") == true)
        #expect(refusal(.activeUsage, usage("Usage report", expected: 47, baseline: 47)) == nil)
    }

    @Test("condition 2 is judged fresh against the assessment run that assessed it, not against today")
    func usageFreshAtTheRun() {
        var account = Fixture.account()
        // Report ends ten days ago; it was marked and assessed five days ago, when it was five days old.
        account.readiness[.activeUsage] = ConditionAssessment(condition: .activeUsage, status: .met,
                                                              evidence: usage("Usage report: 47 of 47", end: -10), markedOn: d(-5))
        #expect(!Readiness.validity(of: .activeUsage, in: account, today: today).isValid)
        account.readiness.runs = [AssessmentRun(id: "run", on: d(-5), attendees: ["Sarah Khan"],
                                                results: account.readiness.conditions, cleared: true, score: 6)]
        #expect(Readiness.validity(of: .activeUsage, in: account, today: today) == .valid)
        // A later run re-judges it, on its own day.
        account.readiness.runs.append(AssessmentRun(id: "run2", on: d(0), attendees: ["Sarah Khan"],
                                                    results: account.readiness.conditions, cleared: false, score: 5))
        #expect(!Readiness.validity(of: .activeUsage, in: account, today: today).isValid)
    }

    @Test("condition 4: a competence check observed by a customer contact, or by the account manager, is refused")
    func observerIsOnOurSide() {
        #expect(refusal(.trainingCapability, observed("12 planners built a rota", by: "Lisa Chen"))?.contains("self-report") == true)
        #expect(refusal(.trainingCapability, observed("12 planners built a rota", by: "Daniel Ortiz"))?.contains("not the onboarding coordinator or lead") == true)
        #expect(refusal(.trainingCapability, observed("12 planners built a rota", by: "Sarah Khan")) == nil)
        #expect(refusal(.trainingCapability, observed("12 planners built a rota", by: "Tom Reeves")) == nil)
    }

    @Test("condition 4: the evidence must say what was demonstrated")
    func demonstratedNamed() {
        #expect(refusal(.trainingCapability, observed("Confidence check", demonstrated: nil))?.contains("what the users demonstrated") == true)
    }

    @Test("condition 5: the conversation is with the sponsor and captured in writing somewhere named")
    func conversationWithSponsor() {
        let withAdmin = Evidence(summary: "Walked through tickets and billing", date: d(-2), providedBy: "Lisa Chen",
                                 topics: Set(ProcessTopic.allCases), capturedIn: "Minutes")
        #expect(refusal(.processUnderstanding, withAdmin)?.contains("not the sponsor") == true)
        let unwritten = Evidence(summary: "Walked through tickets and billing", date: d(-2), providedBy: Fixture.sponsorName,
                                 topics: Set(ProcessTopic.allCases))
        #expect(refusal(.processUnderstanding, unwritten)?.contains("not captured in writing") == true)
    }

    @Test("condition 6: the sponsor's own words, from the sponsor, with a positive tone")
    func sponsorPositive() {
        #expect(refusal(.customerConfidence, sponsorSaid("We got exactly what was promised.", from: "Lisa Chen"))?.contains("not the sponsor") == true)
        #expect(refusal(.customerConfidence, sponsorSaid("It works, but we still export to Excel.", tone: .neutral))?
            .contains("Sentiment is positive") == true)
        #expect(refusal(.customerConfidence, sponsorSaid("Eight weeks and we are still not live.", tone: .negative))?
            .contains("signal to act on") == true)
        #expect(refusal(.customerConfidence, sponsorSaid("We got exactly what was promised.", tone: nil))?.contains("no tone") == true)
        #expect(refusal(.customerConfidence, sponsorSaid("We got exactly what was promised.", capturedIn: " "))?
            .contains("where they were captured") == true)
        #expect(refusal(.customerConfidence, sponsorSaid("We got exactly what was promised.")) == nil)
    }

    // MARK: Sentiment

    @Test("a negative sponsor note does not keep sentiment fresh, and is flagged")
    func negativeNoteNotFresh() {
        var account = Fixture.account()
        account.sentiment = [SentimentNote(id: "old", capturedOn: d(-10), contact: Fixture.sponsorName, words: "Good so far.", tone: .positive),
                             SentimentNote(id: "bad", capturedOn: d(-1), contact: Fixture.sponsorName,
                                           words: "I was told five weeks. We're at eight.", tone: .negative)]
        #expect(account.isSentimentStale(today: today))
        #expect(account.isSponsorSentimentNegative(today: today))
        account.sentiment.append(SentimentNote(id: "good", capturedOn: d(0), contact: Fixture.sponsorName,
                                               words: "Sorted now, thank you.", tone: .positive))
        #expect(!account.isSentimentStale(today: today))
        #expect(!account.isSponsorSentimentNegative(today: today))
    }
}
