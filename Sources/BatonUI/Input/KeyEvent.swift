/// A key (or a resize, or a click) as the terminal reported it, before the keymap gives it meaning.
public enum KeyEvent: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lower case: `.ctrl("c")`, `.ctrl("l")`, `.ctrl("r")`.
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete
    case function(Int)
    /// Alt plus a key (ESC then the key, within the escape delay).
    case alt(Character)
    case resize(width: Int, height: Int)
    /// A left click at a cell, when the mouse is on.
    case click(x: Int, y: Int)
    case scrollUp, scrollDown
    /// Text that arrived in one read (a paste): kept whole so it is one edit, not many.
    case paste(String)

    /// How the key is written in the help overlay, the hint bar and docs/keys.md.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-\(c.uppercased())"
        case .alt(let c): "Alt-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        case .resize: "resize"
        case .click: "click"
        case .scrollUp: "wheel up"
        case .scrollDown: "wheel down"
        case .paste: "paste"
        }
    }
}
