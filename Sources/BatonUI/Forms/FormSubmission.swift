import BatonCore
import Foundation

/// What a submitted form becomes: the change it describes, for the core's one door — or, when
/// what was typed cannot be read (a rating that is not green, amber or red), the reason, which
/// stays on the form. The domain's rules are not judged here: the core refuses or accepts.
enum FormSubmission {
    static func change(_ form: FormState, account: Account, today: CalendarDate,
                       now: Date) -> Result<AccountChange, ChangeRefusal> {
        switch form.purpose {
        case .evidence(let c):
            return ReadinessForms.markMet(form, condition: c, today: today)
        case .gapAction(let c):
            return ReadinessForms.markNotMet(form, condition: c, today: today)
        case .crmNote(let area):
            return .success(.transfer(.areaNote(area, form.value(.crmNote))))
        case .firstTouchpoint:
            guard let day = form.date(.touchpointDate, today: today) else { return .failure(ChangeRefusal("Date is needed.")) }
            return .success(.transfer(.scheduleFirstTouchpoint(on: day, agenda: form.value(.touchpointAgenda),
                                                               owner: form.value(.touchpointOwner))))
        case .overrideReason(let stage):
            let reason = form.value(.overrideReason)
            if stage == .continuity { return .success(.stage(.transfer(overrideReason: reason))) }
            return .success(.stage(stage > account.stage ? .forward(to: stage, overrideReason: reason) : .back(to: stage)))
        case .transferOverride:
            return .success(.transfer(.overrideForTransfer(reason: form.value(.overrideReason))))
        case .transfer:
            let asksEarly = form.fields.contains { $0.key == .confirmEarly }
            if asksEarly, form.value(.confirmEarly) != "yes" {
                return .failure(ChangeRefusal("Pick “yes” to transfer today, or Esc to wait for T-day."))
            }
            let asksReason = form.fields.contains { $0.key == .overrideReason }
            return .success(.stage(.transfer(overrideReason: asksReason ? form.value(.overrideReason) : nil, early: asksEarly)))
        case .attendees, .skipSection:
            // Kept in the meeting until it closes: the meeting's record is the change.
            return .failure(ChangeRefusal("Nothing to save."))
        case .reviewDecision(let decision, let itemID):
            return PostTransitionReview.change(form, decision: decision, itemID: itemID, account: account, today: today)
        case .moveTimelineItem, .tickTimelineItemOn, .addTimelineItem, .changeTDay, .changeTransition:
            return TimelineForms.change(form, today: today)
        case .health, .sentimentNote, .interaction:
            return AccountNoteForms.change(form, account: account, today: today, now: now)
        case .register(let purpose):
            return purpose.change(form, today: today)
        case .startOwnPortfolio, .newAccount, .archive, .importFile:
            // Submitted through PortfolioSetupUpdate: they add an account or change the store.
            return .failure(ChangeRefusal("Nothing to save."))
        case .accountCard:
            return .failure(ChangeRefusal("The account card saves its own forms."))
        }
    }
}
