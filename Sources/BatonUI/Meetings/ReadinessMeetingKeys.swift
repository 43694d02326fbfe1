/// The keys of the readiness assessment meeting, step by step: who is in the room, each
/// condition, the close, who is told of a delay, and the question before leaving.
enum ReadinessMeetingKeys {
    enum Command: Hashable, Sendable {
        case begin, notStarted, markMet, markNotMet, actionDone, next, recordRun, back, clearMark, leave, confirmLeave, stay
        case tellTeam, tellCustomer, finish
    }

    static let table = ContextKeys<Command>(.readinessMeeting, typing: ("Who is in the room: type the attendees, separated by commas", nil), [
        ContextBinding([.enter], .begin, help: "Who is in the room: begin the meeting", hint: "begin"),
        ContextBinding([.escape], .notStarted, help: "Who is in the room: close, the meeting not started", hint: "cancel"),
        ContextBinding([.char("m")], .markMet, help: "Mark the condition Met, with the evidence its standard names", hint: "Met"),
        ContextBinding([.char("n")], .markNotMet, help: "Mark it Not Met, with the action that closes the gap", hint: "Not Met"),
        ContextBinding([.enter, .right, .char(" "), .char("l")], .next, help: "Keep the condition's mark and go on to the next", hint: "keep, next"),
        ContextBinding([.enter], .recordRun, help: "At the close: record the run in the account's history", hint: "record the run"),
        ContextBinding([.left, .backspace, .char("h")], .back, help: "Back a condition", hint: "back"),
        ContextBinding([.char("c")], .clearMark, help: "Clear the mark", hint: "clear"),
        ContextBinding([.char("d")], .actionDone, help: "The Not Met condition's action is done: when, and what was done (then re-run it)",
                       hint: "action done"),
        ContextBinding([.char("a")], .tellTeam, help: "After a run that did not clear: tell the account-management team of the delay, and why",
                       hint: "tell account management"),
        ContextBinding([.char("c")], .tellCustomer, help: "After a run that did not clear: the customer told, or not needed with why",
                       hint: "the customer"),
        ContextBinding([.enter, .escape], .finish, help: "After a run that did not clear: done (asks once if the team is not told)", hint: "done"),
        ContextBinding([.escape, .char("q")], .leave, help: "Leave (asks; the marks made are kept, no run is recorded)", hint: "leave"),
        ContextBinding([.char("y")], .confirmLeave, help: "Asked whether to leave: leave", hint: "leave"),
        ContextBinding([.char("n"), .escape, .char("q")], .stay, help: "Asked whether to leave: stay", hint: "stay"),
    ])

    /// What each step of the meeting answers.
    static func offered(_ command: Command, _ meeting: ReadinessMeeting) -> Bool {
        switch meeting.phase {
        case .attendees: [.begin, .notStarted].contains(command)
        case .condition: [.markMet, .markNotMet, .actionDone, .next, .back, .clearMark, .leave].contains(command)
        case .close: [.recordRun, .back, .leave].contains(command)
        case .notices: [.tellTeam, .tellCustomer, .finish].contains(command)
        case .confirmLeave: [.confirmLeave, .stay].contains(command)
        }
    }
}
