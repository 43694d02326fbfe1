import Foundation

/// The T-day walkthrough: changes through the one door (`AccountChange`). The record changes
/// hands only once the nine CRM areas are complete; each of the five T-day changes is ticked
/// with the time it was done.
public enum TransferChange: Equatable, Sendable, Codable {
    case markArea(CRMArea, complete: Bool)
    case areaNote(CRMArea, String)
    /// Done now. Refused until all nine areas are complete; the first touchpoint is ticked by
    /// scheduling it.
    case tick(TDayChange)
    case untick(TDayChange)
    /// T-day change 5: the account manager's first touchpoint, with date, agenda and owner. Ticks it.
    case scheduleFirstTouchpoint(on: CalendarDate, agenda: String, owner: String)
    /// The lead's reason for recording the T-day changes on an account that is not Cleared or has
    /// not finished its exit: given before the first change, flagged "schedule-driven transition".
    case overrideForTransfer(reason: String)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        switch self {
        case .markArea(let area, let complete):
            let i = Self.areaIndex(area, in: &after)
            after.crmTransfer.areas[i].complete = complete
            let pct = Int((KnowledgeTransfer.completeness(of: after.crmTransfer) * 100).rounded())
            return .success(ChangeOutcome(after, "\(area.title): \(complete ? "Complete" : "Incomplete") — knowledge transfer \(pct)%"))

        case .areaNote(let area, let note):
            let i = Self.areaIndex(area, in: &after)
            after.crmTransfer.areas[i].note = RuleText.trimmed(note)
            return .success(ChangeOutcome(after, "\(area.title): note saved"))

        case .tick(let change):
            if let refusal = Self.areasFirst(account) { return .failure(refusal) }
            if let refusal = Self.gateFirst(account, today: context.today) { return .failure(refusal) }
            if change == .firstTouchpointScheduled && account.crmTransfer.firstTouchpoint == nil {
                return .failure(ChangeRefusal("Schedule the first touchpoint first: date, agenda and owner."))
            }
            let i = Self.changeIndex(change, in: &after)
            guard after.crmTransfer.changes[i].doneAt == nil else {
                return .failure(ChangeRefusal("\(change.title): already done."))
            }
            after.crmTransfer.changes[i].doneAt = context.now.wholeSeconds
            return .success(ChangeOutcome(after, "\(change.title): done at \(context.now.clockTime(in: context.timeZone))"))

        case .untick(let change):
            let i = Self.changeIndex(change, in: &after)
            after.crmTransfer.changes[i].doneAt = nil
            return .success(ChangeOutcome(after, "\(change.title): not done"))

        case .scheduleFirstTouchpoint(let day, let agenda, let owner):
            guard day >= context.today else {
                return .failure(ChangeRefusal("Refused: the first touchpoint is in the past (\(day.iso))."))
            }
            guard !RuleText.isBlank(owner) else { return .failure(ChangeRefusal("The first touchpoint needs an owner.")) }
            after.crmTransfer.firstTouchpoint = Touchpoint(on: day, agenda: RuleText.trimmed(agenda), owner: RuleText.trimmed(owner))
            if Self.areasFirst(account) == nil, TransferGate.allowsChanges(account, today: context.today) {
                let i = Self.changeIndex(.firstTouchpointScheduled, in: &after)
                after.crmTransfer.changes[i].doneAt = context.now.wholeSeconds
            }
            return .success(ChangeOutcome(after, "First touchpoint: \(day.iso) with \(RuleText.trimmed(owner))"))

        case .overrideForTransfer(let reason):
            guard account.stage < .continuity else {
                return .failure(ChangeRefusal("Already transferred: \(account.stage.title)."))
            }
            guard !TransferGate.blockers(for: account, today: context.today).isEmpty else {
                return .failure(ChangeRefusal("Nothing to override: readiness is Cleared and the exit is done."))
            }
            guard !RuleText.isBlank(reason) else { return .failure(ChangeRefusal(StageGateError.overrideReasonRequired.message)) }
            after.stageOverride = StageOverride(reason: RuleText.trimmed(reason),
                                                by: context.by.isEmpty ? account.people.onboardingLead : context.by,
                                                on: context.today, toStage: .continuity)
            return .success(ChangeOutcome(after, "\(account.name): T-day changes by override — flagged schedule-driven transition"))
        }
    }

    /// The stage gate before the first change: nothing is recorded on an account that is not
    /// Cleared, or whose exit is not done, until the lead has given the reason.
    static func gateFirst(_ account: Account, today: CalendarDate) -> ChangeRefusal? {
        guard !TransferGate.allowsChanges(account, today: today) else { return nil }
        let blockers = TransferGate.blockers(for: account, today: today)
        return ChangeRefusal("Not recorded: \(blockers.first ?? "the gate stands") Give the override reason first, or close the gaps.")
    }

    /// Nine areas first: the record changes hands only once it is complete.
    static func areasFirst(_ account: Account) -> ChangeRefusal? {
        let missing = KnowledgeTransfer.incompleteAreas(of: account.crmTransfer)
        guard !missing.isEmpty else { return nil }
        let total = CRMArea.allCases.count
        return ChangeRefusal("Complete the nine CRM areas first: \(total - missing.count) of \(total) "
                             + "(\(missing.map(\.title).joined(separator: ", ")))")
    }

    /// The area's row, added if an older record lacks it.
    static func areaIndex(_ area: CRMArea, in account: inout Account) -> Int {
        if let i = account.crmTransfer.areas.firstIndex(where: { $0.area == area }) { return i }
        account.crmTransfer.areas.append(CRMAreaCheck(area: area))
        return account.crmTransfer.areas.count - 1
    }

    static func changeIndex(_ change: TDayChange, in account: inout Account) -> Int {
        if let i = account.crmTransfer.changes.firstIndex(where: { $0.change == change }) { return i }
        account.crmTransfer.changes.append(TDayChangeCheck(change: change))
        return account.crmTransfer.changes.count - 1
    }
}
