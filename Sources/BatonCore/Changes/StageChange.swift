/// Stage moves through the gate: changes through the one door (`AccountChange`). Every move is
/// dated in `stageHistory`; a move past the gate without Cleared needs a reason and stays flagged.
public enum StageChange: Equatable, Sendable, Codable {
    /// Forward to a later stage. Into stage 5 or later it needs a Cleared verdict, or an override
    /// reason. Forward into Continuity is the transfer (see `transfer`).
    case forward(to: Stage, overrideReason: String? = nil)
    /// Back to an earlier stage: always allowed; an override once made stays in the history.
    case back(to: Stage)
    /// The T-day transfer: Continuity, the account manager primary owner, the onboarding lead
    /// secondary contact for 30 days — through the gate like any move past stage 4, and only once
    /// onboarding has ended with its exit (or by override). The T-day becomes the day it happened;
    /// before the planned T-day it needs `early` (the lead confirmed it).
    case transfer(overrideReason: String? = nil, early: Bool = false)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        var after = account
        let target: Stage
        var reason: String?
        var early = false
        switch self {
        case .forward(let stage, let overrideReason):
            guard stage > account.stage else {
                return .failure(ChangeRefusal("Already in stage \(account.stage.rawValue) \(account.stage.title): forward goes to a later stage."))
            }
            target = stage
            reason = overrideReason
        case .back(let stage):
            guard stage < account.stage else {
                return .failure(ChangeRefusal("Already in stage \(account.stage.rawValue) \(account.stage.title): back goes to an earlier stage."))
            }
            target = stage
            reason = nil
        case .transfer(let overrideReason, let confirmedEarly):
            guard account.stage < .continuity else {
                return .failure(ChangeRefusal("Already transferred: \(account.stage.title)."))
            }
            target = .continuity
            reason = overrideReason
            early = confirmedEarly
        }
        let transferring = target == .continuity && target > account.stage
        // A reason given before the T-day changes (the walkthrough asks first) carries the transfer.
        if transferring, reason == nil { reason = TransferGate.overrideReason(account) }
        let missingExit = transferring ? TransferGate.missingExit(account) : []
        // Only a move that needs the override records its reason; a Cleared account moves on its verdict.
        let overriding = !StageGate.gaps(for: account, movingTo: target, today: today).isEmpty || !missingExit.isEmpty
        if transferring {
            if !missingExit.isEmpty, RuleText.isBlank(reason) {
                return .failure(ChangeRefusal("Onboarding has not ended: \(missingExit.map(\.title).joined(separator: " and ")) not done. "
                                              + "Finish the exit, or override with a reason."))
            }
            if today < account.tDay, !early {
                return .failure(ChangeRefusal("T-day is \(account.tDay.iso), \(today.days(until: account.tDay)) days away: "
                                              + "confirm the transfer before T-day first — today becomes the T-day."))
            }
        }
        do {
            if transferring {
                try TransferToContinuity.apply(&after, today: today, overrideReason: reason)
                if !missingExit.isEmpty, after.stageOverride?.toStage != .continuity, let reason {
                    after.stageOverride = StageOverride(reason: RuleText.trimmed(reason),
                                                        by: context.by.isEmpty ? account.people.onboardingLead : context.by,
                                                        on: today, toStage: .continuity)
                }
                // The T-day is the day the transfer happened; the timeline follows it.
                if after.tDay != today {
                    after.tDayHistory.append(TDayMove(from: after.tDay, to: today, on: today,
                                                      note: "the transfer happened on this day"
                                                          + (early ? ", before the planned T-day (confirmed)" : ", after the planned T-day")))
                    after.tDay = today
                    after.timeline = TimelineChange.rebuilt(after)
                }
            } else {
                try StageGate.advance(&after, to: target, today: today, overrideReason: reason,
                                      by: context.by.isEmpty ? account.people.onboardingLead : context.by)
            }
        } catch let error as StageGateError {
            return .failure(ChangeRefusal(error.message))
        } catch {
            return .failure(ChangeRefusal("\(error)"))
        }
        after.stageHistory.append(StageEntry(stage: target, on: today,
                                             overrideReason: overriding ? reason.map(RuleText.trimmed) : nil))
        let summary: String
        if overriding {
            summary = "\(account.name): \(target.title) by override — flagged schedule-driven transition"
        } else if case .transfer = self {
            summary = "\(account.name) transferred: Continuity, \(account.people.accountManager) primary owner; "
                + "\(account.people.onboardingLead) secondary contact for 30 days"
        } else {
            summary = "\(account.name): stage \(target.rawValue) \(target.title)"
        }
        return .success(ChangeOutcome(after, summary))
    }
}
