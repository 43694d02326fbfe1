/// The source's measures of one transition ("measuring transition success" in 002; the KPIs of
/// 001), worked out from what the account holds. Nil means "not yet measurable" (before T-day,
/// say), never "failed".
public struct AccountMeasures: Equatable, Sendable {
    /// Six valid conditions out of six (live before continuity, as transferred after).
    public var readinessScore: Int
    /// Complete CRM areas ÷ 9 (0…1); target 0.95, i.e. all nine.
    public var knowledgeTransfer: Double
    /// "How smooth was the account transition?" 1–5, asked in the 30-day review; target 4.5.
    public var satisfaction: Int?
    public var health: HealthAfterTransfer
    public var daysToActivation: Int?
    public var daysInStage: [Stage: Int]
    /// The joint transition meeting hit all three success signals; nil when none was held.
    public var jointMeetingAllSignals: Bool?
    /// The 30-day review was held by T+30 (with a week's grace); nil before that is due.
    public var reviewOnTime: Bool?
    /// Open issues decided (closed, re-committed or re-scoped) within 30 days of T-day, of all
    /// the issues that needed it; nil before T+30.
    public var issuesDispositioned: (done: Int, of: Int)?
    /// Moved past the stage gate without Cleared, on a recorded reason.
    public var scheduleDriven: Bool

    public static func == (a: AccountMeasures, b: AccountMeasures) -> Bool {
        a.readinessScore == b.readinessScore && a.knowledgeTransfer == b.knowledgeTransfer && a.satisfaction == b.satisfaction
            && a.health == b.health && a.daysToActivation == b.daysToActivation && a.daysInStage == b.daysInStage
            && a.jointMeetingAllSignals == b.jointMeetingAllSignals && a.reviewOnTime == b.reviewOnTime
            && a.issuesDispositioned?.done == b.issuesDispositioned?.done && a.issuesDispositioned?.of == b.issuesDispositioned?.of
            && a.scheduleDriven == b.scheduleDriven
    }

    /// Days after T+30 a review still counts as held on time.
    public static let reviewGraceDays = 7

    public init(account: Account, today: CalendarDate) {
        readinessScore = Readiness.displayedVerdict(for: account, today: today).verdict.score
        knowledgeTransfer = KnowledgeTransfer.completeness(of: account)
        let review = account.meetings.last { $0.kind == .postTransitionReview }
        satisfaction = review?.customerSatisfaction
        health = HealthAfterTransfer(account: account, today: today)
        daysToActivation = account.daysToActivation
        daysInStage = Dictionary(account.daysInStage(today: today).map { ($0.stage, $0.days) }, uniquingKeysWith: +)
        let joint = account.meetings.last { $0.kind == .jointTransition }
        jointMeetingAllSignals = joint.map { Set($0.successSignals) == Set(SuccessSignal.allCases) }
        let reviewDue = account.tDay.adding(days: 30 + Self.reviewGraceDays)
        if account.stage >= .continuity, let review, review.on >= account.tDay {
            reviewOnTime = review.on <= reviewDue
        } else if account.stage >= .continuity, today > reviewDue {
            reviewOnTime = false
        } else {
            reviewOnTime = nil
        }
        let deadline = OpenIssue.dispositionDeadline(tDay: account.tDay)
        if account.stage >= .continuity, today > deadline {
            let needing = account.openIssues.filter { !$0.isClosed || $0.dispositions.contains { $0.on >= account.tDay } }
            let done = needing.filter { issue in issue.dispositions.contains { $0.on >= account.tDay && $0.on <= deadline } }
            issuesDispositioned = (done.count, needing.count)
        } else {
            issuesDispositioned = nil
        }
        scheduleDriven = account.isScheduleDrivenTransition
    }
}
