/// One condition that stands between the account and Cleared, with why and what will close it.
public struct ReadinessGap: Equatable, Sendable, Codable {
    /// What kind of gap: each is closed differently (assess it, act on it, back it, re-run it).
    public enum Kind: String, Equatable, Sendable, Codable {
        case unassessed, notMet, missingEvidence, stale, contradicted
    }

    public var condition: ReadinessCondition
    public var kind: Kind
    public var reason: String
    /// The named action, when the condition is Not Met and one was named.
    public var action: GapAction?

    public init(condition: ReadinessCondition, kind: Kind, reason: String, action: GapAction? = nil) {
        self.condition = condition
        self.kind = kind
        self.reason = reason
        self.action = action
    }
}

extension ConditionValidity {
    /// The kind of gap this mark is; nil when valid.
    public var gapKind: ReadinessGap.Kind? {
        switch self {
        case .valid: nil
        case .unassessed: .unassessed
        case .notMet: .notMet
        case .missingEvidence: .missingEvidence
        case .stale: .stale
        case .contradicted: .contradicted
        }
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

    /// Every condition Met, and nothing in the way but evidence that has gone stale since (a run
    /// more than seven days old before the joint meeting, a milestone added or reopened): the
    /// clearing no longer holds, and a re-run is what closes it.
    public var isStale: Bool { !isCleared && !gaps.isEmpty && gaps.allSatisfy { $0.kind == .stale } }

    public var title: String { isCleared ? "Cleared" : isStale ? "Stale" : "Not cleared" }
}

extension Readiness {
    /// The verdict: Cleared only when all six conditions are valid. Five of six is Not cleared.
    public static func verdict(for account: Account, today: CalendarDate) -> Verdict {
        var gaps: [ReadinessGap] = []
        for condition in ReadinessCondition.allCases {
            let validity = validity(of: condition, in: account, today: today)
            guard let reason = validity.reason, let kind = validity.gapKind else { continue }
            var action: GapAction? = nil
            if case .notMet(let named) = validity { action = named }
            gaps.append(ReadinessGap(condition: condition, kind: kind, reason: reason, action: action))
        }
        let score = ReadinessCondition.allCases.count - gaps.count
        return Verdict(isCleared: gaps.isEmpty, score: score, gaps: gaps)
    }

    /// The readiness score: how many of the six conditions are valid today.
    public static func score(for account: Account, today: CalendarDate) -> Int {
        ReadinessCondition.allCases.filter { validity(of: $0, in: account, today: today).isValid }.count
    }
}
