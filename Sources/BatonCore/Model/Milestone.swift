/// An outcome named at kick-off. Condition 3 is derived from these.
public struct Milestone: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var targetDate: CalendarDate
    public var completedOn: CalendarDate?
    public var evidence: String?
    /// When it was added: one added after condition 3 was marked Met makes that mark stale.
    public var addedOn: CalendarDate
    /// Set when a completed milestone is reopened; it also makes a Met condition 3 stale.
    public var reopenedOn: CalendarDate?

    public init(id: String, name: String, targetDate: CalendarDate, completedOn: CalendarDate? = nil,
                evidence: String? = nil, addedOn: CalendarDate, reopenedOn: CalendarDate? = nil) {
        self.id = id
        self.name = name
        self.targetDate = targetDate
        self.completedOn = completedOn
        self.evidence = evidence
        self.addedOn = addedOn
        self.reopenedOn = reopenedOn
    }

    /// Completed with a date and evidence: what condition 3 needs of every milestone.
    public var isCompletedWithEvidence: Bool {
        completedOn != nil && !(evidence ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
