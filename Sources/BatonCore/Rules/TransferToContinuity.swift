/// What happens on T-day beyond the ticks: the account moves to Continuity, the account manager
/// becomes the primary owner, and the onboarding lead stays secondary contact for 30 days.
public enum TransferToContinuity {
    public static let secondaryContactDays = 30

    /// Moves the account to Continuity through the stage gate (an override reason lets an
    /// account that is not Cleared through, flagged for good).
    static func apply(_ account: inout Account, today: CalendarDate, overrideReason: String?) throws {
        try StageGate.advance(&account, to: .continuity, today: today, overrideReason: overrideReason,
                              by: account.people.onboardingLead)
        account.people.primaryOwner = account.people.accountManager
        account.people.leadSecondaryContactUntil = today.adding(days: secondaryContactDays)
    }
}
