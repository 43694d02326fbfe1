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
    /// Set when the account went into Continuity on a recorded reason: who, when, why, and what
    /// was missing then. It is part of every audit of the transition.
    public var override: StageOverride?

    /// Criteria passed of those that could be judged.
    public var score: (passed: Int, judged: Int) {
        let judged = results.filter { $0.passed != nil }
        return (judged.filter { $0.passed == true }.count, judged.count)
    }

    public static func == (a: TransitionAudit, b: TransitionAudit) -> Bool {
        a.accountID == b.accountID && a.results == b.results && a.override == b.override
    }

    /// Only transferred accounts (continuity on) are audited.
    public init?(account: Account, today: CalendarDate) {
        guard account.stage >= .continuity else { return nil }
        accountID = account.id
        results = Criterion.allCases.map { Self.judge($0, account: account, today: today) }
        override = TransferGate.isOverridden(account) ? account.stageOverride : nil
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
            // The record as it stood on transfer day (kept by the transfer); an account transferred
            // before it was kept is judged on the areas as the lead ticked them.
            let incomplete = account.crmTransfer.atTransfer?.incomplete ?? KnowledgeTransfer.incompleteAreas(of: account.crmTransfer)
            let on = account.crmTransfer.atTransfer.map { " on \($0.on.iso)" } ?? ""
            guard incomplete.isEmpty else {
                return fail("\(incomplete.count) of 9 CRM areas incomplete\(on): \(incomplete.map(\.title).joined(separator: "; "))")
            }
            return pass("all nine CRM areas complete\(on)")
        case .registerTransferredHonestly:
            return registerHonesty(account, pass: pass, fail: fail)
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

    /// (e), 000:505–566: a register that reached T-day empty is itself suspicious; every risk
    /// carries its mitigation and escalation trigger; and items closed in the final week before
    /// transfer are the tidy picture the source warns of (000:560) — named, so the audit can ask.
    private static func registerHonesty(_ account: Account, pass: (String) -> Result, fail: (String) -> Result) -> Result {
        guard !account.risks.isEmpty else { return fail("the risk register reached T-day empty") }
        let carried = account.risks.filter { $0.raisedOn <= account.tDay }
        let unmitigated = carried.filter { RuleText.isBlank($0.mitigation) || RuleText.isBlank($0.escalationTrigger) }
        if let first = unmitigated.first {
            return fail("\(RuleText.count(unmitigated.count, "risk", "risks")) transferred without a mitigation or an escalation trigger "
                        + "(\(first.statement))")
        }
        let finalWeek = account.tDay.adding(days: -7)...account.tDay
        let risksClosed = account.risks.filter { $0.status == .closed && $0.resolvedOn.map(finalWeek.contains) == true }
        let issuesClosed = account.openIssues.filter { issue in
            issue.isClosed && issue.dispositions.contains { $0.disposition == .closed && finalWeek.contains($0.on) }
        }
        if !risksClosed.isEmpty || !issuesClosed.isEmpty {
            let what = [risksClosed.isEmpty ? nil : RuleText.count(risksClosed.count, "risk", "risks"),
                        issuesClosed.isEmpty ? nil : RuleText.count(issuesClosed.count, "open issue", "open issues")]
                .compactMap { $0 }.joined(separator: " and ")
            return fail("\(what) closed in the final week before transfer — the tidy picture? Check each was truly resolved")
        }
        return pass("\(account.risks.count) risk\(account.risks.count == 1 ? "" : "s") and \(account.openIssues.count) open issue\(account.openIssues.count == 1 ? "" : "s") on the record, none tidied away in the final week")
    }
}
