/// Why a change to the risk register or the open issues log was refused.
///
/// The tidy-picture rule: nothing on the register or the log is ever silently deleted. An item
/// leaves the open list only by being closed with a resolution note, and stays in the history.
public enum TidyPictureError: Error, Equatable, Sendable {
    /// Closing, materialising or dispositioning needs a note saying why.
    case resolutionNoteRequired
    case alreadyClosed
    case alreadyMaterialised
    /// A re-scope needs the new description.
    case descriptionRequired
    /// A re-commit to a deadline that has already passed is not a commitment.
    case deadlineInThePast
    /// A re-commit to the same deadline, or a re-scope to the same description, changes nothing.
    case unchanged
    /// No item with this id on the account.
    case noSuchItem(String)
    /// A change of likelihood, impact or review date, or a risk kept open at the 30-day review, needs a note.
    case changeNoteRequired
    /// Kept open at the 30-day review with a next review that has already passed.
    case reviewInThePast(CalendarDate)

    /// What went wrong and what to do, for the screen.
    public var message: String {
        switch self {
        case .resolutionNoteRequired: "Write a note saying why: nothing leaves the register without one."
        case .alreadyClosed: "This item is already closed; it stays in the history as it is."
        case .alreadyMaterialised: "This risk is already marked materialised."
        case .descriptionRequired: "Write the new description for the re-scoped item."
        case .deadlineInThePast: "Choose a new deadline that is today or later."
        case .unchanged: "That is what it already says: change the deadline or description, or close it."
        case .noSuchItem(let id): "No item \(id) on this account."
        case .changeNoteRequired: "Write a note saying why: a change of likelihood, impact or review date is kept in the risk's history with it."
        case .reviewInThePast(let day): "A next review on \(day.iso) has already passed: keeping the risk open needs a review date from today on."
        }
    }
}

extension Risk {
    /// Closes the risk with a resolution note. There is deliberately no delete: the risk stays
    /// on the register, closed, with the note.
    ///
    /// A risk that materialised first keeps that note too: the new one is added beneath it,
    /// so closing never overwrites what was said when it happened.
    public mutating func close(note: String, on day: CalendarDate) throws {
        guard status != .closed else { throw TidyPictureError.alreadyClosed }
        guard !RuleText.isBlank(note) else { throw TidyPictureError.resolutionNoteRequired }
        resolution = Self.appending(RuleText.trimmed(note), to: resolution)
        resolvedOn = day
        status = .closed
    }

    /// Records that the risk has happened. It stays active (and on the heat map) until closed.
    public mutating func markMaterialised(note: String, on day: CalendarDate) throws {
        guard status != .closed else { throw TidyPictureError.alreadyClosed }
        guard status != .materialised else { throw TidyPictureError.alreadyMaterialised }
        guard !RuleText.isBlank(note) else { throw TidyPictureError.resolutionNoteRequired }
        resolution = Self.appending(RuleText.trimmed(note), to: resolution)
        resolvedOn = day
        status = .materialised
    }

    private static func appending(_ note: String, to existing: String?) -> String {
        guard let existing, !RuleText.isBlank(existing) else { return note }
        return existing + "\n" + note
    }
}

extension Account {
    /// Closes one risk on the register by id; it stays in `risks`.
    public mutating func closeRisk(id: String, note: String, on day: CalendarDate) throws {
        guard let i = risks.firstIndex(where: { $0.id == id }) else { throw TidyPictureError.noSuchItem(id) }
        try risks[i].close(note: note, on: day)
    }

    /// Closes one open issue by id; it stays in `openIssues`.
    public mutating func closeOpenIssue(id: String, note: String, on day: CalendarDate) throws {
        guard let i = openIssues.firstIndex(where: { $0.id == id }) else { throw TidyPictureError.noSuchItem(id) }
        try openIssues[i].close(note: note, on: day)
    }
}
