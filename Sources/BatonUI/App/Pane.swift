/// The four panes of the dashboard, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case portfolio = 1, readiness, risks, timeline

    public var title: String {
        switch self {
        case .portfolio: "Portfolio"
        case .readiness: "Readiness checklist"
        case .risks: "Risk register"
        case .timeline: "Timeline"
        }
    }

    var next: Pane { Pane(rawValue: rawValue % 4 + 1)! }
    var previous: Pane { Pane(rawValue: (rawValue + 2) % 4 + 1)! }
}
