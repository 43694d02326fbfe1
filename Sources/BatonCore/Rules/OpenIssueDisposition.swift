extension OpenIssue {
    /// How many days after T-day the account manager has to disposition every open issue.
    public static let dispositionWindowDays = 30

    /// The last day to close, re-commit or re-scope each open issue: T+30.
    public static func dispositionDeadline(tDay: CalendarDate) -> CalendarDate {
        tDay.adding(days: dispositionWindowDays)
    }

    /// Whether the account manager has decided this item since taking the account over.
    ///
    /// A closed item is settled whenever it was closed. An item still open needs a re-commit or
    /// re-scope made on or after T-day: a new deadline set during onboarding was the onboarding
    /// team's decision, and the point of the rule is that the new owner looks at every item.
    public func isDispositioned(after tDay: CalendarDate) -> Bool {
        isClosed || dispositions.contains { $0.on >= tDay }
    }

    /// Past T+30 and still not dispositioned: flagged. On T+30 itself there is still time.
    public func isDispositionOverdue(tDay: CalendarDate, today: CalendarDate) -> Bool {
        !isDispositioned(after: tDay) && today > Self.dispositionDeadline(tDay: tDay)
    }

    /// Open and past its deadline. Due today is not overdue.
    public func isOverdue(today: CalendarDate) -> Bool {
        !isClosed && deadline < today
    }

    /// Closes the item with a resolution note. It stays on the log, closed.
    public mutating func close(note: String, on day: CalendarDate) throws {
        guard !isClosed else { throw TidyPictureError.alreadyClosed }
        guard !RuleText.isBlank(note) else { throw TidyPictureError.resolutionNoteRequired }
        dispositions.append(DispositionRecord(disposition: .closed, on: day, note: RuleText.trimmed(note)))
        isClosed = true
    }

    /// Commits to a new deadline, keeping the old one in the record.
    public mutating func recommit(to newDeadline: CalendarDate, note: String, on day: CalendarDate) throws {
        guard !isClosed else { throw TidyPictureError.alreadyClosed }
        guard !RuleText.isBlank(note) else { throw TidyPictureError.resolutionNoteRequired }
        guard newDeadline >= day else { throw TidyPictureError.deadlineInThePast }
        guard newDeadline != deadline else { throw TidyPictureError.unchanged }
        dispositions.append(DispositionRecord(disposition: .recommitted, on: day, note: RuleText.trimmed(note),
                                              previousDeadline: deadline))
        deadline = newDeadline
    }

    /// Changes what the item is, keeping the old description in the record.
    public mutating func rescope(to newDescription: String, note: String, on day: CalendarDate) throws {
        guard !isClosed else { throw TidyPictureError.alreadyClosed }
        guard !RuleText.isBlank(note) else { throw TidyPictureError.resolutionNoteRequired }
        let described = RuleText.trimmed(newDescription)
        guard !described.isEmpty else { throw TidyPictureError.descriptionRequired }
        guard described != RuleText.trimmed(description) else { throw TidyPictureError.unchanged }
        dispositions.append(DispositionRecord(disposition: .rescoped, on: day, note: RuleText.trimmed(note),
                                              previousDescription: description))
        description = described
    }
}

extension Account {
    /// Open issues not dispositioned by T+30. Before T-day has happened there is nothing to count.
    public func dispositionOverdueIssues(today: CalendarDate) -> [OpenIssue] {
        guard stage >= .transferDay else { return [] }
        return openIssues.filter { $0.isDispositionOverdue(tDay: tDay, today: today) }
    }
}
