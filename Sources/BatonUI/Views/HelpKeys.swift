/// The keys of the help (`?`), over the dashboard or inside the account card.
enum HelpKeys {
    enum Command: Hashable, Sendable { case search, move(ListMove), close }

    static let table = ContextKeys<Command>(.help, [
        ContextBinding([.char("/")], .search, help: "Search the help", hint: "search"),
    ] + ListMove.bindings(Command.move, help: "Scroll", hint: "scroll", hintKeys: "j/k g/G") + [
        ContextBinding([.char(" ")], .move(.pageDown), help: nil),
        ContextBinding([.escape, .char("q"), .char("?"), .enter], .close, help: "Close (back to where you were)", hint: "close"),
    ])
}

/// The keys of the help while `/` narrows it: typing is the search.
enum HelpSearchKeys {
    enum Command: Hashable, Sendable { case move(ListMove), wholeHelp, close }

    static let table = ContextKeys<Command>(.helpSearch, typing: ("Narrow the help to the lines holding every word typed", "to narrow"), [
        ContextBinding([.down], .move(.down), help: "Scroll", hint: "scroll", hintKeys: "↑↓"),
        ContextBinding([.up], .move(.up), help: nil),
        ContextBinding([.escape], .wholeHelp, help: "The whole help again", hint: "whole help"),
        ContextBinding([.enter], .close, help: "Close the help (back to where you were)"),
    ])
}
