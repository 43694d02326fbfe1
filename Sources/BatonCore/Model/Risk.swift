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
    /// Every change of likelihood, impact or review date, each with its note, oldest first.
    public var history: [RiskChangeRecord]

    public init(id: String, statement: String, likelihood: Level, impact: Level, mitigation: String = "",
                owner: String, escalationTrigger: String = "", nextReview: CalendarDate, status: Status = .open,
                raisedOn: CalendarDate, resolution: String? = nil, resolvedOn: CalendarDate? = nil,
                history: [RiskChangeRecord] = []) {
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
        self.history = history
    }
}

extension Risk {
    /// Written out so that a risk saved before its history was kept reads with an empty one.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        statement = try c.decode(String.self, forKey: .statement)
        likelihood = try c.decode(Level.self, forKey: .likelihood)
        impact = try c.decode(Level.self, forKey: .impact)
        mitigation = try c.decode(String.self, forKey: .mitigation)
        owner = try c.decode(String.self, forKey: .owner)
        escalationTrigger = try c.decode(String.self, forKey: .escalationTrigger)
        nextReview = try c.decode(CalendarDate.self, forKey: .nextReview)
        status = try c.decode(Status.self, forKey: .status)
        raisedOn = try c.decode(CalendarDate.self, forKey: .raisedOn)
        resolution = try c.decodeIfPresent(String.self, forKey: .resolution)
        resolvedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .resolvedOn)
        history = try c.decodeIfPresent([RiskChangeRecord].self, forKey: .history) ?? []
    }

    /// Changes its likelihood, impact and next review as given, with a dated record of what moved
    /// and why; refused without a note when anything moves. Returns what moved, in words ("" if nothing).
    mutating func rerate(likelihood: Level, impact: Level, nextReview: CalendarDate, note: String, on day: CalendarDate,
                         keptOpenAtReview: Bool = false) throws -> String {
        let record = RiskChangeRecord(
            on: day, note: RuleText.trimmed(note),
            likelihood: likelihood != self.likelihood ? .init(from: self.likelihood, to: likelihood) : nil,
            impact: impact != self.impact ? .init(from: self.impact, to: impact) : nil,
            review: nextReview != self.nextReview ? .init(from: self.nextReview, to: nextReview) : nil,
            keptOpenAtReview: keptOpenAtReview ? true : nil)
        let moved = record.likelihood != nil || record.impact != nil || record.review != nil
        guard moved || keptOpenAtReview else { return "" }
        guard !record.note.isEmpty else { throw TidyPictureError.changeNoteRequired }
        self.likelihood = likelihood
        self.impact = impact
        self.nextReview = nextReview
        history.append(record)
        return record.what
    }
}
