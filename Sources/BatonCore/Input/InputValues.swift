import Foundation

/// A change's fields as filled in, each already read by its kind: what a definition's `make`
/// turns into the change. Reading cannot fail here: `ChangeInput.build` has refused anything
/// unreadable, naming the field, before `make` sees it.
public struct InputValues: Sendable {
    /// The account the change is for; nil when the input makes a new one.
    public let account: Account?
    public let context: ChangeContext
    let read: [FieldKey: FieldValue]

    /// One field's value, read by its kind.
    enum FieldValue: Equatable, Sendable {
        case text(String)
        case number(Int)
        case date(CalendarDate)
        case person(String)
        case choice(String)
        case choices([String])

        /// The value in its normal form as text: a number without separators, a day as YYYY-MM-DD.
        var text: String {
            switch self {
            case .text(let t), .person(let t), .choice(let t): t
            case .number(let n): "\(n)"
            case .date(let d): d.iso
            case .choices(let c): c.joined(separator: ",")
            }
        }
    }

    /// The text as typed, trimmed; "" when blank. A person field gives the name as the account spells it.
    public func text(_ key: FieldKey) -> String { read[key]?.text ?? "" }

    public func number(_ key: FieldKey) -> Int? {
        if case .number(let n) = read[key] { return n }
        return nil
    }

    public func date(_ key: FieldKey) -> CalendarDate? {
        if case .date(let d) = read[key] { return d }
        return nil
    }

    /// The picked value of a choice; nil when nothing is picked.
    public func choice(_ key: FieldKey) -> String? {
        if case .choice(let c) = read[key] { return c }
        return nil
    }

    public func choice<T: RawRepresentable>(_ key: FieldKey, as type: T.Type) -> T? where T.RawValue == String {
        choice(key).flatMap(T.init(rawValue:))
    }

    /// The picked values of a several-at-once choice, in the choices' order.
    public func choices(_ key: FieldKey) -> [String] {
        if case .choices(let c) = read[key] { return c }
        return []
    }

    /// A yes/no choice: true only for an explicit yes.
    public func yes(_ key: FieldKey) -> Bool { choice(key) == "yes" }

    /// Whether anything was given for the field.
    public func has(_ key: FieldKey) -> Bool { read[key] != nil }

    /// The account, for an input that is about one (every input but a new account's).
    public var subject: Account {
        get throws(InputRefusal) {
            guard let account else { throw InputRefusal(nil, "Which account? This change is about one.") }
            return account
        }
    }
}
