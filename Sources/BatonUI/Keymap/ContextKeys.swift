/// One row of a screen's own key table: the keys, the screen's typed command, the help's line and
/// the hint bar's label.
public struct ContextBinding<Command: Hashable & Sendable>: Sendable {
    public var keys: [KeyEvent]
    public var command: Command
    /// The help's and `baton keys`' line; nil writes these keys on the line above (j and k share one).
    public var help: String?
    /// The hint bar's label; nil keeps the binding out of the hint bar.
    public var hint: String?
    /// How the hint bar writes the keys where the first key alone would say too little ("j/k", "1-5").
    public var hintKeys: String?

    public init(_ keys: [KeyEvent], _ command: Command, help: String?, hint: String? = nil, hintKeys: String? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.hint = hint
        self.hintKeys = hintKeys
    }
}

/// A screen's keys as data (lazygit keeps every view's keys so): the one table its update looks a
/// key up in before switching over its own commands, and that its hint bar, `?` and `baton keys`
/// read. A key is written once, here.
public struct ContextKeys<Command: Hashable & Sendable>: Sendable {
    public let context: OverlayContext
    /// Where the screen takes typed text: what typing does, for the help, and the hint bar's label.
    public let typing: (help: String, hint: String?)?
    public let bindings: [ContextBinding<Command>]

    public init(_ context: OverlayContext, typing: (help: String, hint: String?)? = nil, _ bindings: [ContextBinding<Command>]) {
        self.context = context
        self.typing = typing
        self.bindings = bindings
    }

    /// The command of the first binding of `key` that the screen offers now. While a field takes
    /// typed text, a printable key is text: no binding takes it from the field.
    public func command(for key: KeyEvent, typing: Bool = false, where offered: (Command) -> Bool = { _ in true }) -> Command? {
        if typing && key.isPrintable { return nil }
        return bindings.first { $0.keys.contains(key) && offered($0.command) }?.command
    }

    /// The hint bar's pairs for what is shown now, in the table's order; "type" first where typing.
    public func hints(typing: Bool = false, where shown: (Command) -> Bool = { _ in true }) -> [(String, String)] {
        var out: [(String, String)] = []
        if typing, let label = self.typing?.hint { out.append(("type", label)) }
        for b in bindings where b.hint != nil && shown(b.command) {
            let keys = typing ? b.keys.filter { !$0.isPrintable } : b.keys
            guard let label = b.hintKeys ?? keys.first?.label else { continue }
            out.append((label, b.hint!))
        }
        return out
    }

    /// The help's lines: what typing does, then each binding with its followers' keys on its line.
    public var lines: [OverlayKey] {
        var out: [OverlayKey] = []
        if let typing { out.append(OverlayKey(["type"], typing.help)) }
        for b in bindings {
            if let help = b.help {
                out.append(OverlayKey(b.keys.map(\.label), help))
            } else if !out.isEmpty {
                out[out.count - 1].keys += b.keys.map(\.label)
            }
        }
        return out.map { OverlayKey(OverlayKey.compressingDigits($0.keys), $0.help) }
    }
}

/// Moving a cursor through a list: the same keys and the same arithmetic in every list.
public enum ListMove: Hashable, Sendable {
    case down, up, top, bottom, pageDown, pageUp

    /// The cursor after the move, kept within a list of `count` rows.
    public func cursor(from cursor: Int, count: Int, page: Int = 10) -> Int {
        let last = max(0, count - 1)
        switch self {
        case .down: return min(last, cursor + 1)
        case .up: return max(0, min(last, cursor - 1))
        case .top: return 0
        case .bottom: return last
        case .pageDown: return min(last, cursor + page)
        case .pageUp: return max(0, min(last, cursor - page))
        }
    }

    /// A list's moving keys, as the panes have them: j ↓, k ↑, g Home, G End, PgDn, PgUp, on one
    /// help line; the hint bar says "j/k" and the label.
    public static func bindings<C>(_ command: (ListMove) -> C, help: String, hint: String? = "move",
                                   hintKeys: String = "j/k") -> [ContextBinding<C>] {
        [
            ContextBinding([.char("j"), .down], command(.down), help: help, hint: hint, hintKeys: hintKeys),
            ContextBinding([.char("k"), .up], command(.up), help: nil),
            ContextBinding([.char("g"), .home], command(.top), help: nil),
            ContextBinding([.char("G"), .end], command(.bottom), help: nil),
            ContextBinding([.pageDown], command(.pageDown), help: nil),
            ContextBinding([.pageUp], command(.pageUp), help: nil),
        ]
    }
}

extension KeyEvent {
    /// A key that is text where a field takes typing: a character, a space, a paste.
    public var isPrintable: Bool {
        switch self {
        case .char, .paste: true
        default: false
        }
    }
}
