/// Why a stage move was refused.
public enum StageGateError: Error, Equatable, Sendable {
    /// The move needs a Cleared verdict; these are the gaps in the way.
    case notCleared(gaps: [ReadinessGap])
    /// An override was asked for with a blank reason.
    case overrideReasonRequired

    public var message: String {
        switch self {
        case .notCleared(let gaps) where !gaps.isEmpty && gaps.allSatisfy({ $0.kind == .stale }):
            // Every condition was Met: what stands in the way is time, and a re-run closes it.
            "Stale (\(ReadinessCondition.allCases.count - gaps.count) of 6 still valid): re-run the assessment, or override with a reason."
        case .notCleared(let gaps):
            "Not cleared (\(ReadinessCondition.allCases.count - gaps.count) of 6): close the gaps, or override with a reason."
        case .overrideReasonRequired:
            "An override needs a reason: say why the schedule should go ahead of the assessment."
        }
    }
}

/// The gate between handover preparation and the customer meeting the account manager.
public enum StageGate {
    /// Stage 5 (joint transition meeting) and everything after it need a Cleared verdict.
    public static func requiresClearance(_ stage: Stage) -> Bool {
        stage >= .jointTransitionMeeting
    }

    /// The readiness gaps standing between the account and `stage` today: empty when the gate
    /// lets the move through without a reason (moving back, within stages 1–4, or Cleared).
    public static func gaps(for account: Account, movingTo stage: Stage, today: CalendarDate) -> [ReadinessGap] {
        guard requiresClearance(stage), stage > account.stage else { return [] }
        let verdict = Readiness.verdict(for: account, today: today)
        return verdict.isCleared ? [] : verdict.gaps
    }

    /// Moves the account to `stage`, or refuses.
    ///
    /// Moving back, staying, or moving within stages 1–4 is always allowed. Moving forward into
    /// stage 5 or later needs Cleared as of `today`; without it the move happens only with a
    /// non-blank `overrideReason`, recorded as the account's stage override so that it is
    /// flagged "schedule-driven transition" everywhere. Each uncleared move past the gate needs
    /// its own reason: the schedule never silently overrides the assessment. An override, once
    /// made, is never removed by a later move: it is part of the account's history.
    public static func advance(_ account: inout Account, to stage: Stage, today: CalendarDate,
                               overrideReason: String?, by: String) throws {
        guard requiresClearance(stage), stage > account.stage else {
            account.stage = stage
            return
        }
        let verdict = Readiness.verdict(for: account, today: today)
        if verdict.isCleared {
            account.stage = stage
            return
        }
        guard let overrideReason else { throw StageGateError.notCleared(gaps: verdict.gaps) }
        guard !RuleText.isBlank(overrideReason) else { throw StageGateError.overrideReasonRequired }
        account.stageOverride = StageOverride(reason: RuleText.trimmed(overrideReason), by: by, on: today, toStage: stage)
        account.stage = stage
    }
}

extension Account {
    /// Moved past the stage gate without Cleared, on a recorded reason: flagged everywhere.
    public var isScheduleDrivenTransition: Bool { stageOverride != nil }
}
