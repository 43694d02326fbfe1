/// Green / Amber / Red, with why and since when — or not rated: nobody has rated the account
/// yet, which is never Green ("the absence of a negative signal is not a positive", 000:140).
public struct Health: Codable, Hashable, Sendable {
    public enum Rating: String, Codable, CaseIterable, Sendable, Comparable {
        case green, amber, red

        var rank: Int { self == .green ? 0 : self == .amber ? 1 : 2 }
        public static func < (a: Rating, b: Rating) -> Bool { a.rank < b.rank }
        public var title: String { rawValue.capitalized }
    }

    /// nil: not rated. A rating is set by a person (`NoteChange.setHealth`), never assumed.
    public var rating: Rating?
    public var rationale: String
    /// When it was rated; for an account not rated, the day it was added.
    public var setOn: CalendarDate

    public init(rating: Rating?, rationale: String, setOn: CalendarDate) {
        self.rating = rating
        self.rationale = rationale
        self.setOn = setOn
    }

    /// An account nobody has rated yet, added on `day`.
    public static func notRated(since day: CalendarDate) -> Health {
        Health(rating: nil, rationale: "", setOn: day)
    }

    public var isRated: Bool { rating != nil }

    /// "Green", "Amber", "Red" or "not rated".
    public var title: String { rating?.title ?? Self.notRatedTitle }

    public static let notRatedTitle = "not rated"

    private enum CodingKeys: String, CodingKey { case rating, rationale, setOn }

    /// Earlier Batons wrote a new account as Green with the rationale "Not rated yet: added on…":
    /// that is read back as what it was, not rated.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rating = try c.decodeIfPresent(Rating.self, forKey: .rating)
        rationale = try c.decode(String.self, forKey: .rationale)
        setOn = try c.decode(CalendarDate.self, forKey: .setOn)
        if rationale.hasPrefix("Not rated yet") {
            rating = nil
            rationale = ""
        }
    }
}
