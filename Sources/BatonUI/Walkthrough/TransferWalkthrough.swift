import BatonCore
import Foundation

/// The T-day walkthrough held with the incoming account manager: the nine CRM areas, the five
/// T-day changes ticked with their times, and the transfer-day sequence.
public struct TransferWalkthrough: Equatable, Sendable {
    public enum Row: Equatable, Sendable {
        case area(CRMArea)
        case change(TDayChange)
        /// A timeline step of the transfer-day sequence, by template key.
        case step(String)
    }

    /// T−3, T−1, T-day morning, T-day afternoon, T+7: the sequence around the transfer.
    public static let sequenceKeys = ["handover-document-finalised", "joint-transition-meeting", "tday-walkthrough",
                                      "follow-up-note", "quality-check"]

    public var accountID: String
    public var startedAt: Date
    public var cursor = 0
    public var form: FormState?

    public init(account: Account, now: Date) {
        accountID = account.id
        startedAt = now.wholeSeconds
    }

    public static func rows(for account: Account) -> [Row] {
        let steps = sequenceKeys.filter { key in account.timeline.contains { $0.templateKey == key } }
        return CRMArea.allCases.map(Row.area) + TDayChange.allCases.map(Row.change) + steps.map(Row.step)
    }
}

/// What happens on T-day beyond the ticks: the account moves to Continuity, the account manager
/// becomes the primary owner, and the onboarding lead stays secondary contact for 30 days.
enum TransferToContinuity {
    static let secondaryContactDays = 30

    /// Moves the account to Continuity through the stage gate (an override reason lets an
    /// account that is not Cleared through, flagged for good).
    static func apply(_ account: inout Account, today: CalendarDate, overrideReason: String?) throws {
        try StageGate.advance(&account, to: .continuity, today: today, overrideReason: overrideReason,
                              by: account.people.onboardingLead)
        account.people.primaryOwner = account.people.accountManager
        account.people.leadSecondaryContactUntil = today.adding(days: secondaryContactDays)
    }
}
