/// The source's audit of a past transition (000, chapter 7 homework): six criteria, each judged
/// from what Baton recorded, with the reason when one fails. "The patterns you find tell you
/// what to install first."
public struct TransitionAudit: Equatable, Sendable {
    public enum Criterion: String, CaseIterable, Sendable {
        case readinessWithEvidence, internalHandoverHeld, jointMeetingSignals, crmCompleteOnTDay,
             registerTransferredHonestly, thirtyDayReviewHeld

        public var letter: Character {
            switch self {
            case .readinessWithEvidence: "a"
            case .internalHandoverHeld: "b"
            case .jointMeetingSignals: "c"
            case .crmCompleteOnTDay: "d"
            case .registerTransferredHonestly: "e"
            case .thirtyDayReviewHeld: "f"
            }
        }

        public var title: String {
            switch self {
            case .readinessWithEvidence: "Readiness assessed with evidence"
            case .internalHandoverHeld: "Formal internal handover meeting held"
            case .jointMeetingSignals: "Joint meeting hit the three success signals"
            case .crmCompleteOnTDay: "CRM record complete on transfer day"
            case .registerTransferredHonestly: "Risks and open issues transferred honestly"
            case .thirtyDayReviewHeld: "30-day review held"
            }
        }
    }

    /// One criterion's result: passed, or failed with why; nil when it cannot be judged yet.
    public struct Result: Equatable, Sendable {
        public var criterion: Criterion
        public var passed: Bool?
        public var reason: String
    }

    public var accountID: String
    public var results: [Result]

    /// Criteria passed of those that could be judged.
    public var score: (passed: Int, judged: Int) {
        let judged = results.filter { $0.passed != nil }
        return (judged.filter { $0.passed == true }.count, judged.count)
    }

    public static func == (a: TransitionAudit, b: TransitionAudit) -> Bool {
        a.accountID == b.accountID && a.results == b.results
    }

    /// Only transferred accounts (continuity on) are audited.
    public init?(account: Account, today: CalendarDate) {
        guard account.stage >= .continuity else { return nil }
        accountID = account.id
        results = Criterion.allCases.map { Self.judge($0, account: account, today: today) }
    }

    private static func judge(_ criterion: Criterion, account: Account, today: CalendarDate) -> Result {
        func pass(_ why: String) -> Result { Result(criterion: criterion, passed: true, reason: why) }
        func fail(_ why: String) -> Result { Result(criterion: criterion, passed: false, reason: why) }
        switch criterion {
        case .readinessWithEvidence:
            guard let run = Readiness.transferRun(of: account) else { return fail("no readiness assessment was run") }
            guard run.cleared else {
                let missing = run.results.filter { $0.status != .met }.map { "\($0.condition.number)" }
                return fail("transferred on a run that was not cleared (conditions \(missing.joined(separator: ", ")) not Met)")
            }
            // Condition 3 is derived from the milestones; every other Met needs evidence of its own.
            let unevidenced = run.results.filter { $0.status == .met && $0.evidence == nil && $0.condition != .milestonesAchieved }
            guard unevidenced.isEmpty else { return fail("Met without evidence: condition \(unevidenced[0].condition.number)") }
            return pass("cleared on \(run.on.iso), six conditions Met with evidence")
        case .internalHandoverHeld:
            guard let m = account.meetings.last(where: { $0.kind == .internalHandover }) else {
                return fail("no internal handover meeting is recorded")
            }
            return pass("held \(m.on.iso)")
        case .jointMeetingSignals:
            guard let m = account.meetings.last(where: { $0.kind == .jointTransition }) else {
                return fail("no joint transition meeting is recorded")
            }
            let missing = SuccessSignal.allCases.filter { !m.successSignals.contains($0) }
            guard missing.isEmpty else {
                return fail("\(3 - missing.count) of 3 success signals on \(m.on.iso)")
            }
            return pass("all three success signals on \(m.on.iso)")
        case .crmCompleteOnTDay:
            let incomplete = KnowledgeTransfer.incompleteAreas(of: account.crmTransfer)
            guard incomplete.isEmpty else {
                return fail("\(incomplete.count) of 9 CRM areas incomplete: \(incomplete.map(\.title).joined(separator: "; "))")
            }
            return pass("all nine CRM areas complete")
        case .registerTransferredHonestly:
            // A register that reached T-day empty is itself suspicious; so is one whose risks were
            // all closed in the days just before transfer (the tidy picture).
            guard !account.risks.isEmpty else { return fail("the risk register reached T-day empty") }
            let tidied = account.risks.filter { risk in
                guard risk.status == .closed, let closed = risk.resolvedOn else { return false }
                return closed <= account.tDay && closed >= account.tDay.adding(days: -3)
            }
            if tidied.count == account.risks.count {
                return fail("every risk was closed in the three days before T-day")
            }
            return pass("\(account.risks.count) risk\(account.risks.count == 1 ? "" : "s") and \(account.openIssues.count) open issue\(account.openIssues.count == 1 ? "" : "s") on the record")
        case .thirtyDayReviewHeld:
            let due = account.tDay.adding(days: 30)
            if let m = account.meetings.last(where: { $0.kind == .postTransitionReview && $0.on >= account.tDay }) {
                return pass("held \(m.on.iso) (T+\(account.tDay.days(until: m.on)))")
            }
            if today <= due.adding(days: AccountMeasures.reviewGraceDays) {
                return Result(criterion: criterion, passed: nil, reason: "due \(due.iso)")
            }
            return fail("not held; it was due \(due.iso)")
        }
    }
}
