/// Names a field of a change's input in code, so its value is read by a typed key and never by
/// the label on screen or the option's spelling: renaming either cannot quietly empty a value.
public struct FieldKey: Hashable, Codable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}
