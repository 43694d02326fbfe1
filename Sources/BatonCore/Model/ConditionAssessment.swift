/// The current mark on one readiness condition, with what backs it.
public struct ConditionAssessment: Codable, Hashable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case unassessed, met, notMet

        public var title: String {
            switch self {
            case .unassessed: "Unassessed"
            case .met: "Met"
            case .notMet: "Not Met"
            }
        }
    }

    public var condition: ReadinessCondition
    public var status: Status
    /// Present when Met.
    public var evidence: Evidence?
    /// Present when Not Met.
    public var action: GapAction?
    /// The day it was last marked; stale rules compare against it.
    public var markedOn: CalendarDate?

    public init(condition: ReadinessCondition, status: Status = .unassessed, evidence: Evidence? = nil,
                action: GapAction? = nil, markedOn: CalendarDate? = nil) {
        self.condition = condition
        self.status = status
        self.evidence = evidence
        self.action = action
        self.markedOn = markedOn
    }
}
