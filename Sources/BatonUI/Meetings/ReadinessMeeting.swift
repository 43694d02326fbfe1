import BatonCore
import Foundation

/// A readiness assessment held live: who is in the room, the six conditions in order, a
/// 30-minute clock, and a close that records the run in the account's history.
public struct ReadinessMeeting: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        case attendees
        case condition(ReadinessCondition)
        case close
        /// After a run that did not clear: who has been told of the delay (000:144–146).
        case notices
        /// Esc during the meeting: leave without recording the run? (the marks made stay made)
        case confirmLeave(returnTo: ReadinessCondition?)
    }

    public static let plannedMinutes = 30

    public var accountID: String
    public var startedAt: Date
    public var phase: Phase = .attendees
    public var attendees: TextField
    /// The evidence or action form open over the current condition.
    public var form: FormState?
    /// Enter was pressed once at the notices with the account-management team not yet told.
    public var warnedOfUntoldDelay = false

    public init(account: Account, now: Date) {
        accountID = account.id
        // Whole seconds: the store keeps timestamps to the second.
        startedAt = now.wholeSeconds
        let people = account.people
        attendees = TextField(label: "Attendees", text: [
            "\(people.onboardingCoordinator) (onboarding operator)",
            "\(people.onboardingLead) (onboarding lead)",
            "\(people.accountManager) (incoming account manager)",
        ].joined(separator: ", "))
    }

    public var attendeeList: [String] {
        attendees.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Seconds left of the 30 minutes; negative once the meeting runs over.
    public func secondsLeft(now: Date) -> Int {
        Self.plannedMinutes * 60 - Int(now.timeIntervalSince(startedAt).rounded(.down))
    }

    /// "23:41 left", or "2:05 over".
    public func clock(now: Date) -> String {
        let left = secondsLeft(now: now)
        let s = abs(left)
        let text = "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
        return left >= 0 ? "\(text) left" : "\(text) over"
    }

    /// What DOMAIN.md says to do when a condition is Not Met, read out at the close.
    public static let notMetGuidance = [
        "Do not transition.",
        "Document the gap: each Not Met has its action, owner and deadline.",
        "Tell the account-management team: there is a delay, and why.",
        "Tell the customer only if the delay affects them externally.",
        "Re-run the assessment when the gap is closed.",
    ]
}
