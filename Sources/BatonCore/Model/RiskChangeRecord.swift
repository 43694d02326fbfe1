/// One dated change to a risk's likelihood, impact or next review, with the note that says why:
/// the register's rating is never quietly made kinder, and a 30-day review's "keep open" is written down.
public struct RiskChangeRecord: Codable, Hashable, Sendable {
    /// A likelihood or impact before and after.
    public struct LevelMove: Codable, Hashable, Sendable {
        public var from: Level
        public var to: Level
        public init(from: Level, to: Level) { self.from = from; self.to = to }
    }

    /// A next review before and after.
    public struct ReviewMove: Codable, Hashable, Sendable {
        public var from: CalendarDate
        public var to: CalendarDate
        public init(from: CalendarDate, to: CalendarDate) { self.from = from; self.to = to }
    }

    public var on: CalendarDate
    public var note: String
    public var likelihood: LevelMove?
    public var impact: LevelMove?
    public var review: ReviewMove?
    /// Kept open by the 30-day post-transition review (with or without a new review date).
    public var keptOpenAtReview: Bool?

    public init(on: CalendarDate, note: String, likelihood: LevelMove? = nil, impact: LevelMove? = nil,
                review: ReviewMove? = nil, keptOpenAtReview: Bool? = nil) {
        self.on = on
        self.note = note
        self.likelihood = likelihood
        self.impact = impact
        self.review = review
        self.keptOpenAtReview = keptOpenAtReview
    }

    /// "likelihood Medium → High, review 2026-05-01 → 2026-06-01", or "kept open at the 30-day review".
    public var what: String {
        var parts: [String] = []
        if keptOpenAtReview == true { parts.append("kept open at the 30-day review") }
        if let l = likelihood { parts.append("likelihood \(l.from.title) → \(l.to.title)") }
        if let i = impact { parts.append("impact \(i.from.title) → \(i.to.title)") }
        if let r = review { parts.append("review \(r.from.iso) → \(r.to.iso)") }
        return parts.joined(separator: ", ")
    }
}

/// A move of the T-day, dated, with the note that says why: a transfer date is a promise to the
/// customer, and moving it is never silent.
public struct TDayMove: Codable, Hashable, Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var on: CalendarDate
    public var note: String

    public init(from: CalendarDate, to: CalendarDate, on: CalendarDate, note: String) {
        self.from = from
        self.to = to
        self.on = on
        self.note = note
    }
}
