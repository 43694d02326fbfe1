import BatonCore
import Foundation

/// The T-day walkthrough held with the incoming account manager, a meeting like the others
/// (000:458, "sit together for 30 minutes … confirm every document is in place"): a 30-minute
/// clock, who is in the room, the nine CRM areas with the library's eight documents, the five
/// T-day changes ticked with their times, the transfer-day sequence — and, when it closes
/// having changed something, a record of it in the account's meetings.
public struct TransferWalkthrough: Equatable, Sendable {
    public enum Row: Equatable, Sendable {
        case area(CRMArea)
        /// One of the document library's eight documents, under the library's area.
        case document(LibraryDocument)
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
    /// Who is in the room: the onboarding lead and the account manager to start with (000:458).
    public var attendees: [String]
    /// Something was ticked, noted or scheduled: closing keeps a record of the meeting.
    public var changedSomething = false

    /// The walkthrough's length in the source: 30 minutes.
    public static let plannedMinutes = 30

    public init(account: Account, now: Date) {
        accountID = account.id
        startedAt = now.wholeSeconds
        attendees = [account.people.onboardingLead, account.people.accountManager].filter { !$0.isEmpty }
    }

    public static func rows(for account: Account) -> [Row] {
        let steps = sequenceKeys.filter { key in account.timeline.contains { $0.templateKey == key } }
        let areas = CRMArea.allCases.flatMap { area -> [Row] in
            area == .documentLibrary ? [.area(area)] + LibraryDocument.allCases.map(Row.document) : [.area(area)]
        }
        return areas + TDayChange.allCases.map(Row.change) + steps.map(Row.step)
    }

    /// "12:40 left", "3:10 over": the 30-minute clock, from the start to `now`.
    public func clock(now: Date) -> String {
        let left = Self.plannedMinutes * 60 - Int(now.timeIntervalSince(startedAt).rounded(.down))
        let s = abs(left)
        return "\(s / 60):\(s % 60 < 10 ? "0" : "")\(s % 60) \(left >= 0 ? "left" : "over")"
    }

    /// The meeting's record: who was there, and per section what the record held as it closed.
    public func record(_ account: Account) -> AccountChange {
        let areas = KnowledgeTransfer.incompleteAreas(of: account)
        let docs = CRMRecordCheck.documents(of: account)
        let missingDocs = docs.filter { !$0.present }.map(\.document.title)
        let done = account.crmTransfer.changes.filter { $0.doneAt != nil }.map(\.change.number).sorted()
        var sections = MeetingAgenda.sections(for: .tDayWalkthrough)
        sections[0].notes = "\(CRMArea.allCases.count - areas.count) of 9 areas complete"
            + (areas.isEmpty ? "" : " (incomplete: \(areas.map(\.title).joined(separator: ", ")))")
            + "; documents \(docs.count - missingDocs.count) of \(docs.count) in place"
            + (missingDocs.isEmpty ? "" : " (missing: \(missingDocs.joined(separator: ", ")))") + "."
        sections[1].notes = done.isEmpty ? "No T-day change made." : "Changes made: \(done.map(String.init).joined(separator: ", ")) of 5."
        sections[2].notes = account.crmTransfer.firstTouchpoint.map { "\($0.on.iso) with \($0.owner): \($0.agenda)" }
            ?? "Not scheduled yet."
        return .meeting(.record(.tDayWalkthrough, attendees: attendees, sections: sections, startedAt: startedAt))
    }
}
