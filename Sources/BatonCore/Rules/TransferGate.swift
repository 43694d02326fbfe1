/// What must be true before the T-day changes are recorded: the readiness verdict is Cleared,
/// and onboarding has ended with its exit — the completion report written and the customer's
/// signed sign-off on file. Anything missing needs the lead's reason first, and the account
/// stays flagged "schedule-driven transition".
public enum TransferGate {
    /// The exit components the transfer cannot do without (the source: onboarding ends when the
    /// customer is formally signed off and the completion report is written).
    public static let requiredExit: [ExitComponent] = [.completionReport, .customerSignOff]

    /// Why the account may not have its T-day changes recorded yet; empty when nothing stands in the way.
    public static func blockers(for account: Account, today: CalendarDate) -> [String] {
        var out: [String] = []
        let verdict = Readiness.verdict(for: account, today: today)
        if !verdict.isCleared {
            out.append("Readiness is NOT CLEARED (\(verdict.score) of 6).")
            out += verdict.gaps.map { "Gap \($0.condition.number): \($0.reason)" }
        }
        out += missingExit(account).map { "Exit: \($0.title) not done — onboarding has not ended." }
        return out
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

    /// The T-day changes may be recorded: nothing stands in the way, or the lead gave the reason.
    public static func allowsChanges(_ account: Account, today: CalendarDate) -> Bool {
        account.stage >= .continuity || isOverridden(account) || blockers(for: account, today: today).isEmpty
    }
}
