import BatonCore

/// Names a form's field in code, so a form's values are read by a typed key and never by the
/// label on screen: renaming a label cannot quietly empty a value. Each feature declares its
/// own keys (`extension FieldKey { static let signatory = FieldKey("signatory") }`).
public struct FieldKey: Hashable, Codable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

/// One field of a form: the text being typed, what kind of value it must become, and whether
/// the form can be submitted without it.
public struct FormField: Equatable, Codable, Sendable {
    public enum Kind: Equatable, Codable, Sendable {
        case text, multiLine, date
        /// One of a few values, picked with a key or ←/→: never free text.
        case choice([FieldChoice])
    }

    public var key: FieldKey
    public var input: TextField
    public var kind: Kind
    public var required: Bool
    /// A word under the field: what goes here, or what counts.
    public var hint: String?
    /// Names offered as completions while typing (the account's people and contacts): Tab takes
    /// the first that starts with what is typed.
    public var completions: [String] = []

    /// A required picker starts on its first value unless `pickFirst` is false: then nothing is
    /// picked until the lead picks (a risk's likelihood is judged, never defaulted).
    public init(_ key: FieldKey, _ label: String, _ kind: Kind = .text, text: String = "", required: Bool = true,
                hint: String? = nil, completions: [String] = [], pickFirst: Bool = true) {
        self.key = key
        var initial = text
        if case .choice(let choices) = kind, !choices.contains(where: { $0.value == text }) {
            initial = required && pickFirst ? (choices.first?.value ?? "") : ""
        }
        input = TextField(label: label, text: initial, multiLine: kind == .multiLine)
        self.kind = kind
        self.required = required
        self.hint = hint
        self.completions = completions
    }

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
}

/// One value a picker field can take: what is stored, what is shown, and the key that picks it.
public struct FieldChoice: Equatable, Codable, Sendable {
    public var value: String
    public var title: String
    public var key: Character?

    public init(_ value: String, _ title: String, key: Character? = nil) {
        self.value = value
        self.title = title
        self.key = key
    }

    /// The cases of an enumeration as choices, each picked by the first letter of its title
    /// where that letter is free.
    public static func of<T: CaseIterable & RawRepresentable>(_ type: T.Type, title: (T) -> String) -> [FieldChoice]
        where T.RawValue == String {
        var taken = Set<Character>()
        return type.allCases.map { value in
            let name = title(value)
            let letter = name.lowercased().first { $0.isLetter && !taken.contains($0) }
            if let letter { taken.insert(letter) }
            return FieldChoice(value.rawValue, name, key: letter)
        }
    }
}

extension FieldChoice {
    private enum CodingKeys: String, CodingKey { case value, title, key }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(String.self, forKey: .value), try c.decode(String.self, forKey: .title),
                  key: try c.decodeIfPresent(String.self, forKey: .key)?.first)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(key.map(String.init), forKey: .key)
    }
}
