extension Readiness {
    /// The verdict an account carried across T-day: the last assessment run on or before T-day.
    ///
    /// After transfer, condition 6's sponsor words and condition 2's usage report age past seven
    /// days as a matter of course; judging a continuity account by today's freshness would call
    /// every transferred account "not cleared". From continuity on, the verdict that matters is
    /// the one the transfer was made on — and a transfer made without Cleared stays visible.
    public static func transferRun(of account: Account) -> AssessmentRun? {
        account.readiness.runs.last { $0.on <= account.tDay } ?? account.readiness.runs.last
    }

    /// The verdict to show for an account: live before continuity; from continuity on, the one
    /// recorded at transfer when there is a run (else live, so a missing assessment still shows).
    public static func displayedVerdict(for account: Account, today: CalendarDate) -> (verdict: Verdict, atTransfer: AssessmentRun?) {
        if account.stage >= .continuity, let run = transferRun(of: account) {
            let gaps = run.results.filter { $0.status != .met }.map {
                ReadinessGap(condition: $0.condition, kind: $0.status == .notMet ? .notMet : .unassessed, reason: "\($0.status.title) at the run of \(run.on.iso)", action: $0.action)
            }
            return (Verdict(isCleared: run.cleared, score: run.score, gaps: gaps), run)
        }
        return (verdict(for: account, today: today), nil)
    }
}
