/// What must be true before an account moves to Continuity, however it gets there (`>`, the
/// walkthrough, "transfer today", the shell): the readiness verdict Cleared, the meetings before
/// it held, onboarding ended with its exit, the nine CRM areas complete and the T-day changes
/// made. Anything missing is refused with the list, or passes only on a reason the lead records;
/// the account then stays flagged "schedule-driven transition".
public enum TransferGate {
    /// The exit components the transfer cannot do without (000:179, 186: onboarding ends when the
    /// customer is formally signed off and the completion report is written).
    public static let requiredExit: [ExitComponent] = [.completionReport, .customerSignOff]

    /// Everything standing between the account and Continuity today that no recorded override
    /// covers, in the order the source walks them; empty when the transfer may go ahead.
    public static func blockers(for account: Account, today: CalendarDate) -> [TransferBlocker] {
        uncovered(TransferStep.allCases, account, today)
    }

    /// What stands in the way of recording the T-day changes: what has to be true before T-day
    /// (readiness, the meetings, the exit), not covered by an override.
    public static func beforeTDayBlockers(for account: Account, today: CalendarDate) -> [TransferBlocker] {
        uncovered(TransferStep.allCases.filter(\.isBeforeTDay), account, today)
    }

    /// The same steps whether or not an override covers them: what an audit shows was missing.
    public static func missing(for account: Account, today: CalendarDate) -> [TransferBlocker] {
        TransferStep.allCases.compactMap { blocker($0, account, today) }
    }

    /// The transfer's one rule for the screen and the core alike: what must be given before the
    /// account can move today — a reason for the steps missing, a confirmation that today becomes
    /// the T-day — or nothing.
    public static func check(_ account: Account, today: CalendarDate) -> TransferCheck {
        TransferCheck(blockers: blockers(for: account, today: today),
                      daysEarly: today < account.tDay ? today.days(until: account.tDay) : nil)
    }

    /// The required exit components not yet done.
    public static func missingExit(_ account: Account) -> [ExitComponent] {
        requiredExit.filter { component in account.exit.first { $0.component == component }?.doneOn == nil }
    }

    /// The lead has recorded why this account transfers despite what stands in the way.
    public static func isOverridden(_ account: Account) -> Bool {
        account.stageOverride?.toStage == .continuity
    }

    /// The reason recorded for this transfer, if one was.
    public static func overrideReason(_ account: Account) -> String? {
        isOverridden(account) ? account.stageOverride?.reason : nil
    }

    /// The T-day changes may be recorded: transferred already, or nothing before T-day stands in
    /// the way (or the lead gave the reason).
    public static func allowsChanges(_ account: Account, today: CalendarDate) -> Bool {
        account.stage >= .continuity || beforeTDayBlockers(for: account, today: today).isEmpty
    }

    /// The steps the recorded override covers. An override recorded before the steps were kept
    /// with it covered what the gate then judged: readiness and the exit.
    static func covered(_ account: Account) -> Set<TransferStep> {
        guard let o = account.stageOverride, o.toStage == .continuity else { return [] }
        return Set(o.missing ?? [.readinessCleared, .completionReport, .customerSignOff])
    }

    /// Which steps this kind of transition asks of the account (000:456–458; 002:70–77 for the
    /// unplanned, which transfers before any meeting can be held, on the documentation that exists).
    static func applies(_ step: TransferStep, to account: Account) -> Bool {
        let unplanned = account.planning == .unplanned
        switch step {
        case .internalHandoverMeeting, .jointTransitionMeeting: return !unplanned
        case .handoverDocumentFinalised: return unplanned
        // The exit closes an onboarding (000:179); a change of owner after it has none to close.
        case .completionReport, .customerSignOff: return account.transitionKind == .onboardingToAccountManagement
        case .readinessCleared, .crmAreasComplete, .tDayChangesDone: return true
        }
    }

    private static func uncovered(_ steps: [TransferStep], _ account: Account, _ today: CalendarDate) -> [TransferBlocker] {
        guard account.stage < .continuity else { return [] }
        let covered = covered(account)
        return steps.filter { !covered.contains($0) }.compactMap { blocker($0, account, today) }
    }

    private static func blocker(_ step: TransferStep, _ account: Account, _ today: CalendarDate) -> TransferBlocker? {
        guard applies(step, to: account) else { return nil }
        switch step {
        case .readinessCleared:
            let verdict = Readiness.verdict(for: account, today: today)
            guard !verdict.isCleared else { return nil }
            return TransferBlocker(step, "Readiness is NOT CLEARED (\(verdict.score) of 6).",
                                   verdict.gaps.map { "Gap \($0.condition.number): \($0.reason)" },
                                   named: ("Readiness NOT CLEARED (\(verdict.score) of 6)", "gaps", verdict.gaps.map { "\($0.condition.number)" }))
        case .crmAreasComplete:
            let missing = KnowledgeTransfer.incompleteAreas(of: account)
            guard !missing.isEmpty else { return nil }
            let total = CRMArea.allCases.count
            return TransferBlocker(step, "CRM record: \(total - missing.count) of \(total) areas complete.",
                                   missing.map { "Incomplete: \($0.title)" },
                                   named: ("CRM areas: \(total - missing.count) of \(total) complete", "incomplete", missing.map(\.title)))
        case .tDayChangesDone:
            let missing = TDayChange.madeBeforeTheMove.filter { change in
                account.crmTransfer.changes.first { $0.change == change }?.doneAt == nil
            }
            guard !missing.isEmpty else { return nil }
            let total = TDayChange.madeBeforeTheMove.count
            return TransferBlocker(step, "T-day changes: \(total - missing.count) of \(total) made before the stage advances.",
                                   missing.map { "Not done: \($0.number). \($0.title)" },
                                   named: ("T-day changes: \(total - missing.count) of \(total) made", "not done", missing.map { "\($0.number)" }))
        case .internalHandoverMeeting, .jointTransitionMeeting:
            let kind: Meeting.Kind = step == .internalHandoverMeeting ? .internalHandover : .jointTransition
            guard !account.meetings.contains(where: { $0.kind == kind && $0.on <= today }) else { return nil }
            return TransferBlocker(step, "The \(kind.title.lowercased()) has not been held.")
        case .handoverDocumentFinalised:
            guard HandoverLife(account).finalisation.doneOn == nil else { return nil }
            return TransferBlocker(step, "The handover document is not finalised: an unplanned transition "
                                   + "transfers on the documentation that already exists.")
        case .completionReport, .customerSignOff:
            let component: ExitComponent = step == .completionReport ? .completionReport : .customerSignOff
            guard missingExit(account).contains(component) else { return nil }
            return TransferBlocker(step, "Exit: \(component.title) not done — onboarding has not ended.")
        }
    }
}

/// What the screen must ask before a transfer today, from the gate: a reason for the steps
/// missing, and a confirmation when it comes before the planned T-day.
public struct TransferCheck: Equatable, Sendable {
    /// Steps missing that no recorded override covers: the transfer needs a reason for them.
    public var blockers: [TransferBlocker]
    /// Days still to the planned T-day; the lead confirms that today becomes the T-day.
    public var daysEarly: Int?

    public var needsReason: Bool { !blockers.isEmpty }
    public var isClear: Bool { blockers.isEmpty && daysEarly == nil }
}
