import Testing
@testable import BatonCore

@Suite("The verdict after transfer")
struct TransferVerdictTests {
    static let today = CalendarDate(iso: "2026-11-21")!

    @Test("a continuity account is judged by the run it was transferred on, not by evidence that aged since")
    func continuityUsesTransferRun() {
        let demo = DemoPortfolio.make(today: Self.today, now: .init(timeIntervalSince1970: 0))
        let hokuto = demo.accounts.first { $0.id == "acct-hokuto" }!
        #expect(hokuto.stage == .continuity)
        // Twelve days after T-day the sponsor's words are older than seven days: judged today, without
        // the run that assessed them, they would not clear.
        var unassessed = hokuto
        unassessed.readiness.runs = []
        #expect(!Readiness.verdict(for: unassessed, today: Self.today).isCleared)
        let shown = Readiness.displayedVerdict(for: hokuto, today: Self.today)
        let run = try! #require(shown.atTransfer)
        #expect(run.on <= hokuto.tDay)
        #expect(shown.verdict.isCleared == run.cleared)
        #expect(shown.verdict.score == run.score)
    }

    @Test("before continuity the verdict is always the live one")
    func liveBeforeTransfer() {
        let demo = DemoPortfolio.make(today: Self.today, now: .init(timeIntervalSince1970: 0))
        for account in demo.accounts where account.stage < .continuity {
            let shown = Readiness.displayedVerdict(for: account, today: Self.today)
            #expect(shown.atTransfer == nil)
            #expect(shown.verdict == Readiness.verdict(for: account, today: Self.today))
        }
    }

    @Test("the run after T-day does not replace the one the transfer was made on")
    func laterRunIgnored() {
        var account = DemoPortfolio.make(today: Self.today, now: .init(timeIntervalSince1970: 0))
            .accounts.first { $0.id == "acct-hokuto" }!
        let transferRun = Readiness.transferRun(of: account)!
        account.readiness.runs.append(AssessmentRun(id: "later", on: account.tDay.adding(days: 5), attendees: [],
                                                    results: [], cleared: false, score: 0))
        #expect(Readiness.transferRun(of: account)?.id == transferRun.id)
    }
}
