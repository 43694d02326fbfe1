/// Something that has happened and is not closed. Never deleted: closed with a note.
public struct OpenIssue: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case ourCommitment
        case customerCommitment
        case technical
        case awaitingDecision

        public var title: String {
            switch self {
            case .ourCommitment: "Our commitment to the customer"
            case .customerCommitment: "Customer's commitment to us"
            case .technical: "Technical issue / feature request / service question"
            case .awaitingDecision: "Open conversation awaiting a decision"
            }
        }
    }

    /// What the account manager decided within the 30 days after T-day.
    public enum Disposition: String, Codable, CaseIterable, Sendable { case closed, recommitted, rescoped }

    /// One disposition, kept in order: a re-scope keeps the old description, a re-commit the old deadline.
    public struct DispositionRecord: Codable, Hashable, Sendable {
        public var disposition: Disposition
        public var on: CalendarDate
        public var note: String
        public var previousDescription: String?
        public var previousDeadline: CalendarDate?

        public init(disposition: Disposition, on: CalendarDate, note: String,
                    previousDescription: String? = nil, previousDeadline: CalendarDate? = nil) {
            self.disposition = disposition
            self.on = on
            self.note = note
            self.previousDescription = previousDescription
            self.previousDeadline = previousDeadline
        }
    }

    public var id: String
    public var kind: Kind
    public var description: String
    public var owner: String
    public var deadline: CalendarDate
    public var raisedOn: CalendarDate
    public var isClosed: Bool
    public var dispositions: [DispositionRecord]

    public init(id: String, kind: Kind, description: String, owner: String, deadline: CalendarDate,
                raisedOn: CalendarDate, isClosed: Bool = false, dispositions: [DispositionRecord] = []) {
        self.id = id
        self.kind = kind
        self.description = description
        self.owner = owner
        self.deadline = deadline
        self.raisedOn = raisedOn
        self.isClosed = isClosed
        self.dispositions = dispositions
    }
}
