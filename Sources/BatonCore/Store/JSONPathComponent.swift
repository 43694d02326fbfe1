/// One step of a coding path: a field of an object or a position in a list.
enum JSONPathComponent: Equatable, Sendable {
    case key(String)
    case index(Int)

    /// `portfolio.accounts[3].tDay`
    static func describe(_ path: [JSONPathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let name): text += text.isEmpty ? name : ".\(name)"
            case .index(let i): text += "[\(i)]"
            }
        }
        return text
    }

    /// Foundation names a list position "Index 3" with an integer value; dictionary keys that
    /// look like numbers also carry an integer value, so the prefix tells them apart.
    init(_ key: any CodingKey) {
        if let i = key.intValue, key.stringValue.hasPrefix("Index ") {
            self = .index(i)
        } else {
            self = .key(key.stringValue)
        }
    }
}
