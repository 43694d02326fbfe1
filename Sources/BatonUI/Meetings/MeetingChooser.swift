import BatonCore

/// `M`: which of the three agenda meetings to hold on the selected account, the one its stage
/// calls for chosen first.
public struct MeetingChooser: Equatable, Sendable {
    public static let kinds: [Meeting.Kind] = [.internalHandover, .jointTransition, .postTransitionReview]

    public var accountID: String
    public var cursor: Int

    public init(account: Account) {
        accountID = account.id
        let suggested: Meeting.Kind = switch account.stage {
        case ..<Stage.jointTransitionMeeting: .internalHandover
        case .jointTransitionMeeting: .jointTransition
        default: .postTransitionReview
        }
        cursor = Self.kinds.firstIndex(of: suggested) ?? 0
    }
}

enum MeetingChooserUpdate {
    static func handle(_ key: KeyEvent, _ chooser: MeetingChooser, _ state: inout AppState) -> [Effect] {
        var c = chooser
        guard let command = MeetingChooserKeys.table.command(for: key) else { return [] }
        switch command {
        case .move(let move): c.cursor = move.cursor(from: c.cursor, count: MeetingChooser.kinds.count)
        case .choose(let kind): return start(kind, accountID: c.accountID, &state)
        case .begin: return start(MeetingChooser.kinds[c.cursor], accountID: c.accountID, &state)
        case .close:
            state.overlay = nil
            return []
        }
        state.overlay = .meetingChooser(c)
        return []
    }

    /// Opens the meeting on the account; the clock starts now.
    static func start(_ kind: Meeting.Kind, accountID: String, _ state: inout AppState) -> [Effect] {
        guard let account = state.portfolio.account(id: accountID) else {
            state.overlay = nil
            return []
        }
        state.overlay = .agendaMeeting(AgendaMeeting(kind: kind, account: account, now: state.now))
        return []
    }
}
