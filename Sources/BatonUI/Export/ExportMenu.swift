import BatonCore

/// `E`: what to export for the selected account, grouped by who may read it, with the
/// portfolio's calendar last.
public struct ExportMenu: Equatable, Sendable {
    /// One line of the menu: a document of the account, or the whole portfolio's calendar.
    public struct Choice: Equatable, Sendable {
        public var kind: DocumentKind
        /// Nil for the portfolio's calendar.
        public var accountID: String?
    }

    public var accountID: String
    public var cursor = 0

    public init(accountID: String) {
        self.accountID = accountID
    }

    /// Internal documents, then the customer's, then the two calendars.
    public var choices: [Choice] {
        let forAccount = DocumentKind.allCases.map { Choice(kind: $0, accountID: accountID) }
        return forAccount + [Choice(kind: .calendar, accountID: nil)]
    }
}

enum ExportMenuUpdate {
    static func open(_ state: inout AppState) -> [Effect] {
        guard let account = state.selectedAccount else {
            state.message = "No account selected: pick one in the portfolio, then E."
            return []
        }
        state.overlay = .exportMenu(ExportMenu(accountID: account.id))
        return []
    }

    static func handle(_ key: KeyEvent, _ menu: ExportMenu, _ state: inout AppState) -> [Effect] {
        var m = menu
        let count = m.choices.count
        switch key {
        case .char("j"), .down: m.cursor = min(count - 1, m.cursor + 1)
        case .char("k"), .up: m.cursor = max(0, m.cursor - 1)
        case .char("g"), .home: m.cursor = 0
        case .char("G"), .end: m.cursor = count - 1
        case .pageDown: m.cursor = min(count - 1, m.cursor + 10)
        case .pageUp: m.cursor = max(0, m.cursor - 10)
        case .enter:
            let choice = m.choices[m.cursor]
            state.overlay = nil
            state.message = "Exporting…"
            return [.export(choice.kind, accountID: choice.accountID)]
        case .escape, .char("q"):
            state.overlay = nil
            return []
        case .ctrl("c"):
            return [.quit]
        default:
            break
        }
        state.overlay = .exportMenu(m)
        return []
    }
}
