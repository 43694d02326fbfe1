import Foundation

/// The nine areas of the CRM record that must be complete before transfer.
public enum CRMArea: String, Codable, CaseIterable, Sendable {
    case customerIdentity
    case contactRecords
    case productAndContract
    case milestoneHistory
    case interactionLog
    case documentLibrary
    case openItems
    case risks
    case sentimentHistory

    public var title: String {
        switch self {
        case .customerIdentity: "Customer identity"
        case .contactRecords: "Contact records (sponsor tagged)"
        case .productAndContract: "Product and contract detail"
        case .milestoneHistory: "Milestone history"
        case .interactionLog: "Interaction log"
        case .documentLibrary: "Document library"
        case .openItems: "Open items"
        case .risks: "Risks"
        case .sentimentHistory: "Sentiment history"
        }
    }
}

/// One CRM area's state: Complete or Incomplete, with a note.
public struct CRMAreaCheck: Codable, Hashable, Sendable {
    public var area: CRMArea
    public var complete: Bool
    public var note: String

    public init(area: CRMArea, complete: Bool = false, note: String = "") {
        self.area = area
        self.complete = complete
        self.note = note
    }
}

/// The five changes made on T-day, in order.
public enum TDayChange: String, Codable, CaseIterable, Sendable {
    case stageAdvanced
    case primaryOwnerChanged
    case leadMovedToSecondary
    case reportingUpdated
    case firstTouchpointScheduled

    public var title: String {
        switch self {
        case .stageAdvanced: "Stage: Onboarding Active → Account Management Active"
        case .primaryOwnerChanged: "Primary owner: coordinator → account manager"
        case .leadMovedToSecondary: "Onboarding lead → secondary contact for 30 days"
        case .reportingUpdated: "Reporting reflects the new owner"
        case .firstTouchpointScheduled: "Account manager's first touchpoint scheduled"
        }
    }
}

/// One T-day change and when it was ticked.
public struct TDayChangeCheck: Codable, Hashable, Sendable {
    public var change: TDayChange
    public var doneAt: Date?

    public init(change: TDayChange, doneAt: Date? = nil) {
        self.change = change
        self.doneAt = doneAt
    }
}

/// The account manager's first interaction after transfer.
public struct Touchpoint: Codable, Hashable, Sendable {
    public var on: CalendarDate
    public var agenda: String
    public var owner: String

    public init(on: CalendarDate, agenda: String, owner: String) {
        self.on = on
        self.agenda = agenda
        self.owner = owner
    }
}

/// Everything the T-day walkthrough checks and changes.
public struct CRMTransfer: Codable, Hashable, Sendable {
    public var areas: [CRMAreaCheck]
    public var changes: [TDayChangeCheck]
    public var firstTouchpoint: Touchpoint?
    /// The record as it stood on transfer day, kept for the audit (000:689, criterion d).
    public var atTransfer: CRMSnapshot?
    /// The library's documents the record cannot show, ticked by the lead as filed.
    public var filed: [LibraryDocument]

    public init(areas: [CRMAreaCheck]? = nil, changes: [TDayChangeCheck]? = nil, firstTouchpoint: Touchpoint? = nil,
                atTransfer: CRMSnapshot? = nil, filed: [LibraryDocument] = []) {
        self.areas = areas ?? CRMArea.allCases.map { CRMAreaCheck(area: $0) }
        self.changes = changes ?? TDayChange.allCases.map { TDayChangeCheck(change: $0) }
        self.firstTouchpoint = firstTouchpoint
        self.atTransfer = atTransfer
        self.filed = filed
    }

    private enum CodingKeys: String, CodingKey { case areas, changes, firstTouchpoint, atTransfer, filed }

    /// The snapshot and the filed documents came later: a store without them reads them as none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        areas = try c.decode([CRMAreaCheck].self, forKey: .areas)
        changes = try c.decode([TDayChangeCheck].self, forKey: .changes)
        firstTouchpoint = try c.decodeIfPresent(Touchpoint.self, forKey: .firstTouchpoint)
        atTransfer = try c.decodeIfPresent(CRMSnapshot.self, forKey: .atTransfer)
        filed = try c.decodeIfPresent([LibraryDocument].self, forKey: .filed) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(areas, forKey: .areas)
        try c.encode(changes, forKey: .changes)
        try c.encodeIfPresent(firstTouchpoint, forKey: .firstTouchpoint)
        try c.encodeIfPresent(atTransfer, forKey: .atTransfer)
        if !filed.isEmpty { try c.encode(filed, forKey: .filed) }
    }
}

/// The CRM record on the day it changed hands: which of the nine areas were incomplete, and
/// the override's reason when it went across anyway.
public struct CRMSnapshot: Codable, Hashable, Sendable {
    public var on: CalendarDate
    public var incomplete: [CRMArea]

    public init(on: CalendarDate, incomplete: [CRMArea]) {
        self.on = on
        self.incomplete = incomplete
    }
}
