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
    /// The T-day change the lead asked for while the override reason is being asked: recorded
    /// once the reason is given, never if the lead backs out.
    public var pendingTick: TDayChange?

    public init(account: Account, now: Date) {
        accountID = account.id
        startedAt = now.wholeSeconds
    }

    public static func rows(for account: Account) -> [Row] {
        let steps = sequenceKeys.filter { key in account.timeline.contains { $0.templateKey == key } }
        return CRMArea.allCases.map(Row.area) + TDayChange.allCases.map(Row.change) + steps.map(Row.step)
    }
}
