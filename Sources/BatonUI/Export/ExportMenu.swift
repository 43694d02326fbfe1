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
        guard let command = ExportMenuKeys.table.command(for: key) else { return [] }
        switch command {
        case .move(let move): m.cursor = move.cursor(from: m.cursor, count: m.choices.count)
        case .export:
            let choice = m.choices[m.cursor]
            state.overlay = nil
            state.message = "Exporting…"
            return [.export(choice.kind, accountID: choice.accountID)]
        case .close:
            state.overlay = nil
            return []
        }
        state.overlay = .exportMenu(m)
        return []
    }
}
