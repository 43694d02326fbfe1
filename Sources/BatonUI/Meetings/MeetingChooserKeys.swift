import BatonCore

/// The keys of the meeting chooser (`M`).
enum MeetingChooserKeys {
    enum Command: Hashable, Sendable { case choose(Meeting.Kind), move(ListMove), begin, close }

    static let table = ContextKeys<Command>(.meetingChooser, MeetingChooser.kinds.enumerated().map { i, kind in
        ContextBinding([.char(Character("\(i + 1)"))], .choose(kind),
                       help: i == 0 ? "Choose the internal handover, the joint transition meeting or the 30-day review" : nil,
                       hint: i == 0 ? "choose" : nil, hintKeys: i == 0 ? "1-\(MeetingChooser.kinds.count)" : nil)
    } + ListMove.bindings(Command.move, help: "Move") + [
        ContextBinding([.enter], .begin, help: "Begin the meeting under the cursor", hint: "begin"),
        ContextBinding([.escape, .char("q")], .close, help: "Close", hint: "close"),
    ])
}
