import BatonCore
import Foundation

/// What a submitted form becomes: the account after the change and a sentence for the hint bar —
/// or the reason it is refused, which stays on the form.
enum FormSubmission {
    static func apply(_ form: FormState, to account: Account, today: CalendarDate,
                      now: Date) -> Result<(Account, String), Refusal> {
        switch form.purpose {
        case .evidence(let c):
            return ReadinessForms.markMet(form, condition: c, account: account, today: today)
                .map { ($0, "\(account.name): condition \(c.number) Met") }
        case .gapAction(let c):
            return ReadinessForms.markNotMet(form, condition: c, account: account, today: today)
                .map { ($0, "\(account.name): condition \(c.number) Not Met — \(form.value("Owner")) by \($0.readiness[c].action?.deadline.iso ?? "")") }
        case .crmNote(let area):
            var after = account
            guard let i = after.crmTransfer.areas.firstIndex(where: { $0.area == area }) else { return .failure(Refusal("No such area.")) }
            after.crmTransfer.areas[i].note = form.value("Note")
            return .success((after, "\(area.title): note saved"))
        case .firstTouchpoint:
            guard let day = form.date("Date", today: today) else { return .failure(Refusal("Date is needed.")) }
            guard day >= today else { return .failure(Refusal("Refused: the first touchpoint is in the past (\(day.iso)).")) }
            var after = account
            after.crmTransfer.firstTouchpoint = Touchpoint(on: day, agenda: form.value("Agenda"), owner: form.value("Owner"))
            if let i = after.crmTransfer.changes.firstIndex(where: { $0.change == .firstTouchpointScheduled }) {
                after.crmTransfer.changes[i].doneAt = now.wholeSeconds
            }
            return .success((after, "First touchpoint: \(day.iso) with \(form.value("Owner"))"))
        case .overrideReason(let stage):
            var after = account
            do {
                if stage == .continuity {
                    try TransferToContinuity.apply(&after, today: today, overrideReason: form.value("Reason"))
                } else {
                    try StageGate.advance(&after, to: stage, today: today, overrideReason: form.value("Reason"),
                                          by: account.people.onboardingLead)
                }
            } catch let error as StageGateError {
                return .failure(Refusal(error.message))
            } catch {
                return .failure(Refusal("\(error)"))
            }
            return .success((after, "\(account.name): \(stage.title) by override — flagged schedule-driven transition"))
        case .attendees:
            return .failure(Refusal("Nothing to save."))
        case .reviewDecision(let decision, let itemID):
            return PostTransitionReview.apply(form, decision: decision, itemID: itemID, to: account, today: today)
        case .moveTimelineItem, .addTimelineItem, .changeTDay, .changeTransition:
            return TimelineForms.apply(form, to: account, today: today)
        case .health, .sentimentNote, .interaction:
            return AccountNoteForms.apply(form, to: account, today: today, now: now)
        case .register(let change):
            return change.apply(form, to: account, today: today)
        case .accountCard:
            return .failure(Refusal("The account card saves its own forms."))
        }
    }
}
