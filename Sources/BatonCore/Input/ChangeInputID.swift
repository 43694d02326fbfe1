/// Every kind of change a lead can make to an account, named with what it is about (the
/// condition, the risk, the step…): the key to its one input definition. A form on screen keeps
/// it (it survives as a draft), the shell's commands name it, and `input(for:)` gives the fields
/// and the function that makes the change.
public enum ChangeInputID: Codable, Hashable, Sendable {
    case markMet(ReadinessCondition), markNotMet(ReadinessCondition), clearMark(ReadinessCondition), recordRun
    case markActionDone(ReadinessCondition), delayNotice(DelayNotice.Audience)
    case addRisk, editRisk(String), closeRisk(String), materialiseRisk(String), moveReview(String)
    case rerate(String, likelihood: Bool)
    case addIssue, editIssue(String), closeIssue(String), recommitIssue(String), rescopeIssue(String)
    case health, sentimentNote, interaction
    case tickStep(String), untickStep(String), tickStepOn(String), moveStep(String), addStep, changeTDay, changeTransition
    case stage(Stage)
    case crmArea(CRMArea, complete: Bool), crmAreaNote(CRMArea), tDayChange(TDayChange, done: Bool), firstTouchpoint, transferOverride
    case libraryDocument(LibraryDocument, filed: Bool)
    case recordMeeting(Meeting.Kind), review(MeetingInputs.Decision, itemID: String)
    case identity, contract, people
    case addContact, editContact(String)
    case addMilestone, editMilestone(String), completeMilestone(String), reopenMilestone(String)
    case exitDone(ExitComponent), exitNotDone(ExitComponent)
    case handoverSection(HandoverSection), handoverStep(HandoverStep, done: Bool)
    case archive, restore

    /// The fields and the maker of this change, filled from `account` as it stands (nil: blank,
    /// for help text).
    public func input(for account: Account?) -> ChangeInput<AccountChange> {
        switch self {
        case .markMet(let c): ReadinessInputs.markMet(c, account: account)
        case .markNotMet(let c): ReadinessInputs.markNotMet(c, account: account)
        case .clearMark(let c): ReadinessInputs.clearMark(c)
        case .recordRun: MeetingInputs.run(account: account)
        case .markActionDone(let c): NotMetLoopInputs.actionDone(c, account: account)
        case .delayNotice(let audience): NotMetLoopInputs.delayNotice(audience, account: account)
        case .addRisk: RiskInputs.risk(nil, account: account)
        case .editRisk(let id): RiskInputs.risk(id, account: account)
        case .closeRisk(let id): RiskInputs.close(id, account: account)
        case .materialiseRisk(let id): RiskInputs.materialise(id, account: account)
        case .moveReview(let id): RiskInputs.moveReview(id, account: account)
        case .rerate(let id, let likelihood): RiskInputs.rerate(id, likelihood: likelihood, account: account)
        case .addIssue: IssueInputs.add(account: account)
        case .editIssue(let id): IssueInputs.edit(id, account: account)
        case .closeIssue(let id): IssueInputs.close(id, account: account)
        case .recommitIssue(let id): IssueInputs.recommit(id, account: account)
        case .rescopeIssue(let id): IssueInputs.rescope(id, account: account)
        case .health: NoteInputs.health(account: account)
        case .sentimentNote: NoteInputs.sentimentNote(account: account)
        case .interaction: NoteInputs.interaction(account: account)
        case .tickStep(let id): TimelineInputs.tick(id, account: account)
        case .untickStep(let id): TimelineInputs.untick(id, account: account)
        case .tickStepOn(let id): TimelineInputs.tickOn(id, account: account)
        case .moveStep(let id): TimelineInputs.move(id, account: account)
        case .addStep: TimelineInputs.addStep(account: account)
        case .changeTDay: TimelineInputs.changeTDay(account: account)
        case .changeTransition: TimelineInputs.changeTransition(account: account)
        case .stage(let stage): StageInputs.move(to: stage, account: account)
        case .crmArea(let area, let complete): TransferInputs.area(area, complete: complete)
        case .crmAreaNote(let area): TransferInputs.areaNote(area, account: account)
        case .tDayChange(let change, let done): TransferInputs.change(change, done: done)
        case .firstTouchpoint: TransferInputs.firstTouchpoint(account: account)
        case .transferOverride: TransferInputs.override(account: account)
        case .libraryDocument(let doc, let filed): TransferInputs.document(doc, filed: filed)
        case .recordMeeting(let kind): MeetingInputs.record(kind, account: account)
        case .review(let decision, let id): MeetingInputs.review(decision, itemID: id, account: account)
        case .identity: ProfileInputs.identity(account: account)
        case .contract: ProfileInputs.contract(account: account)
        case .people: ProfileInputs.people(account: account)
        case .addContact: ContactInputs.contact(nil, account: account)
        case .editContact(let id): ContactInputs.contact(id, account: account)
        case .addMilestone: MilestoneInputs.milestone(nil, account: account)
        case .editMilestone(let id): MilestoneInputs.milestone(id, account: account)
        case .completeMilestone(let id): MilestoneInputs.complete(id, account: account)
        case .reopenMilestone(let id): MilestoneInputs.reopen(id, account: account)
        case .exitDone(let component): ExitInputs.done(component, account: account)
        case .exitNotDone(let component): ExitInputs.notDone(component)
        case .handoverSection(let section): HandoverInputs.section(section, account: account)
        case .handoverStep(let step, let done): HandoverInputs.step(step, done: done, account: account)
        case .archive: ArchiveInputs.archive(account: account)
        case .restore: ArchiveInputs.restore()
        }
    }

    /// The risk or open issue the change is about; nil for one being added or another kind.
    public var itemID: String? {
        switch self {
        case .editRisk(let id), .closeRisk(let id), .materialiseRisk(let id), .moveReview(let id), .rerate(let id, _),
             .editIssue(let id), .closeIssue(let id), .recommitIssue(let id), .rescopeIssue(let id), .review(_, let id): id
        default: nil
        }
    }
}
