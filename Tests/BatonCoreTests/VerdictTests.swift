import Testing
@testable import BatonCore

@Suite("The verdict: Cleared only when all six are valid")
struct VerdictTests {
    let today = Fixture.today

    @Test("all six valid is Cleared with a score of 6 and no gaps")
    func cleared() {
        let verdict = Readiness.verdict(for: Fixture.account(), today: today)
        #expect(verdict == Verdict(isCleared: true, score: 6, gaps: []))
        #expect(Readiness.score(for: Fixture.account(), today: today) == 6)
    }

    @Test("five of six is Not cleared: there is no partial credit")
    func noPartialCredit() {
        var account = Fixture.account()
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-8)
        let verdict = Readiness.verdict(for: account, today: today)
        #expect(!verdict.isCleared)
        #expect(verdict.score == 5)
        #expect(verdict.gaps.map(\.condition) == [.customerConfidence])
        // Every condition Met and one gone stale: not cleared, shown as stale — a re-run closes it.
        #expect(verdict.title == "Stale" && verdict.isStale)
        account.readiness[.trainingCapability] = ConditionAssessment(
            condition: .trainingCapability, status: .notMet,
            action: GapAction(what: "Observed check", owner: "Tom Reeves", deadline: Fixture.day(3)), markedOn: today)
        let notCleared = Readiness.verdict(for: account, today: today)
        #expect(notCleared.score == 4 && notCleared.title == "Not cleared" && !notCleared.isStale)
    }

    @Test("the same account a day later loses its clearance when sentiment turns eight days old")
    func clearanceExpires() {
        var account = Fixture.account()
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-7)
        #expect(Readiness.verdict(for: account, today: today).isCleared)
        #expect(!Readiness.verdict(for: account, today: Fixture.day(1)).isCleared)
    }

    @Test("the score counts valid conditions and the gaps list the rest in order, with the named action")
    func scoreAndGaps() {
        var account = Fixture.account()
        let action = GapAction(what: "Capture sponsor sentiment", owner: "Sarah Khan", deadline: Fixture.day(2))
        account.readiness[.customerConfidence] = ConditionAssessment(condition: .customerConfidence, status: .notMet,
                                                                     action: action, markedOn: today)
        account.readiness[.setupComplete] = ConditionAssessment(condition: .setupComplete)
        account.readiness[.trainingCapability].evidence?.observedBy = nil
        let verdict = Readiness.verdict(for: account, today: today)
        #expect(verdict.score == 3)
        #expect(Readiness.score(for: account, today: today) == 3)
        #expect(verdict.gaps == [
            ReadinessGap(condition: .setupComplete, kind: .unassessed, reason: "Not assessed yet."),
            ReadinessGap(condition: .trainingCapability, kind: .missingEvidence,
                         reason: "Nobody observed the competence check: self-reported is not evidence."),
            ReadinessGap(condition: .customerConfidence, kind: .notMet,
                         reason: "Not Met: Capture sponsor sentiment (Sarah Khan, by 2026-05-13).", action: action),
        ])
    }

    @Test("a fresh account with nothing assessed scores 0 of 6")
    func nothingAssessed() {
        var account = Fixture.account()
        account.readiness = ReadinessAssessment()
        let verdict = Readiness.verdict(for: account, today: today)
        #expect(verdict.score == 0)
        #expect(verdict.gaps.count == 6)
        #expect(!verdict.isCleared)
    }
}
