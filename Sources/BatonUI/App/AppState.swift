import Foundation
import BatonCore

/// Everything the screen shows, and nothing the screen does not need.
public struct AppState: Equatable, Sendable {
    public var portfolio: Portfolio
    public var today: CalendarDate
    public var now: Date
    /// The lead's time zone, set by the runtime: a view or a change never asks the machine.
    public var timeZone: TimeZone = .utc
    /// Present mode: the screen is shared with the customer and shows only `CustomerSafeAccount`
    /// (`PresentView`); PRESENT says so in the title bar. `p` in the joint meeting, `baton --present`.
    public var presenting = false
    public var width: Int
    public var height: Int
    public var storePath: String
    public var saveStatus: SaveStatus

    public var focus: Pane = .portfolio
    public var zoomed = false
    public var sort: SortKey = .tDay
    public var filter = ""
    public var filterEditing = false
    public var attentionOnly = false
    public internal(set) var index: PortfolioIndex

    public var selectedRow = 0
    public var portfolioScroll = 0
    public var readinessCursor = 0
    public var riskCursor = 0
    public var showOpenIssues = false
    /// The risk pane shows the history (closed and materialised risks, or every disposition) instead of the list.
    public var riskHistory = false
    /// The register narrowed to one heat-map cell, on `f`.
    public var riskCellFilter: RiskCell?
    public var timelineCursor = 0
    public var showAgenda = false
    public var agendaCursor = 0
    public private(set) var agenda: [AgendaEntry] = []

    public var overlay: Overlay?
    /// The store was changed by another program: the question waiting for the lead's answer.
    public internal(set) var outsideEdit: OutsideEditPrompt?
    /// What is typed after `/` in the help: the help shows only the lines that match.
    public var helpQuery: String?
    /// What the help was opened over (a meeting, a form…): closing the help goes back to it.
    public var helpReturn: Overlay?
    /// Every change confirmed this session, newest last, for `u`; and what `u` took back, for Ctrl-R.
    public internal(set) var undoStack: [Change] = []
    public internal(set) var redoStack: [Change] = []
    /// A one-line message in the hint bar until the next key.
    public var message: String?
    /// Ctrl-C was pressed in a form or a meeting: a second Ctrl-C quits, any other key goes on.
    public var confirmingQuit = false
    /// Drafts kept beside the store from an earlier session, not yet reopened (`U`), newest first.
    public var pendingDrafts: [Draft] = []
    public var mouse = false
    public var keymap: Keymap = .standard
    /// Where `S` creates the lead's own portfolio: set only on the demo shown because this
    /// machine has none yet.
    public var ownPortfolioPath: String?
    /// A shared portfolio (PostgreSQL): who this person is in its change log. Nil for a local store.
    public var sharedBy: String?
    /// Archived accounts are listed too, marked (`X`).
    public var showArchived: Bool { index.showArchived }
    /// Who "my accounts" are: the portfolio's owner, unless the runtime names the person (`identify(as:)`).
    public internal(set) var me: String
    /// `w`: the whole team's accounts instead of mine.
    public internal(set) var wholeTeam = false
    /// One person's accounts in one role, picked on the load view; Esc goes back.
    public internal(set) var personShown: TeamScope?
    /// Whether "my accounts" leaves some of the portfolio out (else the toggle changes nothing).
    public internal(set) var teamSplits = false
    /// A large store being read behind its first frame (nil once it is read, and for every other store).
    public internal(set) var loading: PortfolioLoading?

    public init(portfolio: Portfolio, today: CalendarDate, now: Date, width: Int, height: Int,
                storePath: String, saveStatus: SaveStatus) {
        self.portfolio = portfolio
        self.today = today
        self.now = now
        self.width = width
        self.height = height
        self.storePath = storePath
        self.saveStatus = saveStatus
        me = portfolio.owner
        index = PortfolioIndex(portfolio: portfolio, today: today, sort: .tDay, filter: "", attentionOnly: false,
                               scope: .mine(portfolio.owner))
        teamSplits = index.scopeNarrows
        resetAccountCursors()
    }

    /// A new account under the cursor: its panes start at the top, the timeline at its next item.
    mutating func resetAccountCursors() {
        takeSelectedIn()
        readinessCursor = 0
        riskCursor = 0
        let timeline = selectedAccount?.timeline ?? []
        timelineCursor = timeline.firstIndex { $0.doneOn == nil } ?? max(0, timeline.count - 1)
    }

    /// The account under the portfolio's cursor, if the list is not empty.
    public var selectedAccount: Account? {
        guard let row = index.rows.indices.contains(selectedRow) ? index.rows[selectedRow] : nil else { return nil }
        return account(atPosition: row)
    }

    public var selectedSummary: AccountSummary? { index.summary(atRow: selectedRow) }

    /// Re-sorts and re-filters, keeping the same account selected when it is still listed.
    mutating func reindex() {
        let keep = selectedSummary?.id
        index.reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? 0
        clampSelection()
    }

    /// Everything derived from the day: verdicts, staleness, attention. Run when the date changes.
    mutating func resummarise() {
        let keep = selectedSummary?.id
        index = PortfolioIndex(portfolio: portfolio, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly,
                               showArchived: index.showArchived, scope: index.scope)
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? 0
        clampSelection()
        if showAgenda { rebuildAgenda() }
    }

    mutating func rebuildAgenda() {
        agenda = AgendaEntry.build(portfolio: portfolio, today: today)
        agendaCursor = min(agendaCursor, max(0, agenda.count - 1))
    }

    mutating func clampSelection() {
        selectedRow = max(0, min(selectedRow, index.rows.count - 1))
    }
}
