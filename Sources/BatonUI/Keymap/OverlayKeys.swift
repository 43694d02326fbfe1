/// Where a key works when something is open over the panes: each form, meeting, dialog and
/// view has its own keys. They live here, as data beside the keymap, so `?` inside any of them,
/// the help, `baton keys` and docs/keys.md list the same keys.
public enum OverlayContext: String, CaseIterable, Sendable {
    case form, readinessMeeting, walkthrough, agendaMeeting, pastRuns, meetingChooser, measures, search, exportMenu,
         importPreview, help, palette

    public var title: String {
        switch self {
        case .form: "A form"
        case .readinessMeeting: "The readiness assessment meeting"
        case .walkthrough: "The T-day walkthrough"
        case .agendaMeeting: "Internal handover, joint transition meeting, 30-day review"
        case .pastRuns: "Past assessment runs"
        case .meetingChooser: "Choosing a meeting"
        case .measures: "Transition measures"
        case .search: "Search everything"
        case .exportMenu: "Export"
        case .importPreview: "Importing a CRM export: the dry run"
        case .help: "The help"
        case .palette: "The command palette"
        }
    }
}

/// One key of an overlay, as the help and docs/keys.md say it.
public struct OverlayKey: Equatable, Sendable {
    public var keys: String
    public var help: String

    public init(_ keys: String, _ help: String) {
        self.keys = keys
        self.help = help
    }
}

