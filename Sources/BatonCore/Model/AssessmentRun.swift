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

    public init(id: String, on: CalendarDate, attendees: [String], results: [ConditionAssessment],
                cleared: Bool, score: Int) {
        self.id = id
        self.on = on
        self.attendees = attendees
        self.results = results
        self.cleared = cleared
        self.score = score
    }
}
