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
                         "The schedule never silently overrides the assessment. An override needs a reason, "
                            + "and the account stays flagged \"schedule-driven transition\" everywhere it appears."]
            + gaps.map { "Gap \($0.condition.number): \($0.reason)" }
        return form.only([.overrideReason])
    }

    /// Asked before the first T-day change on an account the gate would stop: not Cleared, its
    /// meetings not held, or its exit (completion report, signed sign-off) not done.
    static func transferOverride(account: Account, blockers: [TransferBlocker]) -> FormState {
        var form = FormState(change: .transferOverride, account: account)
        form.shortGuidance = form.guidance + blockers.map(\.brief)
        form.guidance += blockers.flatMap(\.lines)
        return form
    }

    /// What `>` from stage 6 and change 1 in the walkthrough show before the transfer: nil when
    /// the core's gate asks nothing (`TransferGate.check`), else the transfer's form with only
    /// what it asks — the reason for the steps missing, listed, and the confirmation of a
    /// transfer before the planned T-day.
    static func transfer(_ account: Account, today: CalendarDate) -> FormState? {
        let check = TransferGate.check(account, today: today)
        guard !check.isClear else { return nil }
        var keys: [FieldKey] = []
        var form = FormState(change: .stage(.continuity), account: account)
        var guidance: [String] = [], short: [String] = []
        if check.needsReason {
            keys.append(.overrideReason)
            form.require(.overrideReason)
            let n = check.blockers.count
            let head = "Not ready to transfer: \(n) step\(n == 1 ? "" : "s") missing."
            let tail = "Finish them (Esc), or give the reason: it is recorded, shown in the audit, and the account "
                + "stays flagged \"schedule-driven transition\" everywhere it appears."
            guidance += [head] + check.blockers.flatMap(\.lines) + [tail]
            // One line a step, its details named in it: at 80×24 every step missing stays on screen.
            short += [head] + check.blockers.map(\.brief)
                + ["Finish them (Esc), or give the reason: recorded, shown in the audit, flagged \"schedule-driven transition\"."]
        }
        if let days = check.daysEarly {
            keys.append(.confirmEarly)
            let early = "T-day is \(account.tDay.iso) (\(account.tDayLabel(today: today))), \(days) day\(days == 1 ? "" : "s") away: "
                + "transferring now makes today the T-day; the timeline follows it."
            guidance.append(early)
            short.append(early)
        }
        form = form.only(keys)
        form.guidance = guidance
        form.shortGuidance = short
        form.title = check.needsReason ? "Transfer \(account.name) anyway?" : "Transfer \(check.daysEarly ?? 0) days before T-day?"
        return form
    }
}
