/// Stage moves through the gate: changes through the one door (`AccountChange`). Every move is
/// dated in `stageHistory`; a move past the gate without Cleared needs a reason and stays flagged.
public enum StageChange: Equatable, Sendable, Codable {
    /// Forward to a later stage. Into stage 5 or later it needs a Cleared verdict, or an override
    /// reason. Forward into Continuity is the transfer, through the transfer's gate (see `transfer`).
    case forward(to: Stage, overrideReason: String? = nil)
    /// Back to an earlier stage: always allowed; an override once made stays in the history.
    case back(to: Stage)
    /// The T-day transfer: Continuity, the account manager primary owner, the onboarding lead
    /// secondary contact for 30 days — only once `TransferGate` finds nothing missing (readiness,
    /// the meetings, the exit, the nine CRM areas, T-day changes 2–5), or with a reason that
    /// covers what is. The T-day becomes the day it happened; before the planned T-day it needs
    /// `early` (the lead confirmed it).
    case transfer(overrideReason: String? = nil, early: Bool = false)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        switch self {
        case .forward(let stage, let overrideReason):
            guard stage > account.stage else {
                return .failure(ChangeRefusal("Already in stage \(account.stage.rawValue) \(account.stage.title): forward goes to a later stage."))
            }
            if account.stage < .continuity, stage == .continuity {
                return Self.transfer(account, reason: overrideReason, early: false, context: context)
            }
            if account.stage < .continuity, stage > .continuity {
                return .failure(ChangeRefusal("\(stage.title) comes after Continuity: transfer first (stage 7), "
                                              + "through the transfer's gate."))
            }
            return Self.move(account, to: stage, reason: overrideReason, context: context)
        case .back(let stage):
            guard stage < account.stage else {
                return .failure(ChangeRefusal("Already in stage \(account.stage.rawValue) \(account.stage.title): back goes to an earlier stage."))
            }
            var after = account
            if account.stage >= .continuity, stage < .continuity { TransferToContinuity.undo(&after) }
            return Self.move(after, to: stage, reason: nil, context: context)
        case .transfer(let overrideReason, let early):
            guard account.stage < .continuity else {
                return .failure(ChangeRefusal("Already transferred: \(account.stage.title)."))
            }
            return Self.transfer(account, reason: overrideReason, early: early, context: context)
        }
    }

    /// A move that is not the transfer, through the readiness gate.
    private static func move(_ account: Account, to target: Stage, reason: String?,
                             context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        // Only a move that needs the override records its reason; a Cleared account moves on its verdict.
        let overriding = !StageGate.gaps(for: account, movingTo: target, today: context.today).isEmpty
        do {
            try StageGate.advance(&after, to: target, today: context.today, overrideReason: reason,
                                  by: context.by.isEmpty ? account.people.onboardingLead : context.by)
        } catch let error as StageGateError {
            return .failure(ChangeRefusal(error.message))
        } catch {
            return .failure(ChangeRefusal("\(error)"))
        }
        after.stageHistory.append(StageEntry(stage: target, on: context.today,
                                             overrideReason: overriding ? reason.map(RuleText.trimmed) : nil))
        let summary = overriding
            ? "\(account.name): \(target.title) by override — flagged schedule-driven transition"
            : "\(account.name): stage \(target.rawValue) \(target.title)"
        return .success(ChangeOutcome(after, summary))
    }

    /// The stage advancing on T-day (000:452, change 1): through the transfer's gate, whatever asked for it.
    static func transfer(_ account: Account, reason: String?, early: Bool,
                         context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        let check = TransferGate.check(account, today: today)
        var after = account
        var recorded: String?
        if check.needsReason {
            guard let reason, !RuleText.isBlank(reason) else {
                let steps = check.blockers.count
                let list = check.blockers.flatMap(\.lines).joined(separator: "\n")
                return .failure(ChangeRefusal("Not transferred: \(RuleText.count(steps, "step", "steps")) missing.\n\(list)\n"
                                              + (reason == nil ? "Finish them, or override with a reason (recorded, and the account "
                                                 + "stays flagged schedule-driven transition)."
                                                 : StageGateError.overrideReasonRequired.message)))
            }
            // The reason covers what was missing now, and what an earlier reason already covered.
            let covered = TransferGate.covered(account).union(check.blockers.map(\.step))
            recorded = RuleText.trimmed(reason)
            after.stageOverride = StageOverride(reason: recorded!, by: context.by.isEmpty ? account.people.onboardingLead : context.by,
                                                on: today, toStage: .continuity,
                                                missing: TransferStep.allCases.filter(covered.contains))
        }
        if let days = check.daysEarly, !early {
            return .failure(ChangeRefusal("T-day is \(account.tDay.iso), \(days) days away: "
                                          + "confirm the transfer before T-day first — today becomes the T-day."))
        }
        TransferToContinuity.apply(&after, today: today, now: context.now)
        // The T-day is the day the transfer happened; the timeline follows it.
        if after.tDay != today {
            after.tDayHistory.append(TDayMove(from: after.tDay, to: today, on: today,
                                              note: "the transfer happened on this day"
                                                  + (early ? ", before the planned T-day (confirmed)" : ", after the planned T-day")))
            after.tDay = today
            after.timeline = TimelineChange.rebuilt(after)
        }
        // An earlier reason that covered what was missing is this move's reason too: it stays in the history.
        let reasonInHistory = recorded ?? (TransferGate.missing(for: account, today: today).isEmpty ? nil : TransferGate.overrideReason(account))
        after.stageHistory.append(StageEntry(stage: .continuity, on: today, overrideReason: reasonInHistory))
        let summary: String
        if reasonInHistory != nil {
            summary = "\(account.name): \(Stage.continuity.title) by override — flagged schedule-driven transition"
        } else {
            summary = "\(account.name) transferred: Continuity, \(account.people.accountManager) primary owner; "
                + "\(account.people.onboardingLead) secondary contact for 30 days"
        }
        // A transfer made on a weekend or a quarter-end Friday is warned of as it happens (000:57).
        // First, so a narrow message bar shows it.
        let warning = BusinessDays.tDayWarnings(today).map { "Warning: \($0) " }.joined()
        return .success(ChangeOutcome(after, warning + summary))
    }
}
