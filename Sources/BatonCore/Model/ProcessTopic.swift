/// One of the five processes condition 5 asks the customer to understand (000:108): how to log a
/// support ticket, where to find documentation, how to escalate, who to contact for billing, and
/// how to request more users or expanded access.
public enum ProcessTopic: String, Codable, CaseIterable, Sendable, Comparable {
    case supportTickets = "support"
    case documentation
    case escalation
    case billing
    case expandingAccess = "expansion"

    /// The process as the standard names it.
    public var title: String {
        switch self {
        case .supportTickets: "support tickets"
        case .documentation: "documentation"
        case .escalation: "escalation"
        case .billing: "billing"
        case .expandingAccess: "expanding access"
        }
    }

    /// What the sponsor should be able to say, for the form's and the shell's help.
    public var question: String {
        switch self {
        case .supportTickets: "how to log a support ticket"
        case .documentation: "where to find documentation"
        case .escalation: "how to escalate if something goes wrong"
        case .billing: "who to contact for billing questions"
        case .expandingAccess: "how to request additional users or expanded access"
        }
    }

    /// "support, billing and expanding access", in the standard's order.
    public static func list(_ topics: some Sequence<ProcessTopic>) -> String {
        RuleText.list(topics.sorted().map(\.title))
    }

    public static func < (a: ProcessTopic, b: ProcessTopic) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
