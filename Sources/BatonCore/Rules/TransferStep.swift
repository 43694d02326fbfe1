/// One thing a transfer to Continuity needs (000:438–458): the steps the gate walks, and the
/// steps a recorded override covers.
public enum TransferStep: String, Codable, CaseIterable, Sendable {
    case readinessCleared
    case internalHandoverMeeting
    case jointTransitionMeeting
    /// An unplanned transition: in place of the two meetings, which follow the transfer.
    case handoverDocumentFinalised
    case completionReport
    case customerSignOff
    case crmAreasComplete
    /// T-day changes 2–5: change 1, the stage advancing, is the transfer itself.
    case tDayChangesDone

    /// What has to be true before T-day, so before the T-day changes are recorded.
    public var isBeforeTDay: Bool { self != .crmAreasComplete && self != .tDayChangesDone }

    public var title: String {
        switch self {
        case .readinessCleared: "readiness Cleared"
        case .internalHandoverMeeting: "internal handover meeting"
        case .jointTransitionMeeting: "joint transition meeting"
        case .handoverDocumentFinalised: "handover document finalised"
        case .completionReport: "completion report"
        case .customerSignOff: "customer's signed sign-off"
        case .crmAreasComplete: "nine CRM areas"
        case .tDayChangesDone: "T-day changes"
        }
    }
}

/// A step missing on the way to Continuity, in the domain's words: the line that names it and
/// the details under it (the readiness gaps, the areas incomplete, the changes not made).
public struct TransferBlocker: Equatable, Sendable {
    public var step: TransferStep
    public var text: String
    public var details: [String]
    /// The line shorter and the details as a list of names ("T-day changes: 0 of 4 made", "not
    /// done", ["2", "4"]), for one line where space is short.
    public var named: (head: String, label: String, names: [String])?

    public init(_ step: TransferStep, _ text: String, _ details: [String] = [],
                named: (head: String, label: String, names: [String])? = nil) {
        self.step = step
        self.text = text
        self.details = details
        self.named = named
    }

    public static func == (a: TransferBlocker, b: TransferBlocker) -> Bool {
        a.step == b.step && a.text == b.text && a.details == b.details
            && a.named?.head == b.named?.head && a.named?.label == b.named?.label && a.named?.names == b.named?.names
    }

    /// The line and its details, for a refusal (the shell prints each).
    public var lines: [String] { [text] + details.map { "  \($0)" } }

    /// The line with its details named in it, for a form at 80×24, where every step missing must
    /// be on screen at once: "T-day changes: 0 of 4 made — not done: 2, 3, 4, 5."
    public var brief: String {
        guard let named, !named.names.isEmpty else { return text }
        return "\(named.head) — \(named.label): \(named.names.joined(separator: ", "))."
    }
}

extension TDayChange {
    /// 1–5, as the source numbers them (000:452).
    public var number: Int { (TDayChange.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// Changes 2–5: made during the walkthrough; change 1 is the stage advancing, the transfer itself.
    public static var madeBeforeTheMove: [TDayChange] { allCases.filter { $0 != .stageAdvanced } }
}
