/// Stage moves through the gate: changes through the one door (`AccountChange`). Every move is
/// dated in `stageHistory`; a move past the gate without Cleared needs a reason and stays flagged.
public enum StageChange: Equatable, Sendable {
    /// Forward to a later stage. Into stage 5 or later it needs a Cleared verdict, or an override
    /// reason. Forward into Continuity is the transfer (see `transfer`).
    case forward(to: Stage, overrideReason: String? = nil)
    /// Back to an earlier stage: always allowed; an override once made stays in the history.
    case back(to: Stage)
    /// The T-day transfer: Continuity, the account manager primary owner, the onboarding lead
    /// secondary contact for 30 days — through the gate like any move past stage 4.
    case transfer(overrideReason: String? = nil)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        var after = account
        let target: Stage
        let reason: String?
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
        case .transfer(let overrideReason):
            guard account.stage < .continuity else {
                return .failure(ChangeRefusal("Already transferred: \(account.stage.title)."))
            }
            target = .continuity
            reason = overrideReason
        }
        // Only a move that needs the override records its reason; a Cleared account moves on its verdict.
        let overriding = !StageGate.gaps(for: account, movingTo: target, today: today).isEmpty
        do {
            if target == .continuity && target > account.stage {
                try TransferToContinuity.apply(&after, today: today, overrideReason: reason)
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
