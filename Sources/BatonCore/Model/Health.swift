/// Green / Amber / Red, with why and since when.
public struct Health: Codable, Hashable, Sendable {
    public enum Rating: String, Codable, CaseIterable, Sendable, Comparable {
        case green, amber, red

        var rank: Int { self == .green ? 0 : self == .amber ? 1 : 2 }
        public static func < (a: Rating, b: Rating) -> Bool { a.rank < b.rank }
        public var title: String { rawValue.capitalized }
    }

    public var rating: Rating
    public var rationale: String
    public var setOn: CalendarDate

    public init(rating: Rating, rationale: String, setOn: CalendarDate) {
        self.rating = rating
        self.rationale = rationale
        self.setOn = setOn
    }
}
