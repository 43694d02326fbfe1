import BatonCore

/// The questions the stage gate and the walkthrough ask, as forms of the changes' one input
/// definitions, with what stands in the way said above the fields.
enum TransferForms {
    /// Why an account not Cleared moves to `stage` anyway.
    static func overrideReason(to stage: Stage, account: Account, gaps: [ReadinessGap]) -> FormState {
        var form = FormState(change: .stage(stage), account: account)
        form.title = "Override the stage gate? (\(stage.title))"
        form.require(.overrideReason)
        form.guidance = ["Readiness is NOT CLEARED: \(stage.title) needs a Cleared verdict.",
                         "The schedule never silently overrides the assessment. An override needs a reason,",
                         "and the account stays flagged \"schedule-driven transition\" everywhere it appears."]
            + gaps.map { "Gap \($0.condition.number): \($0.reason)" }
        return form.only([.overrideReason])
    }

    /// Asked before the first T-day change on an account the gate would stop: not Cleared, or
    /// its exit (completion report, signed sign-off) not done.
    static func transferOverride(account: Account, blockers: [String]) -> FormState {
        var form = FormState(change: .transferOverride, account: account)
        form.guidance += blockers
        return form
    }

    /// Asked before a transfer ahead of the planned T-day: the T-day becomes today.
    static func earlyTransfer(account: Account, today: CalendarDate) -> FormState {
        var form = FormState(change: .stage(.continuity), account: account).only([.confirmEarly])
        form.title = "Transfer \(today.days(until: account.tDay)) days before T-day?"
        form.guidance = ["T-day is \(account.tDay.iso) (\(account.tDayLabel(today: today))).",
                         "Transferring now makes today the T-day; the timeline follows it."]
        return form
    }
}
