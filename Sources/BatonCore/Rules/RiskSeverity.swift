extension Risk {
    /// Severity = likelihood × impact: 1 (Low × Low) to 9 (High × High).
    public var severity: Int { likelihood.rawValue * impact.rawValue }

    /// Still on the register's conscience: open, or materialised and being dealt with.
    public var isActive: Bool { status != .closed }

    /// A review date that has passed on a risk still being watched. Due today is not overdue.
    public func isReviewOverdue(today: CalendarDate) -> Bool {
        isActive && nextReview < today
    }

    /// Severity at or above which a risk is called high: High × Medium (6) and High × High (9).
    /// Medium × Medium (4) is deliberately below it, so "high" keeps meaning something.
    public static let highSeverity = 6
}

extension Sequence where Element == Risk {
    /// Worst first: severity descending, then the soonest review, then id so the order is stable.
    public func sortedBySeverity() -> [Risk] {
        sorted {
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            if $0.nextReview != $1.nextReview { return $0.nextReview < $1.nextReview }
            return $0.id < $1.id
        }
    }
}

extension Account {
    /// Active risks (open or materialised) of severity 6 or more, worst first.
    ///
    /// A materialised risk counts: it has stopped being a maybe, which makes it more urgent, not less.
    public func highSeverityOpenRisks() -> [Risk] {
        risks.filter { $0.isActive && $0.severity >= Risk.highSeverity }.sortedBySeverity()
    }

    /// Every risk on the register, active ones worst first, then the closed ones (kept, never deleted).
    public func risksBySeverity() -> [Risk] {
        risks.filter(\.isActive).sortedBySeverity() + risks.filter { !$0.isActive }.sortedBySeverity()
    }

    /// Active risks whose review date has passed.
    public func overdueRiskReviews(today: CalendarDate) -> [Risk] {
        risks.filter { $0.isReviewOverdue(today: today) }
    }
}

/// The 3 × 3 grid of likelihood against impact that shows a register at a glance.
public struct HeatMap: Equatable, Sendable {
    /// Indexed [likelihood − 1][impact − 1].
    private var cells: [[Int]]

    /// Counts active risks only: a closed risk stays on the register but off the map.
    public init(risks: [Risk]) {
        cells = Array(repeating: Array(repeating: 0, count: 3), count: 3)
        for risk in risks where risk.isActive {
            cells[risk.likelihood.rawValue - 1][risk.impact.rawValue - 1] += 1
        }
    }

    public func count(likelihood: Level, impact: Level) -> Int {
        cells[likelihood.rawValue - 1][impact.rawValue - 1]
    }

    /// All active risks on the map.
    public var total: Int { cells.joined().reduce(0, +) }
}
