import BatonCore

/// What sits on top of the panes and sees keys first.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    case palette(PaletteState)
    /// A form over the dashboard: evidence for Met, an action for Not Met, an override reason.
    case form(FormState)
    case meeting(ReadinessMeeting)
    case walkthrough(TransferWalkthrough)
    case runs(RunsBrowser)
    case meetingChooser(MeetingChooser)
    case agendaMeeting(AgendaMeeting)
    /// The portfolio's transition measures, the audit, and the figures per person.
    case measures(MeasuresBrowser)
    /// `F`: every account's text searched, each match with where it is.
    case search(SearchEverything)
    case exportMenu(ExportMenu)
    /// Everything the account holds, on six tabs, seen and edited in place.
    case accountCard(AccountCard)
    /// `:import`: a CRM export's dry run, row by row, before anything changes.
    case importPreview(ImportReview)
}

/// Past readiness runs of one account, and one of them compared with the marks as they stand.
public struct RunsBrowser: Equatable, Sendable {
    public var accountID: String
    public var cursor: Int
    public var comparing = false

    public init(accountID: String, cursor: Int) {
        self.accountID = accountID
        self.cursor = cursor
    }
}

/// The command palette: what was typed, and which completion is chosen.
public struct PaletteState: Equatable, Sendable {
    public var query: String = ""
    public var selected: Int = 0

    public init(query: String = "", selected: Int = 0) {
        self.query = query
        self.selected = selected
    }

    /// Commands whose name or help contains every typed word, name matches first.
    public func matches(in keymap: Keymap) -> [KeyBinding] {
        let words = query.lowercased().split(separator: " ").map(String.init)
        let all = keymap.commands
        guard !words.isEmpty else { return all }
        let hits = all.filter { b in
            let hay = (b.command.name + " " + b.help).lowercased()
            return words.allSatisfy { hay.contains($0) }
        }
        // An exact name first ("open" before "open-issues-log"), then names that start with the word.
        let exact = hits.filter { $0.command.name == words[0] }
        let rest = hits.filter { $0.command.name != words[0] }
        return exact + rest.filter { $0.command.name.hasPrefix(words[0]) } + rest.filter { !$0.command.name.hasPrefix(words[0]) }
    }
}
