/// Every case of `AccountChange`, flat: what a test enumerates to hold that each kind of change
/// has a way in from the shell as well as the dashboard. `AccountChange.kind` switches over every
/// case, so a new case does not compile until it is named here.
public enum ChangeKind: String, CaseIterable, Sendable {
    case markMet, markNotMet, clearMark, recordRun, markActionDone, recordDelayNotice
    case addRisk, editRisk, closeRisk, materialiseRisk, moveReview, changeLikelihood, changeImpact
    case addIssue, editIssue, closeIssue, recommitIssue, rescopeIssue
    case tickStep, tickStepOn, untickStep, moveStep, addStep, changeTDay, changeTransition
    case setHealth, addSentimentNote, logInteraction
    case stageForward, stageBack, transfer
    case markArea, fileDocument, areaNote, tickTDayChange, untickTDayChange, scheduleFirstTouchpoint, overrideForTransfer
    case recordMeeting, reviewDecision
    case editIdentity, editContract, editPeople
    case addContact, editContact
    case addMilestone, editMilestone, completeMilestone, reopenMilestone
    case exitDone, exitNotDone
    case handoverSection, handoverMark, handoverUnmark
    case archive, restore
    case importValues
}

extension AccountChange {
    public var kind: ChangeKind {
        switch self {
        case .readiness(let c):
            switch c {
            case .markMet: .markMet
            case .markNotMet: .markNotMet
            case .clearMark: .clearMark
            case .recordRun: .recordRun
            case .markActionDone: .markActionDone
            case .recordDelayNotice: .recordDelayNotice
            }
        case .register(let c):
            switch c {
            case .addRisk: .addRisk
            case .editRisk: .editRisk
            case .closeRisk: .closeRisk
            case .materialiseRisk: .materialiseRisk
            case .moveReview: .moveReview
            case .changeLikelihood: .changeLikelihood
            case .changeImpact: .changeImpact
            case .addIssue: .addIssue
            case .editIssue: .editIssue
            case .closeIssue: .closeIssue
            case .recommitIssue: .recommitIssue
            case .rescopeIssue: .rescopeIssue
            }
        case .timeline(let c):
            switch c {
            case .tick: .tickStep
            case .tickOn: .tickStepOn
            case .untick: .untickStep
            case .move: .moveStep
            case .addStep: .addStep
            case .changeTDay: .changeTDay
            case .changeTransition: .changeTransition
            }
        case .notes(let c):
            switch c {
            case .setHealth: .setHealth
            case .addSentimentNote: .addSentimentNote
            case .logInteraction: .logInteraction
            }
        case .stage(let c):
            switch c {
            case .forward: .stageForward
            case .back: .stageBack
            case .transfer: .transfer
            }
        case .transfer(let c):
            switch c {
            case .markArea: .markArea
            case .fileDocument: .fileDocument
            case .areaNote: .areaNote
            case .tick: .tickTDayChange
            case .untick: .untickTDayChange
            case .scheduleFirstTouchpoint: .scheduleFirstTouchpoint
            case .overrideForTransfer: .overrideForTransfer
            }
        case .meeting(let c):
            switch c {
            case .record: .recordMeeting
            case .review: .reviewDecision
            }
        case .profile(let c):
            switch c {
            case .editIdentity: .editIdentity
            case .editContract: .editContract
            case .editPeople: .editPeople
            }
        case .contacts(let c):
            switch c {
            case .add: .addContact
            case .edit: .editContact
            }
        case .milestones(let c):
            switch c {
            case .add: .addMilestone
            case .edit: .editMilestone
            case .complete: .completeMilestone
            case .reopen: .reopenMilestone
            }
        case .exit(let c):
            switch c {
            case .markDone: .exitDone
            case .markNotDone: .exitNotDone
            }
        case .handover(let c):
            switch c {
            case .setSection: .handoverSection
            case .mark: .handoverMark
            case .unmark: .handoverUnmark
            }
        case .archive(let c):
            switch c {
            case .archive: .archive
            case .restore: .restore
            }
        case .crm(let c):
            switch c {
            case .importValues: .importValues
            }
        }
    }
}
