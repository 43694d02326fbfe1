import BatonCore

/// The keys of present mode: the screen shared with the customer in the joint transition meeting.
/// Only these: leaving it, and following the meeting's sections. Nothing that opens a form, a
/// pane or another account can be reached from here, so nothing internal can reach the screen.
enum PresentKeys {
    enum Command: Hashable, Sendable { case leave, nextSection, previousSection }

    static let table = ContextKeys<Command>(.present, [
        ContextBinding([.char("p"), .escape], .leave, help: "Leave present mode: back to the lead's own screen", hint: "leave present mode"),
        ContextBinding([.right, .char("l"), .tab], .nextSection, help: "Over the joint transition meeting: next and previous section",
                       hint: "section", hintKeys: "←/→"),
        ContextBinding([.left, .char("h"), .backTab], .previousSection, help: nil),
    ])
}

/// Present mode's update: the few keys it has; every other key does nothing.
enum PresentUpdate {
    static func handle(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard let command = PresentKeys.table.command(for: key) else { return [] }
        switch command {
        case .leave:
            state.presenting = false
            state.message = "Present mode off: the screen shows everything again"
        case .nextSection, .previousSection:
            guard case .agendaMeeting(var m) = state.overlay else { return [] }
            m.go(to: m.current + (command == .nextSection ? 1 : -1), now: state.now)
            state.overlay = .agendaMeeting(m)
        }
        return []
    }
}

extension AppState {
    /// The account present mode shows: the joint meeting's when one is open, else the one selected.
    var presentedAccount: Account? {
        if case .agendaMeeting(let m) = overlay { return portfolio.account(id: m.accountID) }
        return selectedAccount
    }
}
