/// One value a choice field can take: what is stored, what is shown, and the key that picks it.
public struct FieldChoice: Equatable, Hashable, Codable, Sendable {
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

    /// Yes or no, picked by y and n.
    public static let yesNo = [FieldChoice("yes", "Yes", key: "y"), FieldChoice("no", "No", key: "n")]

    /// The one choice a typed word names: its value or title exactly (case and accents aside),
    /// else the one whose value or title starts with it; nil when none or several do.
    public static func named(_ text: String, in choices: [FieldChoice]) -> FieldChoice? {
        let word = PersonName.fold(text)
        guard !word.isEmpty else { return nil }
        if let exact = choices.first(where: { PersonName.fold($0.value) == word || PersonName.fold($0.title) == word }) {
            return exact
        }
        let starts = choices.filter { PersonName.fold($0.value).hasPrefix(word) || PersonName.fold($0.title).hasPrefix(word) }
        return starts.count == 1 ? starts[0] : nil
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
