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

    public var next: SortKey { SortKey.allCases[(SortKey.allCases.firstIndex(of: self)! + 1) % SortKey.allCases.count] }

    /// Each order puts what needs the lead first; ties fall back to the name, then the id, so the
    /// list is stable (the dashboard's list and `baton list` share it).
    public func precedes(_ a: AccountSummary, _ b: AccountSummary) -> Bool {
        switch self {
        case .tDay:
            // Upcoming transfers first, soonest at the top; then those already made, latest first.
            let aPast = a.daysToTDay < 0, bPast = b.daysToTDay < 0
            if aPast != bPast { return !aPast }
            if a.tDay != b.tDay { return aPast ? a.tDay > b.tDay : a.tDay < b.tDay }
        case .readiness:
            if a.verdict.score != b.verdict.score { return a.verdict.score < b.verdict.score }
        case .health:
            if a.health != b.health { return Self.healthRank(a.health) > Self.healthRank(b.health) }
        case .stage:
            if a.stage != b.stage { return a.stage < b.stage }
        case .name:
            break
        }
        if a.searchKey != b.searchKey { return a.searchKey < b.searchKey }
        return a.id < b.id
    }

    /// Red first, then not rated (nobody knows: look), then Amber, then Green.
    static func healthRank(_ rating: Health.Rating?) -> Int {
        switch rating {
        case .red: 3
        case nil: 2
        case .amber: 1
        case .green: 0
        }
    }
}
