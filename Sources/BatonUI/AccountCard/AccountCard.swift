import BatonCore

/// The account card: everything one account holds, on six tabs, each seen and edited in place.
/// A full-screen overlay; its forms open over it and it stays open when they close.
public struct AccountCard: Equatable, Sendable {
    public var accountID: String
    public var tab: CardTab = .overview
    /// The row under the cursor on each tab (on History, the first line shown).
    public var cursors: [CardTab: Int] = [:]
    public var form: FormState?
    /// `?` inside the card: the help's scroll position while it is open.
    public var help: Int?

    public init(accountID: String, tab: CardTab = .overview) {
        self.accountID = accountID
        self.tab = tab
    }

    public var cursor: Int {
        get { cursors[tab] ?? 0 }
        set { cursors[tab] = newValue }
    }
}

/// The card's six tabs, in the order the keys 1–6 name them.
public enum CardTab: Int, CaseIterable, Sendable {
    case overview = 1, contacts, milestones, exit, handover, history

    public var title: String {
        switch self {
        case .overview: "Overview"
        case .contacts: "Contacts"
        case .milestones: "Milestones"
        case .exit: "Exit"
        case .handover: "Handover"
        case .history: "History"
        }
    }

    var next: CardTab { CardTab(rawValue: rawValue % 6 + 1)! }
    var previous: CardTab { CardTab(rawValue: (rawValue + 4) % 6 + 1)! }
}

/// What a key does inside the card: the keymap's `.accountCard` rows name these.
public enum CardCommand: Hashable, Sendable {
    case tab(CardTab), nextTab, previousTab, close
    case add, edit, complete, reopen
    /// The handover document's life: circulated, finalised, each on a day.
    case handoverStep(HandoverStep)

    public var name: String {
        switch self {
        case .tab(let t): "card-\(t.title.lowercased())"
        case .nextTab: "card-next-tab"
        case .previousTab: "card-previous-tab"
        case .close: "card-close"
        case .add: "card-add"
        case .edit: "card-edit"
        case .complete: "card-complete"
        case .reopen: "card-reopen"
        case .handoverStep(let step): "card-handover-\(step.rawValue)"
        }
    }
}

/// The overview's three editable blocks, in the order the cursor meets them.
enum OverviewBlock: Int, CaseIterable {
    case identity, people, contract

    var title: String {
        switch self {
        case .identity: "Identity"
        case .contract: "Contract"
        case .people: "Our people"
        }
    }
}

extension Keymap {
    /// The command a key means inside the card: the card's own rows first, then the global rows
    /// that still make sense over it (moving, undo, help; Ctrl-C is Update.route's).
    func cardCommand(for key: KeyEvent) -> Command? {
        if let b = bindings.first(where: { $0.scope == .accountCard && $0.keys.contains(key) }) { return b.command }
        let passThrough: Set<Command> = [.up, .down, .pageUp, .pageDown, .top, .bottom, .undo, .redo, .help, .redraw]
        if let b = bindings.first(where: { $0.scope == .global && $0.keys.contains(key) }), passThrough.contains(b.command) {
            return b.command
        }
        return nil
    }
}
