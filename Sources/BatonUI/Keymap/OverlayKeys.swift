/// Where a key works when something is open over the panes: each form, meeting, dialog and
/// view has its own table of keys (its `ContextKeys`), beside the keymap, so `?` inside any of
/// them, the help, `baton keys` and docs/keys.md list the keys its update dispatches on.
public enum OverlayContext: String, CaseIterable, Sendable {
    case filter, form, readinessMeeting, walkthrough, agendaMeeting, pastRuns, meetingChooser, measures, search,
         exportMenu, importPreview, help, helpSearch, palette, present, outsideEdit

    public var title: String {
        switch self {
        case .filter: "Filtering the portfolio"
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
        case .helpSearch: "Searching the help"
        case .palette: "The command palette"
        case .present: "Present mode: the screen shared with the customer"
        case .outsideEdit: "The store was changed by another program"
        }
    }

    /// Ctrl-C asks before quitting here: what is typed is not saved yet (it is kept as a draft).
    public var asksBeforeQuitting: Bool {
        switch self {
        case .form, .readinessMeeting, .agendaMeeting: true
        default: false
        }
    }

    /// `?` and F1 here open the help at this context's keys (not inside the help itself).
    var opensItsHelp: Bool { self != .help && self != .helpSearch && self != .present && self != .outsideEdit }

    /// The context's keys as the help and `baton keys` list them: its table, then what Update.route
    /// decides for every context (F1 where `?` is text, Ctrl-C where it asks first).
    public var lines: [OverlayKey] {
        var out = table
        if typesText && opensItsHelp { out.append(OverlayKey(["F1"], "These keys, even while typing (? is then text)")) }
        if asksBeforeQuitting {
            out.append(OverlayKey(["Ctrl-C"], "Quit: asks first (what is typed is kept as a draft, offered back next time)"))
        }
        return out
    }

    /// Whether the context takes typed text (all of it, or in one of its steps).
    var typesText: Bool { table.first?.keys == ["type"] }

    private var table: [OverlayKey] {
        switch self {
        case .filter: FilterKeys.table.lines
        case .form: FormKeys.table.lines
        case .readinessMeeting: ReadinessMeetingKeys.table.lines
        case .walkthrough: TransferWalkthroughKeys.table.lines
        case .agendaMeeting: AgendaMeetingKeys.table.lines
        case .pastRuns: RunsKeys.table.lines
        case .meetingChooser: MeetingChooserKeys.table.lines
        case .measures: MeasuresKeys.table.lines
        case .search: SearchEverythingKeys.table.lines
        case .exportMenu: ExportMenuKeys.table.lines
        case .importPreview: ImportKeys.table.lines
        case .help: HelpKeys.table.lines
        case .helpSearch: HelpSearchKeys.table.lines
        case .palette: PaletteKeys.table.lines
        case .present: PresentKeys.table.lines
        case .outsideEdit: OutsideEditKeys.table.lines
        }
    }
}

/// One line of a context's keys, as the help and docs/keys.md say it.
public struct OverlayKey: Equatable, Sendable {
    /// Each key's label ("Esc", "q", "1–5"); "type" for typing.
    public var keys: [String]
    public var help: String

    public init(_ keys: [String], _ help: String) {
        self.keys = keys
        self.help = help
    }

    /// "Esc q" — how the help writes the keys.
    public var label: String { keys.joined(separator: " ") }

    /// "1 2 3 4 5" written "1–5"; three digits or fewer stay as they are.
    static func compressingDigits(_ labels: [String]) -> [String] {
        var out: [String] = []
        var run: [Int] = []
        func flush() {
            if run.count > 3 { out.append("\(run.first!)–\(run.last!)") } else { out += run.map(String.init) }
            run = []
        }
        for label in labels {
            if let n = Int(label), label.count == 1, run.isEmpty || run.last! + 1 == n {
                run.append(n)
            } else {
                flush()
                if let n = Int(label), label.count == 1 { run.append(n) } else { out.append(label) }
            }
        }
        flush()
        return out
    }
}

extension Keymap {
    /// Every context's keys, in the order a person meets them.
    public static var overlayKeys: [(context: OverlayContext, keys: [OverlayKey])] {
        OverlayContext.allCases.map { ($0, $0.lines) }
    }

    public static func keys(of context: OverlayContext) -> [OverlayKey] { context.lines }
}

extension AppState {
    /// The context whose table takes keys now; nil on the panes (the keymap's) and on the account
    /// card (its rows of the keymap).
    var keyContext: OverlayContext? {
        // Shared with the customer: present mode's keys only; an outside edit waits until it ends.
        if presenting { return .present }
        // The question about an outside edit sits over everything and takes the keys first.
        if outsideEdit != nil { return .outsideEdit }
        return switch overlay {
        case nil: filterEditing ? .filter : nil
        case .help: helpQuery == nil ? .help : .helpSearch
        case .palette: .palette
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
        case .accountCard(let card): card.form != nil ? .form : card.help != nil ? .help : nil
        }
    }

    /// A field has the cursor: a printable key is text, not a command (`?` too; F1 still helps).
    var typesText: Bool {
        if presenting { return false }
        return switch overlay {
        case nil: filterEditing
        case .help: helpQuery != nil
        case .form, .search, .palette: true
        case .meeting(let m): m.form != nil || m.phase == .attendees
        case .walkthrough(let w): w.form != nil
        case .agendaMeeting(let m): m.form != nil || (m.phase == .running && m.focus != .sections)
        case .accountCard(let card): card.form != nil
        default: false
        }
    }
}

