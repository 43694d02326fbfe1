/// The keys of the past-runs browser.
enum RunsKeys {
    enum Command: Hashable, Sendable { case compare, move(ListMove), close, stopComparing }

    static let table = ContextKeys<Command>(.pastRuns, [
        ContextBinding([.enter, .char(" ")], .compare, help: "Compare the run with the marks as they stand", hint: "compare with now"),
    ] + ListMove.bindings(Command.move, help: "Move between runs") + [
        ContextBinding([.escape, .char("q"), .char("R")], .close, help: "Close", hint: "close"),
        ContextBinding([.escape, .char("q"), .char("R"), .enter, .char(" ")], .stopComparing,
                       help: "Back from the comparison to the runs", hint: "back"),
    ])

    /// What the browser answers now: comparing, Enter and Esc go back to the runs.
    static func offered(_ command: Command, _ browser: RunsBrowser) -> Bool {
        switch command {
        case .compare, .close: !browser.comparing
        case .stopComparing: browser.comparing
        case .move: true
        }
    }

    /// Comparing, the hint bar says only how to go back.
    static func shown(_ command: Command, _ browser: RunsBrowser) -> Bool {
        offered(command, browser) && (!browser.comparing || command == .stopComparing)
    }
}
