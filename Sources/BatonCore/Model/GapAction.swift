/// What will close a Not Met gap: what, who, by when. The assessment is re-run when it is done.
public struct GapAction: Codable, Hashable, Sendable {
    public var what: String
    public var owner: String
    public var deadline: CalendarDate
    /// The day the action was done: from then the condition waits to be re-run.
    public var doneOn: CalendarDate?
    /// What was done, in a sentence, written when it was marked done.
    public var doneNote: String?

    public init(what: String, owner: String, deadline: CalendarDate, doneOn: CalendarDate? = nil, doneNote: String? = nil) {
        self.what = what
        self.owner = owner
        self.deadline = deadline
        self.doneOn = doneOn
        self.doneNote = doneNote
    }
}
