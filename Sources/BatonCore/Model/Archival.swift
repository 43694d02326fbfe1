/// Why and when an account left the portfolio. Archived accounts are never deleted: they drop out
/// of the portfolio view by default, stay listed on a toggle, and can be restored.
public struct Archival: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, CaseIterable, Sendable {
        case churned, movedToAnotherLead, done

        public var title: String {
            switch self {
            case .churned: "Churned"
            case .movedToAnotherLead: "Moved to another lead"
            case .done: "Done"
            }
        }
    }

    public var reason: Reason
    public var note: String
    public var on: CalendarDate

    public init(reason: Reason, note: String = "", on: CalendarDate) {
        self.reason = reason
        self.note = note
        self.on = on
    }
}
