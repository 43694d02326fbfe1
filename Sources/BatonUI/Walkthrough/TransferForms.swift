import BatonCore
import Foundation

/// The few things the walkthrough asks for in words: an area's note, the first touchpoint, and —
/// when readiness is not Cleared — the reason the lead is transferring anyway.
enum TransferForms {
    static func note(for area: CRMArea, account: Account) -> FormState {
        let old = account.crmTransfer.areas.first { $0.area == area }?.note ?? ""
        return FormState(title: "\(area.title) — note", purpose: .crmNote(area), accountID: account.id,
                         fields: [FormField(.crmNote, "Note", .multiLine, text: old, required: false, hint: "what is there, what is missing")])
    }

    static func firstTouchpoint(account: Account) -> FormState {
        FormState(title: "The account manager's first touchpoint", purpose: .firstTouchpoint, accountID: account.id,
                  fields: [FormField(.touchpointDate, "Date", .date, hint: "fri, +1w, 2026-12-01"),
                           FormField(.touchpointAgenda, "Agenda", hint: "what the first conversation is for"),
                           FormField(.touchpointOwner, "Owner", text: account.people.accountManager)],
                  guidance: ["T-day change 5: the next customer interaction is scheduled — date, agenda and owner."])
    }

    static func overrideReason(to stage: Stage, account: Account, gaps: [ReadinessGap]) -> FormState {
        var guidance = ["Readiness is NOT CLEARED: \(stage.title) needs a Cleared verdict.",
                        "The schedule never silently overrides the assessment. An override needs a reason,",
                        "and the account stays flagged \"schedule-driven transition\" everywhere it appears."]
        guidance += gaps.map { "Gap \($0.condition.number): \($0.reason)" }
        return FormState(title: "Override the stage gate? (\(stage.title))", purpose: .overrideReason(stage),
                         accountID: account.id,
                         fields: [FormField(.overrideReason, "Reason", .multiLine, hint: "why this account moves before it is ready")],
                         guidance: guidance)
    }
}

extension TransferForms {
    /// Asked before the first T-day change on an account the gate would stop: not Cleared, or
    /// its exit (completion report, signed sign-off) not done.
    static func transferOverride(account: Account, blockers: [String]) -> FormState {
        var guidance = ["The T-day changes are recorded only on a Cleared account whose onboarding has ended.",
                        "The schedule never silently overrides the assessment: give the reason first, and",
                        "the account stays flagged \"schedule-driven transition\" everywhere it appears."]
        guidance += blockers
        return FormState(title: "Record the T-day changes anyway?", purpose: .transferOverride, accountID: account.id,
                         fields: [FormField(.overrideReason, "Reason", .multiLine, hint: "why this account transfers before it is ready")],
                         guidance: guidance)
    }

    /// Asked before a transfer ahead of the planned T-day: the T-day becomes today.
    static func earlyTransfer(account: Account, today: CalendarDate) -> FormState {
        let days = today.days(until: account.tDay)
        let choices = [FieldChoice("no", "No — wait for T-day", key: "n"), FieldChoice("yes", "Yes — transfer today", key: "y")]
        return FormState(title: "Transfer \(days) days before T-day?", purpose: .earlyTransfer, accountID: account.id,
                         fields: [FormField(.confirmEarly, "Transfer today", .choice(choices), text: "no")],
                         guidance: ["T-day is \(account.tDay.iso) (\(account.tDayLabel(today: today))).",
                                    "Transferring now makes today the T-day; the timeline follows it."])
    }
}

extension FieldKey {
    static let confirmEarly = FieldKey("transfer.confirmEarly")
    static let crmNote = FieldKey("transfer.areaNote")
    static let touchpointDate = FieldKey("transfer.touchpointDate")
    static let touchpointAgenda = FieldKey("transfer.touchpointAgenda")
    static let touchpointOwner = FieldKey("transfer.touchpointOwner")
    static let overrideReason = FieldKey("stage.overrideReason")
}
