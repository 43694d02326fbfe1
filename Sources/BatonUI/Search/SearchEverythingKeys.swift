/// The keys of the search (`F`): typing searches, so only keys that are not text choose and go.
enum SearchEverythingKeys {
    enum Command: Hashable, Sendable { case move(ListMove), go, close }

    static let table = ContextKeys<Command>(.search, typing: ("Search every account's text: every word must match, case and accents ignored", "to search"), [
        ContextBinding([.down, .ctrl("n")], .move(.down), help: "Choose a match", hint: "choose", hintKeys: "↑↓"),
        ContextBinding([.up, .ctrl("p")], .move(.up), help: nil),
        ContextBinding([.pageDown], .move(.pageDown), help: nil),
        ContextBinding([.pageUp], .move(.pageUp), help: nil),
        ContextBinding([.enter], .go, help: "Go there: the card's tab, or the pane's row", hint: "go there"),
        ContextBinding([.escape], .close, help: "Close", hint: "close"),
    ])
}
