/// Where one timeline item stands today: done (and when), due, or overdue.
public enum TimelineStatus: Equatable, Sendable {
    case done(CalendarDate)
    case due
    case overdue
}

extension TimelineItem {
    /// Done when ticked; overdue once its day has passed undone; due until then, including on the day.
    public func status(today: CalendarDate) -> TimelineStatus {
        if let doneOn { return .done(doneOn) }
        return due < today ? .overdue : .due
    }
}

extension Account {
    /// Timeline items whose day has passed without being done.
    public func overdueTimelineItems(today: CalendarDate) -> [TimelineItem] {
        timeline.filter { $0.status(today: today) == .overdue }
    }
}
