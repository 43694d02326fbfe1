/// The keys of the T-day walkthrough.
enum TransferWalkthroughKeys {
    enum Command: Hashable, Sendable { case tick, note, attendees, move(ListMove), close }

    static let table = ContextKeys<Command>(.walkthrough, [
        ContextBinding([.char(" "), .enter], .tick,
                       help: "Tick: an area Complete / Incomplete, a T-day change done with its time, a step of the sequence done",
                       hint: "tick"),
        ContextBinding([.char("e")], .note, help: "A note on the area", hint: "note"),
        ContextBinding([.char("a")], .attendees, help: "Who is in the room (the lead and the account manager, 000:458)", hint: "attendees"),
    ] + ListMove.bindings(Command.move, help: "Move through the CRM areas, the T-day changes and the transfer sequence") + [
        ContextBinding([.escape, .char("q")], .close,
                       help: "Close the walkthrough: every tick is already saved; a walkthrough that changed something is recorded as a meeting",
                       hint: "close"),
    ])
}
