import BatonCore

/// One field of a form on screen: its definition (`InputField`, from the change's one input
/// definition in BatonCore) and the text being typed into it.
public struct FormField: Equatable, Codable, Sendable {
    public typealias Kind = InputKind

    public var definition: InputField
    public var input: TextField

    /// The field as its change's input defines it, starting on the definition's value.
    public init(_ field: InputField) {
        definition = field
        input = TextField(label: field.label, text: field.value, multiLine: field.kind == .multiLine)
    }

    /// A field of a form that is not a change to an account (who is in the room, a file to import,
    /// the lead's name): the same kinds, with no shell option of its own.
    public init(_ key: FieldKey, _ label: String, _ kind: Kind = .text, text: String = "", required: Bool = true,
                hint: String? = nil, completions: [String] = [], pickFirst: Bool = true) {
        self.init(InputField(key, label, option: key.name, kind, value: text, required: required, help: hint ?? "",
                             completions: completions, pickFirst: pickFirst))
    }

    public var key: FieldKey { definition.key }
    public var kind: Kind { definition.kind }
    public var required: Bool { definition.required }
    public var completions: [String] { definition.completions }
    /// A word under the field: what goes here, or what counts.
    public var hint: String? { definition.help.isEmpty ? nil : definition.help }
    public var label: String { input.label }
    public var value: String { input.text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The date typed, read as a person means it ("fri", "+3d", "2026-11-24"), or nil.
    public func date(today: CalendarDate, tDay: CalendarDate? = nil) -> CalendarDate? {
        kind == .date ? RelativeDate.parse(value, today: today, tDay: tDay) : nil
    }

    /// The choices of a picker field; empty for typed fields.
    public var choices: [FieldChoice] {
        if case .choice(let choices) = kind { return choices }
        return []
    }

    /// The values of a checklist field (several at once, each ticked); empty for other fields.
    public var checklist: [FieldChoice] {
        if case .choices(let choices) = kind { return choices }
        return []
    }

    /// The checklist's ticked values, as the grammar reads the field's text (a comma list).
    public var ticked: Set<String> {
        Set(input.text.split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap {
            FieldChoice.named(String($0), in: checklist)?.value
        })
    }

    /// The checklist with one value ticked or unticked, written back in the choices' order.
    mutating func toggle(_ value: String) {
        var now = ticked
        if now.contains(value) { now.remove(value) } else { now.insert(value) }
        input = TextField(label: label, text: checklist.map(\.value).filter(now.contains).joined(separator: ","))
    }
}
