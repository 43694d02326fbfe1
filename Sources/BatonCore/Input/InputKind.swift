/// What a field's text must become: the kinds of value a change's input is made of.
public enum InputKind: Equatable, Hashable, Codable, Sendable {
    /// One line of text.
    case text
    /// Text with line breaks: notes, words as said.
    case multiLine
    /// A whole number in a range; "1,200" and "1 200" read as 1200.
    case number(min: Int, max: Int)
    /// A day as a person types it: 2026-11-24, fri, +3d, T-3 (`RelativeDate`).
    case date
    /// A person: one the account knows, or (asked first) a new name.
    case person(PersonScope)
    /// One of a few values, picked: never free text.
    case choice([FieldChoice])
    /// Any of a few values, several at once ("support,billing").
    case choices([FieldChoice])

    /// The picker's values; empty for typed kinds.
    public var choiceList: [FieldChoice] {
        switch self {
        case .choice(let c), .choices(let c): c
        default: []
        }
    }

    /// How the shell's help writes a value of this kind.
    public var placeholder: String {
        switch self {
        case .text, .multiLine: "TEXT"
        case .number: "N"
        case .date: "DATE"
        case .person: "NAME"
        case .choice(let c): c.map(\.value).joined(separator: "|")
        case .choices(let c): c.map(\.value).joined(separator: ",")
        }
    }
}
