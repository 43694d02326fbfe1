/// The one table that drives key handling, the `?` help overlay, the hint bar, the palette and
/// the manual's keys page (docs/keys.md), so they can never disagree (lazygit keeps its keys as data the same way).
public struct Keymap: Equatable, Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The pane's own bindings first, then the global ones: the first that matches wins.
    public func command(for key: KeyEvent, focus: Pane) -> Command? {
        for scope in [KeyScope.pane(focus), .global] {
            if let b = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return b.command }
        }
        return nil
    }

    /// What the hint bar shows where the focus is: the pane's hints, then the global ones.
    public func hints(focus: Pane) -> [KeyBinding] {
        bindings.filter { $0.hint != nil && $0.scope == .pane(focus) }
            + bindings.filter { $0.hint != nil && $0.scope == .global }
    }

    /// Every command with a name, for the palette; each once, in table order.
    public var commands: [KeyBinding] {
        var seen = Set<Command>()
        return bindings.filter { seen.insert($0.command).inserted }
    }

    public static let standard = Keymap(bindings: [
        // Moving, as in lazygit, k9s and htop.
        KeyBinding([.char("j"), .down], .down, help: "Move down"),
        KeyBinding([.char("k"), .up], .up, help: "Move up"),
        KeyBinding([.char("h"), .left], .left, help: "Pane to the left"),
        KeyBinding([.char("l"), .right], .right, help: "Pane to the right"),
        KeyBinding([.char("g"), .home], .top, help: "First row"),
        KeyBinding([.char("G"), .end], .bottom, help: "Last row"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, help: "Page up"),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, help: "Page down"),
        KeyBinding([.tab], .nextPane, help: "Next pane", hint: "pane"),
        KeyBinding([.backTab], .previousPane, help: "Previous pane"),
        KeyBinding([.char("1")], .focus(.portfolio), help: "Focus the portfolio"),
        KeyBinding([.char("2")], .focus(.readiness), help: "Focus the readiness checklist"),
        KeyBinding([.char("3")], .focus(.risks), help: "Focus the risk register"),
        KeyBinding([.char("4")], .focus(.timeline), help: "Focus the timeline"),
        KeyBinding([.char("z"), .char("+")], .zoom, help: "Zoom the focused pane to the full screen and back", hint: "zoom"),
        KeyBinding([.escape], .back, help: "Step back, one at a time: the whole register (not one heat-map cell), no filter, unzoomed, every account (not only those needing attention), not one person's accounts"),

        // The portfolio.
        KeyBinding([.char("/")], .filter, .pane(.portfolio), help: "Filter by name (Esc clears)", hint: "filter"),
        KeyBinding([.char("s")], .cycleSort, .pane(.portfolio), help: "Sort by T-day, readiness, health, stage, name", hint: "sort"),
        KeyBinding([.char("a")], .toggleAttention, .pane(.portfolio), help: "Needs attention: only accounts with a reason, and why", hint: "attention"),
        KeyBinding([.enter], .accountCard, .pane(.portfolio), help: "Open the account card: everything the account holds, seen and edited on six tabs", hint: "card"),
        KeyBinding([], .sort(.tDay), .pane(.portfolio), help: "Sort by T-day, soonest first"),
        KeyBinding([], .sort(.readiness), .pane(.portfolio), help: "Sort by readiness, least ready first"),
        KeyBinding([], .sort(.health), .pane(.portfolio), help: "Sort by health, red first"),
        KeyBinding([], .sort(.stage), .pane(.portfolio), help: "Sort by stage"),
        KeyBinding([], .sort(.name), .pane(.portfolio), help: "Sort by name"),

        KeyBinding([.char(">")], .stageForward, .pane(.portfolio), help: "Move the account to the next stage (stage 5 on needs Cleared, or an override reason)"),
        KeyBinding([.char("<")], .stageBack, .pane(.portfolio), help: "Move the account back a stage"),
        KeyBinding([.char("H")], .setHealth, .pane(.portfolio), help: "Set health Green / Amber / Red, with a rationale (dated today)"),
        KeyBinding([.char("N")], .addSentimentNote, .pane(.portfolio), help: "Add a sentiment note: who, when, their words, tone (the sponsor's keeps sentiment fresh)"),
        KeyBinding([.char("I")], .logInteraction, .pane(.portfolio), help: "Log an interaction: call, email, meeting or message (over 24 h late is flagged)"),
        KeyBinding([.char("n")], .newAccount, .pane(.portfolio), help: "Add an account: who, what they bought, our people, the transition; its timeline from the template"),
        KeyBinding([.char("x")], .archiveAccount, .pane(.portfolio), help: "Archive the account (churned, moved to another lead, done) with a note; on an archived one: restore it"),
        KeyBinding([], .restoreAccount, .pane(.portfolio), help: "Restore the archived account under the cursor to the portfolio"),
        KeyBinding([.char("X")], .toggleArchived, .pane(.portfolio), help: "List archived accounts too, marked ⊘ (X again: hide them)"),
        KeyBinding([.char("w")], .teamView, .pane(.portfolio), help: "My accounts (where you lead or manage) or the whole team's, on a shared portfolio"),
        KeyBinding([.char("i")], .importFile, .pane(.portfolio), help: "Import a CRM export (CSV): the dry run row by row first; Enter imports it as one change, u undoes it whole"),

        // The readiness checklist.
        KeyBinding([.char("m")], .markMet, .pane(.readiness), help: "Mark the condition Met: asks for the evidence its standard names", hint: "Met"),
        KeyBinding([.char("n")], .markNotMet, .pane(.readiness), help: "Mark it Not Met: asks for the action that closes the gap (what, owner, deadline)", hint: "Not Met"),
        KeyBinding([.char("c")], .clearMark, .pane(.readiness), help: "Clear the mark: back to Unassessed"),
        KeyBinding([.char("d")], .markActionDone, .pane(.readiness),
                   help: "A Not Met condition's action is done: when, and what was done; then re-run the condition", hint: "done"),
        KeyBinding([.char("R")], .pastRuns, .pane(.readiness), help: "Past assessment runs, each comparable with the marks as they stand", hint: "runs"),

        // The risk register.
        KeyBinding([.char("i")], .toggleOpenIssues, .pane(.risks), help: "Switch between the risk register and the open issues log", hint: "issues log"),
        KeyBinding([.char("a")], .addItem, .pane(.risks), help: "Add a risk (in the log: an open issue)", hint: "add"),
        KeyBinding([.char("e")], .editItem, .pane(.risks), help: "Edit the risk or open issue under the cursor", hint: "edit"),
        KeyBinding([.char("x")], .closeItem, .pane(.risks), help: "Close it with a resolution note: it stays in the history", hint: "close"),
        KeyBinding([.char("H")], .riskHistory, .pane(.risks), help: "History: closed and materialised risks, or every disposition, with when and why", hint: "history"),
        KeyBinding([.char("f")], .heatMapCell, .pane(.risks), help: "Only the risks in this risk's heat-map cell (f or Esc: all)", hint: "cell"),
        KeyBinding([.char("d")], .moveReview, .pane(.risks), help: "Move the risk's next review date, with a note why", hint: "review"),
        KeyBinding([.char("L")], .changeLikelihood, .pane(.risks), help: "Change the likelihood, with a note why (kept in the risk's history)", hint: "likelihood"),
        KeyBinding([.char("I")], .changeImpact, .pane(.risks), help: "Change the impact, with a note why (kept in the risk's history)", hint: "impact"),
        KeyBinding([.char("!")], .materialiseRisk, .pane(.risks), help: "Mark the risk materialised, with a note", hint: "happened"),
        KeyBinding([.char("c")], .recommitIssue, .pane(.risks), help: "In the log: re-commit to a new deadline, with a note", hint: "re-commit"),
        KeyBinding([.char("s")], .rescopeIssue, .pane(.risks), help: "In the log: re-scope to a new description, with a note", hint: "re-scope"),

        // The timeline.
        KeyBinding([.char("A")], .toggleAgenda, .pane(.timeline), help: "Switch between the account's timeline and the portfolio agenda", hint: "agenda"),
        KeyBinding([.enter], .open, .pane(.timeline), help: "In the agenda: jump to the item's account", hint: "jump"),
        KeyBinding([.char(" ")], .tickTimelineItem, .pane(.timeline), help: "Tick the step done today, or un-tick it (in the agenda too)", hint: "tick"),
        KeyBinding([.char("D")], .tickTimelineItemOn, .pane(.timeline), help: "Tick the step done on another day: the day it happened (not one still to come)"),
        KeyBinding([.char("d")], .moveTimelineItem, .pane(.timeline), help: "Move the step to another day, kept when the T-day changes (in the agenda too)", hint: "move"),
        KeyBinding([.char("a")], .addTimelineItem, .pane(.timeline), help: "Add a step of your own: title and due date", hint: "add"),
        KeyBinding([.char("T")], .changeTDay, .pane(.timeline), help: "Change the T-day, with a note why: the template's steps are re-dated; done, moved and added ones stay"),
        KeyBinding([.char("K")], .changeTransition, .pane(.timeline), help: "Change the transition kind or planned / unplanned: the timeline follows its template"),

        // The account card.
        KeyBinding([.char("1")], .card(.tab(.overview)), .accountCard, help: "Overview: identity, contract, our people, transition, stage and T-day"),
        KeyBinding([.char("2")], .card(.tab(.contacts)), .accountCard, help: "Contacts: role, sponsor and day-to-day tags, stance, strength, how they like to be reached"),
        KeyBinding([.char("3")], .card(.tab(.milestones)), .accountCard, help: "Milestones named at kick-off, and condition 3 derived from them"),
        KeyBinding([.char("4")], .card(.tab(.exit)), .accountCard, help: "Exit: the five components of the onboarding exit"),
        KeyBinding([.char("5")], .card(.tab(.handover)), .accountCard, help: "Handover: the handover document's eight sections (7 is internal only)"),
        KeyBinding([.char("6")], .card(.tab(.history)), .accountCard, help: "History: health, sentiment, interactions, meetings, stage moves, readiness runs"),
        KeyBinding([.char("]"), .right, .tab], .card(.nextTab), .accountCard, help: "Next tab"),
        KeyBinding([.char("["), .left, .backTab], .card(.previousTab), .accountCard, help: "Previous tab"),
        KeyBinding([.char("a")], .card(.add), .accountCard, help: "Add a contact or a milestone"),
        KeyBinding([.char("e")], .card(.edit), .accountCard, help: "Edit what is under the cursor: identity, contract or our people, a contact, a milestone, an exit component, a handover section"),
        KeyBinding([.char("c"), .char(" ")], .card(.complete), .accountCard, help: "Complete a milestone (date, evidence) or mark an exit component done (date, reference; the sign-off needs the signed document's)"),
        KeyBinding([.char("C")], .card(.handoverStep(.circulated)), .accountCard,
                   help: "Handover tab: the document circulated, on a day (48 hours before the internal handover meeting)"),
        KeyBinding([.char("f")], .card(.handoverStep(.finalised)), .accountCard,
                   help: "Handover tab: the document finalised, on a day (T−3)"),
        KeyBinding([.char("o")], .card(.reopen), .accountCard, help: "Reopen a milestone (a Met condition 3 goes stale) or mark an exit component not done"),
        KeyBinding([.escape, .char("q")], .card(.close), .accountCard, help: "Close the card (every change is already saved)"),

        // Everywhere.
        KeyBinding([.char("r")], .readinessMeeting, help: "Run the readiness assessment meeting on the selected account", hint: "meeting"),
        KeyBinding([.char("M")], .meetings, help: "Meetings: the internal handover, the joint transition meeting, the 30-day review", hint: "meetings"),
        KeyBinding([], .agendaMeeting(.internalHandover), help: "Internal handover meeting (60 min, 7 sections, the account manager's 2–3 commitments)"),
        KeyBinding([], .agendaMeeting(.jointTransition), help: "Joint transition meeting (45 min, 6 sections, mandatory roles, three success signals)"),
        KeyBinding([], .agendaMeeting(.postTransitionReview), help: "30-day post-transition review (45 min): every risk and open issue decided"),
        KeyBinding([.char("F")], .searchEverything, help: "Search everything: names, contacts, risks, open issues, notes, meeting notes, evidence; Enter goes to the match", hint: "find"),
        KeyBinding([.char("%")], .measures, help: "Transition measures: the portfolio's figures against target, 12 months, the audit, per person", hint: "measures"),
        KeyBinding([.char("P")], .teamLoad, help: "Each person's load: accounts per stage and T-days in the next 14 days, per lead and account manager; Enter lists theirs"),
        KeyBinding([.char("E")], .export, help: "Export: the handover document, the customer success summary, the email drafts, the calendar", hint: "export"),
        KeyBinding([.char("t")], .tDayWalkthrough, help: "T-day walkthrough: CRM areas, the five T-day changes, the transfer sequence", hint: "T-day"),
        KeyBinding([.char("U")], .reopenDraft, help: "Reopen the draft kept from last time: a form or meeting typed into and not saved"),
        KeyBinding([.char("u")], .undo, help: "Undo the last change made this session", hint: "undo"),
        KeyBinding([.ctrl("r")], .redo, help: "Redo what was undone"),
        KeyBinding([.char("?"), .function(1)], .help, help: "Show every key", hint: "help"),
        KeyBinding([.char(":")], .palette, help: "Command palette: every command by name, with completion", hint: "commands"),
        KeyBinding([.ctrl("l")], .redraw, help: "Redraw the screen"),
        KeyBinding([], .toggleMouse, help: "Turn the mouse on or off (off by default)"),
        KeyBinding([.char("S")], .startOwnPortfolio, help: "On the demo: start your own portfolio, empty, under your name"),
        KeyBinding([.char("q"), .ctrl("c")], .quit, help: "Quit (every change is already saved)", hint: "quit"),
    ])
}
