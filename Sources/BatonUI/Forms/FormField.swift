import BatonCore

/// One field of a form: the text being typed, what kind of value it must become, and whether
/// the form can be submitted without it.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case text, multiLine, date }

    public var input: TextField
    public var kind: Kind
    public var required: Bool
    /// A word under the field: what goes here, or what counts.
    public var hint: String?

    public init(_ label: String, _ kind: Kind = .text, text: String = "", required: Bool = true, hint: String? = nil) {
        input = TextField(label: label, text: text, multiLine: kind == .multiLine)
        self.kind = kind
        self.required = required
        self.hint = hint
    }

    public var label: String { input.label }
    public var value: String { input.text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The date typed, read as a person means it ("fri", "+3d", "2026-11-24"), or nil.
    public func date(today: CalendarDate) -> CalendarDate? {
        kind == .date ? RelativeDate.parse(value, today: today) : nil
    }
}
