/// The six conditions as they stand now, and every past run.
public struct ReadinessAssessment: Codable, Hashable, Sendable {
    /// Always six, in condition order.
    public var conditions: [ConditionAssessment]
    public var runs: [AssessmentRun]

    public init(conditions: [ConditionAssessment]? = nil, runs: [AssessmentRun] = []) {
        self.conditions = conditions ?? ReadinessCondition.allCases.map { ConditionAssessment(condition: $0) }
        self.runs = runs
    }

    public subscript(condition: ReadinessCondition) -> ConditionAssessment {
        get { conditions.first { $0.condition == condition } ?? ConditionAssessment(condition: condition) }
        set {
            if let i = conditions.firstIndex(where: { $0.condition == condition }) {
                conditions[i] = newValue
            } else {
                conditions.append(newValue)
                conditions.sort { $0.condition < $1.condition }
            }
        }
    }
}