extension Keymap {
    /// Every overlay's keys, in the order a person meets them.
    public static let overlayKeys: [(context: OverlayContext, keys: [OverlayKey])] = [
        (.form, [
            OverlayKey("Tab Shift-Tab", "Next and previous field (Tab first takes a name the field offers, shown dimmed)"),
            OverlayKey("Enter", "Next field; saves on the last; a new line in a notes field"),
            OverlayKey("Ctrl-S", "Save from any field"),
            OverlayKey("Esc", "Cancel; asks first (y discards) when something was typed"),
            OverlayKey("← → Space letter", "In a choice: step through the values, or pick one by its letter"),
            OverlayKey("Ctrl-A Ctrl-E Alt-B Alt-F", "Start and end of the line, a word back and forward"),
            OverlayKey("Ctrl-W Ctrl-U Ctrl-K", "Delete a word back, to the start, to the end"),
            OverlayKey("F1", "These keys (? is text in a form)"),
            OverlayKey("Ctrl-C", "Quit: asks first"),
        ]),
        (.readinessMeeting, [
            OverlayKey("Enter", "Who is in the room: begin; on a condition: keep its mark and go on; at the close: record the run"),
            OverlayKey("m", "Mark the condition Met, with the evidence its standard names"),
            OverlayKey("n", "Mark it Not Met, with the action that closes the gap"),
            OverlayKey("c", "Clear the mark"),
            OverlayKey("d", "The Not Met condition's action is done: when, and what was done (then re-run it)"),
            OverlayKey("a c", "After a run that did not clear: tell the account-management team; the customer, or not needed with why"),
            OverlayKey("←", "Back a condition"),
            OverlayKey("Esc", "Leave (asks; nothing is recorded)"),
        ]),
        (.walkthrough, [
            OverlayKey("j k g G PgUp PgDn", "Move through the CRM areas, the T-day changes and the transfer sequence"),
            OverlayKey("Space", "Tick: an area Complete / Incomplete, a T-day change done with its time"),
            OverlayKey("e", "A note on the area"),
            OverlayKey("Esc", "Close the walkthrough (every tick is already saved)"),
        ]),
        (.agendaMeeting, [
            OverlayKey("Tab → Shift-Tab ←", "Next and previous section"),
            OverlayKey("Enter e", "Type the section's notes (Esc stops typing); a section is done only with notes"),
            OverlayKey("x", "Skip the section on purpose, with a reason"),
            OverlayKey("a", "Who is in the room"),
            OverlayKey("c", "Internal handover: the account manager's two or three commitments"),
            OverlayKey("1 2 3", "Joint transition meeting: tick the success signals (only with the sponsor in the room)"),
            OverlayKey("1–5", "30-day review: the customer's satisfaction with the transition"),
            OverlayKey("j k o c m r s", "30-day review: move through the risks and issues; keep open, close, materialised, re-commit, re-scope"),
            OverlayKey("Ctrl-S", "Close the meeting and record it"),
            OverlayKey("Esc", "Leave (asks; nothing is recorded)"),
        ]),
        (.pastRuns, [
            OverlayKey("j k g G PgUp PgDn", "Move between runs"),
            OverlayKey("Enter Space", "Compare the run with the marks as they stand"),
            OverlayKey("Esc R", "Back, or close"),
        ]),
        (.meetingChooser, [
            OverlayKey("1 2 3", "Choose the internal handover, the joint transition meeting or the 30-day review"),
            OverlayKey("j k Enter", "Move and begin"),
            OverlayKey("Esc", "Close"),
        ]),
        (.measures, [
            OverlayKey("1 2 3 4 5", "Now, 12 months, the audit, by person, each person's load"),
            OverlayKey("Tab → ←", "Next and previous tab"),
            OverlayKey("j k g G PgUp PgDn", "Move; first and last; a page"),
            OverlayKey("Enter", "The accounts behind the figure; on an account, go to it; on the load tab, the person's accounts"),
            OverlayKey("p", "By person: account managers or onboarding leads"),
            OverlayKey("Esc", "Back, or close"),
        ]),
        (.search, [
            OverlayKey("type", "Search every account's text: every word must match, case and accents ignored"),
            OverlayKey("↑ ↓ PgUp PgDn", "Choose a match"),
            OverlayKey("Enter", "Go there: the card's tab, or the pane's row"),
            OverlayKey("Esc", "Close"),
        ]),
        (.exportMenu, [
            OverlayKey("j k g G", "Choose a document or calendar"),
            OverlayKey("Enter", "Write it to the documents folder; the hint line says where"),
            OverlayKey("Esc", "Close"),
        ]),
        (.importPreview, [
            OverlayKey("j k PgUp PgDn g G", "Scroll the rows: added, updated, conflicts, unchanged, refused with line and reason"),
            OverlayKey("Enter", "Import it as one change (not while a row is refused)"),
            OverlayKey("s", "Skip the refused rows (again: don't)"),
            OverlayKey("p", "On conflicts, take the file's values (again: keep yours)"),
            OverlayKey("e", "Back to the file and the column mapping"),
            OverlayKey("Esc q", "Cancel: nothing changes"),
        ]),
        (.help, [
            OverlayKey("j k PgUp PgDn g G", "Scroll"),
            OverlayKey("/", "Search the help"),
            OverlayKey("Esc ? q", "Close (back to where you were)"),
        ]),
        (.palette, [
            OverlayKey("type", "Narrow the commands"),
            OverlayKey("↑ ↓ Tab", "Choose; complete the name"),
            OverlayKey("Enter", "Run it"),
            OverlayKey("Esc", "Close"),
        ]),
    ]

    public static func keys(of context: OverlayContext) -> [OverlayKey] {
        overlayKeys.first { $0.context == context }?.keys ?? []
    }
}

extension Overlay {
    /// Which overlay's keys `?` shows.
    var helpContext: OverlayContext? {
        switch self {
        case .form: .form
        case .meeting(let m): m.form != nil ? .form : .readinessMeeting
        case .walkthrough(let w): w.form != nil ? .form : .walkthrough
        case .agendaMeeting(let m): m.form != nil ? .form : .agendaMeeting
        case .runs: .pastRuns
        case .meetingChooser: .meetingChooser
        case .measures: .measures
        case .search: .search
        case .exportMenu: .exportMenu
        case .importPreview: .importPreview
        case .palette: .palette
        case .help, .accountCard: nil
        }
    }

    /// Where `?` is text being typed rather than a request for help (F1 always asks for help).
    var typesQuestionMark: Bool {
        switch self {
        case .form, .search, .palette: true
        case .meeting(let m): m.form != nil
        case .walkthrough(let w): w.form != nil
        case .agendaMeeting(let m): m.form != nil || m.focus != .sections
        default: false
        }
    }
}
