import Foundation

/// What happens when the stage advances on T-day (000:452, change 1), once the gate has let the
/// account through: Continuity, the account manager primary owner, the onboarding lead secondary
/// contact for 30 days, change 1 ticked, the CRM exit confirmation done with it, and the record
/// as it stood kept for the audit.
public enum TransferToContinuity {
    public static let secondaryContactDays = 30

    static func apply(_ account: inout Account, today: CalendarDate, now: Date) {
        let incomplete = KnowledgeTransfer.incompleteAreas(of: account)
        account.stage = .continuity
        account.people.primaryOwner = account.people.accountManager
        account.people.leadSecondaryContactUntil = today.adding(days: secondaryContactDays)
        let i = TransferChange.changeIndex(.stageAdvanced, in: &account)
        account.crmTransfer.changes[i].doneAt = now.wholeSeconds
        // Component 5 of the exit is the change of ownership in the system of record (000:189).
        let exit = ExitChange.index(of: .crmExitConfirmation, in: &account)
        if account.exit[exit].doneOn == nil {
            account.exit[exit].doneOn = today
            account.exit[exit].reference = confirmationReference
        }
        account.crmTransfer.atTransfer = CRMSnapshot(on: today, incomplete: incomplete)
    }

    /// Moving back out of Continuity undoes what the move itself made: change 1 and the exit
    /// confirmation it wrote. What the lead recorded by hand stays.
    static func undo(_ account: inout Account) {
        let i = TransferChange.changeIndex(.stageAdvanced, in: &account)
        account.crmTransfer.changes[i].doneAt = nil
        let exit = ExitChange.index(of: .crmExitConfirmation, in: &account)
        if account.exit[exit].reference == confirmationReference {
            account.exit[exit].doneOn = nil
            account.exit[exit].reference = nil
        }
        account.crmTransfer.atTransfer = nil
    }

    static let confirmationReference = "the T-day changes in the CRM"
}
