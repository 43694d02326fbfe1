import Foundation

/// The T-day walkthrough: changes through the one door (`AccountChange`). The record changes
/// hands only once the nine CRM areas are complete; each of the five T-day changes is ticked
/// with the time it was done.
public enum TransferChange: Equatable, Sendable, Codable {
    /// The lead's tick, for an area the record cannot show; one the record shows is refused with what it lacks.
    case markArea(CRMArea, complete: Bool)
    /// One of the library's documents the record cannot show (the signed welcome pack, the
    /// kick-off minutes, the customer success summary), filed or not.
    case fileDocument(LibraryDocument, filed: Bool)
    case areaNote(CRMArea, String)
    /// Done now, and set as it says: change 2 makes the account manager the primary owner, change
    /// 3 keeps the lead as secondary contact for 30 days, change 4 moves the account's load to the
    /// account manager. Refused until all nine areas are complete and what precedes T-day is done
    /// (or overridden); the first touchpoint is ticked by scheduling it. Change 1 is the stage
    /// advancing: the transfer itself, through its gate.
    case tick(TDayChange)
    /// Not done after all, before the transfer: what the tick set is set back.
    case untick(TDayChange)
    /// T-day change 5: the account manager's first touchpoint, with date, agenda and owner. Ticks it.
    case scheduleFirstTouchpoint(on: CalendarDate, agenda: String, owner: String)
    /// The lead's reason for recording the T-day changes on an account that is not Cleared, whose
    /// meetings are not held or whose exit is not finished: given before the first change, it
    /// covers those steps (not the CRM areas or the changes), flagged "schedule-driven transition".
    case overrideForTransfer(reason: String)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        switch self {
        case .markArea(let area, let complete):
            // Where the record shows the area, the record decides: a tick cannot say a sponsor is tagged.
            if let gaps = CRMRecordCheck.gaps(area, in: account) {
                return .failure(ChangeRefusal("\(area.title) is judged against the record: "
                                              + (gaps.isEmpty ? "complete." : gaps.joined(separator: "; ") + ". Complete the record first.")))
            }
            let i = Self.areaIndex(area, in: &after)
            after.crmTransfer.areas[i].complete = complete
            let pct = Int((KnowledgeTransfer.completeness(of: after) * 100).rounded())
            return .success(ChangeOutcome(after, "\(area.title): \(complete ? "Complete" : "Incomplete") — knowledge transfer \(pct)%"))

        case .fileDocument(let doc, let filed):
            if let shown = CRMRecordCheck.shownByRecord(doc, account) {
                return .failure(ChangeRefusal("\(doc.title) is shown by the record: \(shown ? "on file" : "not on file yet") — "
                                              + "it follows the record, not a tick."))
            }
            after.crmTransfer.filed.removeAll { $0 == doc }
            if filed { after.crmTransfer.filed.append(doc) }
            after.crmTransfer.filed = LibraryDocument.allCases.filter(after.crmTransfer.filed.contains)
            let present = CRMRecordCheck.documents(of: after).filter(\.present).count
            return .success(ChangeOutcome(after, "\(doc.title): \(filed ? "filed" : "not filed") — document library \(present) of 8"))

        case .areaNote(let area, let note):
            let i = Self.areaIndex(area, in: &after)
            after.crmTransfer.areas[i].note = RuleText.trimmed(note)
            return .success(ChangeOutcome(after, "\(area.title): note saved"))

        case .tick(.stageAdvanced):
            // Change 1 is the stage advancing: the transfer itself, through its gate.
            guard account.stage < .continuity else { return .failure(ChangeRefusal("\(TDayChange.stageAdvanced.title): already done.")) }
            return StageChange.transfer(account, reason: nil, early: false, context: context)

        case .tick(let change):
            guard account.stage < .continuity else { return .failure(ChangeRefusal("\(change.title): already done — \(account.name) has transferred.")) }
            if let refusal = Self.areasFirst(account) { return .failure(refusal) }
            if let refusal = Self.gateFirst(account, today: context.today) { return .failure(refusal) }
            if change == .firstTouchpointScheduled && account.crmTransfer.firstTouchpoint == nil {
                return .failure(ChangeRefusal("Schedule the first touchpoint first: date, agenda and owner."))
            }
            let i = Self.changeIndex(change, in: &after)
            guard after.crmTransfer.changes[i].doneAt == nil else {
                return .failure(ChangeRefusal("\(change.title): already done."))
            }
            // Each change sets what it says (000:452); change 4 moves the account's load, read from its tick.
            switch change {
            case .primaryOwnerChanged:
                guard !RuleText.isBlank(account.people.accountManager) else {
                    return .failure(ChangeRefusal("Name the incoming account manager first: the primary owner changes to them."))
                }
                after.people.primaryOwner = account.people.accountManager
            case .leadMovedToSecondary:
                after.people.leadSecondaryContactUntil = context.today.adding(days: TransferToContinuity.secondaryContactDays)
            case .stageAdvanced, .reportingUpdated, .firstTouchpointScheduled:
                break
            }
            after.crmTransfer.changes[i].doneAt = context.now.wholeSeconds
            return .success(ChangeOutcome(after, "\(change.title): done at \(context.now.clockTime(in: context.timeZone))"))

        case .untick(let change):
            guard account.stage < .continuity else {
                return .failure(ChangeRefusal("\(account.name) has transferred: the T-day changes stand. Move it back a stage (<) first."))
            }
            let i = Self.changeIndex(change, in: &after)
            guard after.crmTransfer.changes[i].doneAt != nil else { return .failure(ChangeRefusal("\(change.title): not done.")) }
            after.crmTransfer.changes[i].doneAt = nil
            switch change {
            case .primaryOwnerChanged: after.people.primaryOwner = account.people.onboardingCoordinator
            case .leadMovedToSecondary: after.people.leadSecondaryContactUntil = nil
            case .stageAdvanced, .reportingUpdated, .firstTouchpointScheduled: break
            }
            return .success(ChangeOutcome(after, "\(change.title): not done"))

        case .scheduleFirstTouchpoint(let day, let agenda, let owner):
            guard day >= context.today else {
                return .failure(ChangeRefusal("Refused: the first touchpoint is in the past (\(day.iso))."))
            }
            guard !RuleText.isBlank(owner) else { return .failure(ChangeRefusal("The first touchpoint needs an owner.")) }
            // A date proposed to the customer falls on a business day.
            guard BusinessDays.isBusinessDay(day) else {
                return .failure(ChangeRefusal("Refused: \(day.iso) is a \(DocumentDate.weekdays[day.weekday - 1]) — the first touchpoint "
                                              + "is proposed to the customer on a business day (\(BusinessDays.next(onOrAfter: day).iso)?)."))
            }
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
            let blockers = TransferGate.beforeTDayBlockers(for: account, today: context.today)
            guard !blockers.isEmpty else {
                return .failure(ChangeRefusal("Nothing to override: readiness is Cleared, the meetings are held and the exit is done."))
            }
            guard !RuleText.isBlank(reason) else { return .failure(ChangeRefusal(StageGateError.overrideReasonRequired.message)) }
            let covered = TransferGate.covered(account).union(blockers.map(\.step))
            after.stageOverride = StageOverride(reason: RuleText.trimmed(reason),
                                                by: context.by.isEmpty ? account.people.onboardingLead : context.by,
                                                on: context.today, toStage: .continuity,
                                                missing: TransferStep.allCases.filter(covered.contains))
            return .success(ChangeOutcome(after, "\(account.name): T-day changes by override — flagged schedule-driven transition"))
        }
    }

    /// The gate before the first change: nothing is recorded on an account that is not Cleared,
    /// whose meetings are not held or whose exit is not done, until the lead has given the reason.
    static func gateFirst(_ account: Account, today: CalendarDate) -> ChangeRefusal? {
        let blockers = TransferGate.beforeTDayBlockers(for: account, today: today)
        guard let first = blockers.first else { return nil }
        return ChangeRefusal("Not recorded: \(first.text) Give the override reason first, or close the gaps."
                             + (blockers.count > 1 ? " (\(blockers.count - 1) more: \(blockers.dropFirst().map(\.step.title).joined(separator: ", ")))" : ""))
    }

    /// Nine areas first: the record changes hands only once it is complete.
    static func areasFirst(_ account: Account) -> ChangeRefusal? {
        let missing = KnowledgeTransfer.incompleteAreas(of: account)
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
