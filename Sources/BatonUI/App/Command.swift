import BatonCore

/// Something a key or the command palette asks for. Each has a name the palette completes on.
public enum Command: Hashable, Sendable {
    case quit, redraw, help, palette
    /// Esc on the panes: one step back out of a narrowed or zoomed view.
    case back
    case nextPane, previousPane, focus(Pane), zoom
    case up, down, pageUp, pageDown, top, bottom, left, right, open
    case filter, cycleSort, sort(SortKey), toggleAttention
    case toggleOpenIssues, toggleAgenda, toggleMouse
    case undo, redo
    case markMet, markNotMet, clearMark, markActionDone, readinessMeeting, pastRuns, tDayWalkthrough
    case stageForward, stageBack
    /// The three agenda meetings: the chooser, and each by name.
    case meetings, agendaMeeting(Meeting.Kind)
    case tickTimelineItem, tickTimelineItemOn, moveTimelineItem, addTimelineItem, changeTDay, changeTransition
    case setHealth, addSentimentNote, logInteraction
    case addItem, editItem, closeItem, materialiseRisk, changeLikelihood, changeImpact, moveReview, heatMapCell, riskHistory
    case recommitIssue, rescopeIssue
    case measures, searchEverything
    /// My accounts ↔ the whole team; each person's load.
    case teamView, teamLoad
    case startOwnPortfolio, newAccount, archiveAccount, restoreAccount, toggleArchived
    case export
    case importFile
    /// Reopens the draft kept from an earlier session (text typed and not saved).
    case reopenDraft
    /// The account card, and what its keys do inside it.
    case accountCard, card(CardCommand)

    /// The palette's name for it: lower case, words joined by hyphens.
    public var name: String {
        switch self {
        case .quit: "quit"
        case .back: "back"
        case .redraw: "redraw"
        case .help: "help"
        case .palette: "command-palette"
        case .nextPane: "next-pane"
        case .previousPane: "previous-pane"
        case .focus(let p): "focus-\(p.title.lowercased().replacingOccurrences(of: " ", with: "-"))"
        case .zoom: "zoom"
        case .up: "up"
        case .down: "down"
        case .pageUp: "page-up"
        case .pageDown: "page-down"
        case .top: "top"
        case .bottom: "bottom"
        case .left: "left"
        case .right: "right"
        case .open: "open"
        case .filter: "filter"
        case .cycleSort: "cycle-sort"
        case .sort(let k): "sort-by-\(k.rawValue == "tDay" ? "t-day" : k.rawValue)"
        case .toggleAttention: "needs-attention"
        case .toggleOpenIssues: "open-issues-log"
        case .toggleAgenda: "portfolio-agenda"
        case .toggleMouse: "mouse"
        case .undo: "undo"
        case .redo: "redo"
        case .markMet: "mark-met"
        case .markNotMet: "mark-not-met"
        case .clearMark: "clear-mark"
        case .markActionDone: "mark-action-done"
        case .readinessMeeting: "readiness-meeting"
        case .pastRuns: "past-runs"
        case .tDayWalkthrough: "t-day-walkthrough"
        case .stageForward: "stage-forward"
        case .stageBack: "stage-back"
        case .meetings: "meetings"
        case .agendaMeeting(let kind): switch kind {
            case .internalHandover: "internal-handover-meeting"
            case .jointTransition: "joint-transition-meeting"
            case .postTransitionReview: "post-transition-review"
            default: "meeting-\(kind.rawValue)"
            }
        case .tickTimelineItem: "tick-timeline-item"
        case .tickTimelineItemOn: "tick-timeline-item-on-a-day"
        case .moveTimelineItem: "move-timeline-item"
        case .addTimelineItem: "add-timeline-item"
        case .changeTDay: "change-t-day"
        case .changeTransition: "change-transition-kind"
        case .setHealth: "set-health"
        case .addSentimentNote: "add-sentiment-note"
        case .logInteraction: "log-interaction"
        case .addItem: "add-risk-or-issue"
        case .editItem: "edit-risk-or-issue"
        case .closeItem: "close-risk-or-issue"
        case .materialiseRisk: "mark-materialised"
        case .changeLikelihood: "change-likelihood"
        case .changeImpact: "change-impact"
        case .moveReview: "move-review-date"
        case .heatMapCell: "heat-map-cell-filter"
        case .riskHistory: "risk-history"
        case .recommitIssue: "re-commit-issue"
        case .rescopeIssue: "re-scope-issue"
        case .measures: "measures"
        case .searchEverything: "search-everything"
        case .teamView: "my-accounts-or-whole-team"
        case .teamLoad: "team-load"
        case .startOwnPortfolio: "start-own-portfolio"
        case .reopenDraft: "reopen-draft"
        case .newAccount: "new-account"
        case .archiveAccount: "archive-account"
        case .restoreAccount: "restore-account"
        case .toggleArchived: "archived-accounts"
        case .export: "export"
        case .importFile: "import"
        case .accountCard: "account-card"
        case .card(let c): c.name
        }
    }
}
