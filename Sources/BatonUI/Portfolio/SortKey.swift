/// The orders a lead scans the portfolio in.
public enum SortKey: String, CaseIterable, Sendable {
    case tDay, readiness, health, stage, name

    public var title: String {
        switch self {
        case .tDay: "T-day"
        case .readiness: "readiness"
        case .health: "health"
        case .stage: "stage"
        case .name: "name"
        }
    }

    var next: SortKey { SortKey.allCases[(SortKey.allCases.firstIndex(of: self)! + 1) % SortKey.allCases.count] }
}
