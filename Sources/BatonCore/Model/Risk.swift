/// Low / Medium / High, for a risk's likelihood and its impact.
public enum Level: Int, Codable, CaseIterable, Sendable, Comparable {
    case low = 1, medium = 2, high = 3

    public var title: String {
        switch self {
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        }
    }

    public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}

/// Something that might happen to the account, owned and reviewed. Never deleted: closed with a note.
public struct Risk: Codable, Hashable, Sendable, Identifiable {
    public enum Status: String, Codable, CaseIterable, Sendable { case open, materialised, closed }

    public var id: String
    /// One sentence.
    public var statement: String
    public var likelihood: Level
    public var impact: Level
    public var mitigation: String
    public var owner: String
    public var escalationTrigger: String
    public var nextReview: CalendarDate
    public var status: Status
    public var raisedOn: CalendarDate
    /// Why it was closed or how it materialised; required to leave `open`.
    public var resolution: String?
    public var resolvedOn: CalendarDate?

    public init(id: String, statement: String, likelihood: Level, impact: Level, mitigation: String = "",
                owner: String, escalationTrigger: String = "", nextReview: CalendarDate, status: Status = .open,
                raisedOn: CalendarDate, resolution: String? = nil, resolvedOn: CalendarDate? = nil) {
        self.id = id
        self.statement = statement
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
        self.owner = owner
        self.escalationTrigger = escalationTrigger
        self.nextReview = nextReview
        self.status = status
        self.raisedOn = raisedOn
        self.resolution = resolution
        self.resolvedOn = resolvedOn
    }
}
