/// Why filled fields do not make a change yet, naming the field: a form puts the cursor on it, the
/// shell names its option. The domain's own refusals come from the door (`ChangeRefusal`).
public struct InputRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field at fault; nil when the refusal is about the change as a whole (the door's).
    public var field: FieldKey?
    public var reason: String
    /// Set when the field names a person the account does not know: the form asks before taking
    /// them as new, the shell says how to (`--new-person`).
    public var unknownPerson: String?

    public init(_ field: FieldKey?, _ reason: String, unknownPerson: String? = nil) {
        self.field = field
        self.reason = reason
        self.unknownPerson = unknownPerson
    }

    public var description: String { reason }
}
