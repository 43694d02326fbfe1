/// The keys of the portfolio's filter line (`/`): typing filters, Enter keeps it, Esc clears it.
enum FilterKeys {
    enum Command: Hashable, Sendable { case move(ListMove), keep, clear }

    static let table = ContextKeys<Command>(.filter, typing: ("Filter the portfolio by name as you type; Backspace, Ctrl-W and Ctrl-U take back a letter, a word, all of it",
                                                                 "to filter"), [
        ContextBinding([.down], .move(.down), help: "Move through the accounts that match", hint: "move", hintKeys: "↑↓"),
        ContextBinding([.up], .move(.up), help: nil),
        ContextBinding([.enter], .keep, help: "Keep the filter and go back to the portfolio's keys", hint: "keep filter"),
        ContextBinding([.escape], .clear, help: "Clear the filter", hint: "clear"),
    ])
}
