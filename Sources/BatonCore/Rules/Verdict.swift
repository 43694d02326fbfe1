/// One condition that stands between the account and Cleared, with why and what will close it.
public struct ReadinessGap: Equatable, Sendable, Codable {
    public var condition: ReadinessCondition
    public var reason: String
    /// The named action, when the condition is Not Met and one was named.
    public var action: GapAction?

    public init(condition: ReadinessCondition, reason: String, action: GapAction? = nil) {
        self.condition = condition
        self.reason = reason
        self.action = action
    }
}

/// The outcome of the readiness assessment as of one day: Cleared, or Not cleared with its gaps.
public struct Verdict: Equatable, Sendable, Codable {
    public var isCleared: Bool
    /// How many of the six conditions are valid today (0…6), shown everywhere.
    public var score: Int
    /// In condition order; empty exactly when Cleared.
    public var gaps: [ReadinessGap]

    public init(isCleared: Bool, score: Int, gaps: [ReadinessGap]) {
        self.isCleared = isCleared
        self.score = score
        self.gaps = gaps
    }

    public var title: String { isCleared ? "Cleared" : "Not cleared" }
}

extension Readiness {
    /// The verdict: Cleared only when all six conditions are valid. Five of six is Not cleared.
    public static func verdict(for account: Account, today: CalendarDate) -> Verdict {
        var gaps: [ReadinessGap] = []
        for condition in ReadinessCondition.allCases {
            let validity = validity(of: condition, in: account, today: today)
            guard let reason = validity.reason else { continue }
            var action: GapAction? = nil
            if case .notMet(let named) = validity { action = named }
            gaps.append(ReadinessGap(condition: condition, reason: reason, action: action))
        }
        let score = ReadinessCondition.allCases.count - gaps.count
        return Verdict(isCleared: gaps.isEmpty, score: score, gaps: gaps)
    }

    /// The readiness score: how many of the six conditions are valid today.
    public static func score(for account: Account, today: CalendarDate) -> Int {
        ReadinessCondition.allCases.filter { validity(of: $0, in: account, today: today).isValid }.count
    }
}
