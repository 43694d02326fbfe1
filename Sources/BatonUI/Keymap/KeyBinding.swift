/// Where a binding applies: everywhere, or only while a pane has the focus.
public enum KeyScope: Hashable, Sendable {
    case global
    case pane(Pane)
    /// While the account card is open.
    case accountCard

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .pane(let p): p.title
        case .accountCard: "Account card"
        }
    }
}

/// One row of the keymap: the keys, what they do, where, and how the help and hint bar say it.
public struct KeyBinding: Hashable, Sendable {
    /// Empty for a command reached only through the palette.
    public var keys: [KeyEvent]
    public var command: Command
    public var scope: KeyScope
    /// The help overlay's and the keys page's (docs/keys.md) description.
    public var help: String
    /// A one- or two-word label for the hint bar; nil keeps it out of the hint bar.
    public var hint: String?

    public init(_ keys: [KeyEvent], _ command: Command, _ scope: KeyScope = .global, help: String, hint: String? = nil) {
        self.keys = keys
        self.command = command
        self.scope = scope
        self.help = help
        self.hint = hint
    }

    /// "j ↓" — how the keys are written in the help overlay.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}
