import BatonCore
import Foundation

/// A meeting held live section by section: the internal handover meeting, the joint transition
/// meeting or the 30-day post-transition review. Timed sections with notes, attendees, a clock
/// against the planned length, and a close that records a `Meeting` on the account.
public struct AgendaMeeting: Equatable, Codable, Sendable {
    /// Where the keys go: the section list (single-key commands) or a field being typed into.
    public enum Focus: Equatable, Codable, Sendable { case sections, notes, attendees, commitments }

    public enum Phase: Equatable, Codable, Sendable {
        case running
        /// Ctrl-S on a joint transition meeting with a mandatory role missing: close anyway?
        case confirmClose(missingRoles: [String])
        /// Esc: leave without recording the meeting?
        case confirmLeave
    }

    public var kind: Meeting.Kind
    public var accountID: String
    public var startedAt: Date
    public var phase: Phase = .running
    public var focus: Focus = .sections
    public var sections: [AgendaSection]
    /// One multi-line notes field per section.
    public var notes: [TextField]
    public var current = 0
    /// Sections the meeting has been to, the first included.
    public var visited: Set<Int> = [0]
    /// Sections skipped on purpose, each with its reason.
    public var skipped: [Int: String] = [:]
    /// Seconds spent in each section before the current visit, and when the current visit began.
    public var spent: [Int]
    public var enteredAt: Date
    public var attendees: TextField
    /// Internal handover only: the account manager's commitments, one per line.
    public var commitments: TextField
    /// Joint transition meeting only: the success signals ticked so far.
    public var signals: Set<SuccessSignal> = []
    /// Joint transition meeting only: each mandatory role and the name expected for it.
    public var roles: [MandatoryRole] = []
    /// 30-day review only: the customer's answer to "how smooth was the account transition?", 1–5.
    public var satisfaction: Int?
    /// 30-day review only: the register and the log walked item by item.
    public var review: ReviewWalk?
    /// A decision's form open over the review (close with a note, re-commit, re-scope …).
    public var form: FormState?

    public init(kind: Meeting.Kind, account: Account, now: Date) {
        self.kind = kind
        accountID = account.id
        // Whole seconds: the store keeps timestamps to the second.
        startedAt = now.wholeSeconds
        enteredAt = startedAt
        sections = MeetingAgenda.sections(for: kind, transition: account.transitionKind)
        notes = sections.map { TextField(label: $0.title, multiLine: true) }
        spent = sections.map { _ in 0 }
        commitments = TextField(label: "Commitments", multiLine: true)
        let people = account.people
        var names: [String]
        switch kind {
        case .jointTransition:
            roles = MandatoryRole.joint(for: account)
            names = roles.map { $0.name.isEmpty ? "" : "\($0.name) (\($0.role.lowercased()))" }
        case .postTransitionReview:
            names = ["\(people.onboardingLead) (onboarding lead)", "\(people.accountManager) (account manager)"]
            review = ReviewWalk(account: account)
        default:
            names = ["\(people.onboardingLead) (onboarding lead)", "\(people.onboardingCoordinator) (onboarding coordinator)",
                     "\(people.accountManager) (incoming account manager)"]
        }
        attendees = TextField(label: "Attendees", text: names.filter { !$0.isEmpty }.joined(separator: ", "))
    }

    public var plannedMinutes: Int { sections.reduce(0) { $0 + $1.minutes } }

    public var attendeeList: [String] {
        attendees.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The commitments typed, one per non-blank line.
    public var commitmentList: [String] {
        commitments.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Who in the attendee list covers a mandatory role.
    public func attendee(for role: MandatoryRole) -> String? { role.attendee(in: attendeeList) }

    /// Mandatory roles nobody in the attendee list covers.
    public var missingRoles: [String] { MandatoryRole.missing(roles, attendees: attendeeList) }

    /// Seconds left of the planned length; negative once the meeting runs over.
    public func secondsLeft(now: Date) -> Int {
        plannedMinutes * 60 - Int(now.timeIntervalSince(startedAt).rounded(.down))
    }

    /// "23:41 left of 60", or "2:05 over 60".
    public func clock(now: Date) -> String {
        let left = secondsLeft(now: now)
        return "\(Self.minutesSeconds(abs(left))) \(left >= 0 ? "left of" : "over") \(plannedMinutes)"
    }

    /// Seconds spent in a section so far, the current visit included.
    public func secondsSpent(in section: Int, now: Date) -> Int {
        spent[section] + (section == current ? max(0, Int(now.timeIntervalSince(enteredAt).rounded(.down))) : 0)
    }

    static func minutesSeconds(_ s: Int) -> String { "\(s / 60):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)" }

    /// Moves to another section, keeping the time spent in the one left. Moving on does not make
    /// a section done: only notes, or a skip with a reason, do.
    public mutating func go(to section: Int, now: Date) {
        let target = min(max(section, 0), sections.count - 1)
        guard target != current else { return }
        spent[current] += max(0, Int(now.timeIntervalSince(enteredAt).rounded(.down)))
        current = target
        visited.insert(target)
        enteredAt = now
    }

    /// A section is done when it has notes, or was skipped with a reason.
    public func isDone(_ section: Int) -> Bool {
        !notes[section].text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || skipped[section] != nil
    }

    /// Whether the customer sponsor is among the attendees as typed (the success signals need them).
    public func sponsorPresent(_ account: Account) -> Bool {
        SponsorPresence.isPresent(in: attendeeList, account: account)
    }

    /// The section list's item walk, when the current section is one of the review's revisits.
    public var revisit: ReviewWalk.List? {
        guard kind == .postTransitionReview, review != nil else { return nil }
        // The standard agenda: 2 is the risk register revisited, 3 the open issues revisited.
        switch current {
        case 1: return .risks
        case 2: return .openIssues
        default: return nil
        }
    }
}
