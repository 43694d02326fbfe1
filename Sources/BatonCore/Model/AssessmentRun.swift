import Foundation

/// One recorded run of the readiness assessment: kept as history, never rewritten.
public struct AssessmentRun: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var on: CalendarDate
    public var attendees: [String]
    /// The six marks as they stood when the run closed.
    public var results: [ConditionAssessment]
    public var cleared: Bool
    public var score: Int
    /// After a run that did not clear: who was told of the delay, or why the customer was not.
    public var notices: [DelayNotice]

    public init(id: String, on: CalendarDate, attendees: [String], results: [ConditionAssessment],
                cleared: Bool, score: Int, notices: [DelayNotice] = []) {
        self.id = id
        self.on = on
        self.attendees = attendees
        self.results = results
        self.cleared = cleared
        self.score = score
        self.notices = notices
    }

    private enum CodingKeys: String, CodingKey { case id, on, attendees, results, cleared, score, notices }

    /// Runs recorded before delay notices existed read with none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        on = try c.decode(CalendarDate.self, forKey: .on)
        attendees = try c.decode([String].self, forKey: .attendees)
        results = try c.decode([ConditionAssessment].self, forKey: .results)
        cleared = try c.decode(Bool.self, forKey: .cleared)
        score = try c.decode(Int.self, forKey: .score)
        notices = try c.decodeIfPresent([DelayNotice].self, forKey: .notices) ?? []
    }

    /// The notices are written only when there are some, so a store without them reads as before.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(on, forKey: .on)
        try c.encode(attendees, forKey: .attendees)
        try c.encode(results, forKey: .results)
        try c.encode(cleared, forKey: .cleared)
        try c.encode(score, forKey: .score)
        if !notices.isEmpty { try c.encode(notices, forKey: .notices) }
    }

    /// The latest notice to `audience`, if any.
    public func notice(to audience: DelayNotice.Audience) -> DelayNotice? {
        notices.last { $0.audience == audience }
    }
}
