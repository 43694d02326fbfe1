/// The keys of the command palette (`:`): typing narrows, so only keys that are not text act.
enum PaletteKeys {
    enum Command: Hashable, Sendable { case move(ListMove), complete, run, close }

    static let table = ContextKeys<Command>(.palette, typing: ("Narrow the commands", "to search"), [
        ContextBinding([.down, .ctrl("n")], .move(.down), help: "Choose a command", hint: "choose", hintKeys: "↑↓"),
        ContextBinding([.up, .ctrl("p")], .move(.up), help: nil),
        ContextBinding([.tab], .complete, help: "Complete the chosen command's name", hint: "complete"),
        ContextBinding([.enter], .run, help: "Run it", hint: "run"),
        ContextBinding([.escape], .close, help: "Close (Backspace too, with nothing typed)", hint: "close"),
    ])
}
