/// The keys of the measures view (`%`), and of the accounts behind a figure opened from it.
enum MeasuresKeys {
    enum Command: Hashable, Sendable {
        case tab(MeasuresBrowser.Tab), byPerson, nextTab, previousTab, move(ListMove), open, goToAccount, back, close
    }

    static let table = ContextKeys<Command>(.measures, MeasuresBrowser.Tab.allCases.map { tab in
        ContextBinding([.char(Character("\(tab.rawValue + 1)"))], .tab(tab),
                       help: tab == .now ? "Now, 12 months, the audit, by person, each person's load" : nil,
                       hint: tab == .now ? "tab" : nil, hintKeys: tab == .now ? "1-\(MeasuresBrowser.Tab.allCases.count)" : nil)
    } + [
        ContextBinding([.char("p")], .byPerson, help: "By person: account managers or onboarding leads", hint: "leads / managers"),
        ContextBinding([.tab, .right, .char("l")], .nextTab, help: "Next and previous tab"),
        ContextBinding([.backTab, .left, .char("h")], .previousTab, help: nil),
    ] + ListMove.bindings(Command.move, help: "Move; first and last; a page") + [
        ContextBinding([.enter], .open,
                       help: "The accounts behind the figure; on the audit, go to the account; on the load tab, the person's accounts",
                       hint: "accounts"),
        ContextBinding([.enter], .goToAccount, help: "In the accounts behind a figure: go to the account", hint: "go to the account"),
        ContextBinding([.escape, .char("q"), .backspace, .char("h"), .left], .back,
                       help: "Back from the accounts behind a figure", hint: "back"),
        ContextBinding([.escape, .char("q"), .char("%")], .close, help: "Close", hint: "close"),
    ])

    /// The view's keys, or, with the accounts behind a figure open, the list's.
    static func offered(_ command: Command, _ browser: MeasuresBrowser) -> Bool {
        switch command {
        case .move: true
        case .goToAccount, .back: browser.drilling
        case .byPerson: !browser.drilling && browser.tab == .people
        case .tab, .nextTab, .previousTab, .open, .close: !browser.drilling
        }
    }
}
