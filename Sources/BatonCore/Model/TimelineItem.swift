/// One step on the way from T-day to the first QBR, due on a day relative to T-day.
public struct TimelineItem: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// Days from T-day: −10 for the internal handover meeting, +30 for the 30-day review.
    public var offsetDays: Int
    public var due: CalendarDate
    public var doneOn: CalendarDate?
    /// The template step it came from; nil for an item the lead added.
    public var templateKey: String?
    /// The lead moved it: regeneration from the template keeps the lead's date.
    public var moved: Bool

    public init(id: String, title: String, offsetDays: Int, due: CalendarDate, doneOn: CalendarDate? = nil,
                templateKey: String? = nil, moved: Bool = false) {
        self.id = id
        self.title = title
        self.offsetDays = offsetDays
        self.due = due
        self.doneOn = doneOn
        self.templateKey = templateKey
        self.moved = moved
    }
}
