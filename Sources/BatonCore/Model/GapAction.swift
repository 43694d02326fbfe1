/// What will close a Not Met gap: what, who, by when. The assessment is re-run when it is done.
public struct GapAction: Codable, Hashable, Sendable {
    public var what: String
    public var owner: String
    public var deadline: CalendarDate
    public var doneOn: CalendarDate?

    public init(what: String, owner: String, deadline: CalendarDate, doneOn: CalendarDate? = nil) {
        self.what = what
        self.owner = owner
        self.deadline = deadline
        self.doneOn = doneOn
    }
}
