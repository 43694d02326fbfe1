/// The keys of the T-day walkthrough.
enum TransferWalkthroughKeys {
    enum Command: Hashable, Sendable { case tick, note, move(ListMove), close }

    static let table = ContextKeys<Command>(.walkthrough, [
        ContextBinding([.char(" "), .enter], .tick,
                       help: "Tick: an area Complete / Incomplete, a T-day change done with its time, a step of the sequence done",
                       hint: "tick"),
        ContextBinding([.char("e")], .note, help: "A note on the area", hint: "note"),
    ] + ListMove.bindings(Command.move, help: "Move through the CRM areas, the T-day changes and the transfer sequence") + [
        ContextBinding([.escape, .char("q")], .close, help: "Close the walkthrough (every tick is already saved)", hint: "close"),
    ])
}
