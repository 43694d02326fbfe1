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
    /// Asked before the first T-day change on an account the gate would stop: not Cleared, its
    /// meetings not held, or its exit (completion report, signed sign-off) not done.
    static func transferOverride(account: Account, blockers: [TransferBlocker]) -> FormState {
        var guidance = ["The T-day changes are recorded only once what comes before T-day is done.",
                        "The schedule never silently overrides the assessment: give the reason first, and",
                        "the account stays flagged \"schedule-driven transition\" everywhere it appears."]
        guidance += blockers.flatMap(\.lines)
        return FormState(title: "Record the T-day changes anyway?", purpose: .transferOverride, accountID: account.id,
                         fields: [FormField(.overrideReason, "Reason", .multiLine, hint: "why this account transfers before it is ready")],
                         guidance: guidance)
    }

    /// The transfer (T-day change 1, `>` from stage 6) when the gate asks something first: the
    /// reason for the steps missing, listed, and the confirmation when it comes before T-day.
    static func transfer(account: Account, check: TransferCheck, today: CalendarDate) -> FormState {
        var fields: [FormField] = []
        var guidance: [String] = []
        if check.needsReason {
            guidance += ["Not ready to transfer: \(check.blockers.count) step\(check.blockers.count == 1 ? "" : "s") missing."]
            guidance += check.blockers.flatMap(\.lines)
            guidance += ["Finish them (Esc), or give the reason: it is recorded, shown in the audit, and the",
                         "account stays flagged \"schedule-driven transition\" everywhere it appears."]
            fields.append(FormField(.overrideReason, "Reason", .multiLine, hint: "why this account transfers with these missing"))
        }
        if let days = check.daysEarly {
            guidance += ["T-day is \(account.tDay.iso) (\(account.tDayLabel(today: today))), \(days) day\(days == 1 ? "" : "s") away:",
                         "transferring now makes today the T-day; the timeline follows it."]
            let choices = [FieldChoice("no", "No — wait for T-day", key: "n"), FieldChoice("yes", "Yes — transfer today", key: "y")]
            fields.append(FormField(.confirmEarly, "Transfer today", .choice(choices), text: "no"))
        }
        let title = check.needsReason ? "Transfer \(account.name) anyway?" : "Transfer \(days(check)) days before T-day?"
        return FormState(title: title, purpose: .transfer, accountID: account.id, fields: fields, guidance: guidance)
    }

    private static func days(_ check: TransferCheck) -> Int { check.daysEarly ?? 0 }

    /// What `>` from stage 6 and change 1 in the walkthrough show before the transfer: the form
    /// when the core's gate asks something first, nil when the transfer can go ahead as it is.
    static func transferForm(_ account: Account, today: CalendarDate) -> FormState? {
        let check = TransferGate.check(account, today: today)
        return check.isClear ? nil : transfer(account: account, check: check, today: today)
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
