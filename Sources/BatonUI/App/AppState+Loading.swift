import BatonCore
import Foundation

extension AppState {
    /// The first frame of a large store, drawn from its summary index before the portfolio is
    /// read: every account's row, counts and attention as the index holds them (the journal on
    /// top), and the selected account's panes from that one account, decoded from its bytes.
    /// Nil when that account's bytes do not match the index. Keys act at once (see `loading`):
    /// an account is decoded from its own bytes when it is selected.
    public init?(preview: SummaryIndex.Preview, map: StoreDocumentMap, today: CalendarDate, now: Date, width: Int, height: Int,
                 storePath: String, saveStatus: SaveStatus) {
        let source = AccountSource { i in
            var preview = preview
            return preview.account(at: i, map: map)
        }
        self.init(summaries: preview.summaries, owner: preview.owner, source: source, firstScreen: { i in preview.matches(i, map: map) },
                  today: today, now: now, width: width, height: height, storePath: storePath, saveStatus: saveStatus)
    }

    /// The same from any source of accounts: `summaries` as the index gives them, `source` to
    /// decode the account at a position, `firstScreen` whether a row drawn at once can be trusted.
    public init?(summaries: [AccountSummary], owner: String, source: AccountSource, firstScreen: (Int) -> Bool = { _ in true },
                 today: CalendarDate, now: Date, width: Int, height: Int, storePath: String, saveStatus: SaveStatus) {
        self.init(portfolio: Portfolio(owner: owner), today: today, now: now, width: width, height: height,
                  storePath: storePath, saveStatus: saveStatus)
        // The same scope the whole portfolio opens with ("mine"), so nothing moves when it is read.
        index = PortfolioIndex(summaries: summaries, sort: sort, filter: filter, attentionOnly: attentionOnly, scope: .mine(owner))
        teamSplits = index.scopeNarrows
        guard !summaries.isEmpty else { return nil }
        // Every row on the first screen is checked against the document, not only the one decoded.
        for i in index.rows.prefix(max(height, 24)) where !firstScreen(i) { return nil }
        // Every account listed may be archived: the first one then stands in, shown nowhere.
        let first = index.rows.first ?? 0
        guard let selected = source.account(at: first) else { return nil }
        // Stand-ins until each account is decoded: `loading.decoded` says which positions are real.
        portfolio.accounts = Array(repeating: selected, count: summaries.count)
        loading = PortfolioLoading(source: source, decoded: [first])
        resetAccountCursors()
    }

    /// How far the read behind the first frame has got, for the hint bar (the runtime's clock and counter).
    public mutating func loadingProgress(_ progress: OpenProgress.Snapshot?, seconds: Double) {
        loading?.progress = progress
        loading?.seconds = seconds
    }

    /// The store was taken before it was read: the selected account's changes act at once (see `waitsForEveryAccount`).
    public mutating func changesJournalledAtOnce() {
        loading?.changesAtOnce = true
    }

    /// How far a shared portfolio's copy has filled behind the first frame (`needed` nil until the
    /// database said how many it lacks).
    public mutating func copyingProgress(copied: Int, needed: Int?, seconds: Double) {
        loading?.work = .copying(needed: needed)
        loading?.progress = OpenProgress.Snapshot(decoded: copied, fraction: needed.map { $0 > 0 ? min(1, Double(copied) / Double($0)) : 1 })
        loading?.seconds = seconds
    }

    /// The account at `position` of the portfolio: while the store is read, decoded from its
    /// own bytes when it is not yet.
    func account(atPosition position: Int) -> Account? {
        if let loading, !loading.decoded.contains(position) { return loading.source.account(at: position) }
        return portfolio.accounts.indices.contains(position) ? portfolio.accounts[position] : nil
    }

    /// While the store is read: the selected account decoded into the portfolio, so whatever
    /// looks it up by id (the card, the past runs, a pane) finds it.
    mutating func takeSelectedIn() {
        guard var loading, let i = index.rows.indices.contains(selectedRow) ? index.rows[selectedRow] : nil,
              !loading.decoded.contains(i), portfolio.accounts.indices.contains(i), let account = loading.source.account(at: i) else { return }
        portfolio.accounts[i] = account
        loading.decoded.insert(i)
        self.loading = loading
    }

    /// Whether `key` must wait until every account is read: it needs every account (measures,
    /// search, the agenda, the team's load, export, import, a meeting, a new account), changes an
    /// account when the store could not be taken before it was read (`changesAtOnce`), or comes
    /// after one that waits. Moving, filtering, sorting, zooming, the help, the card and the panes
    /// of the selected account act at once, and so do the selected account's changes and their
    /// forms when they can be journalled at once.
    func waitsForEveryAccount(_ key: KeyEvent) -> Bool {
        guard let loading else { return false }
        if case .resize = key { return false }
        if key == .ctrl("c") { return false }
        if !loading.waiting.isEmpty { return true }
        if Layout(width: width, height: height, focus: focus, zoomed: zoomed).isTooSmall { return false }
        if outsideEdit != nil { return true }
        if let context = keyContext, context.opensItsHelp, key == .function(1) || (key == .char("?") && !typesText) { return false }
        switch overlay {
        case .help, .runs: return false
        // A form on the selected account, opened at the first frame: typing in it and saving it act.
        case .form: return !loading.changesAtOnce
        case .accountCard(let card):
            if card.form != nil { return !loading.changesAtOnce }
            if card.help != nil { return false }
            if key == .scrollUp || key == .scrollDown { return false }
            guard let command = keymap.cardCommand(for: key) else { return false }
            return !(command.actsWhileLoading || (loading.changesAtOnce && command.changesTheSelectedAccount))
        case nil:
            if filterEditing { return false }
            if case .click = key { return false }
            if key == .scrollUp || key == .scrollDown { return false }
            guard let command = keymap.command(for: key, focus: focus) else { return false }
            return !(command.actsWhileLoading || (loading.changesAtOnce && command.changesTheSelectedAccount))
        default:
            return true
        }
    }

    /// The whole portfolio, read: it replaces the stand-ins and the index's summaries, keeping
    /// what is on screen (selection, scroll, filter, sort, overlay). Returns the keys that waited
    /// for it, to be carried out now in the order typed.
    public mutating func finishLoading(_ whole: Portfolio) -> [KeyEvent] {
        guard let loading else { return [] }
        let keep = selectedSummary?.id
        self.loading = nil
        portfolio = whole
        index = PortfolioIndex(portfolio: whole, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly,
                               showArchived: index.showArchived, scope: index.scope)
        noteTeamSplit()
        selectedRow = keep.flatMap { index.row(ofAccount: $0) } ?? 0
        clampSelection()
        if keep != selectedSummary?.id { resetAccountCursors() }
        Update.keepCursorsVisible(&self)
        return loading.waiting
    }
}

extension Command {
    /// Whether the command works from the summary index and the selected account alone, while
    /// the rest of a large store is read (see `AppState.waitsForEveryAccount`).
    var actsWhileLoading: Bool {
        switch self {
        case .quit, .back, .redraw, .help, .nextPane, .previousPane, .focus, .zoom, .up, .down, .pageUp, .pageDown, .top, .bottom,
             .left, .right, .open, .filter, .cycleSort, .sort, .toggleAttention, .toggleOpenIssues, .toggleMouse, .pastRuns,
             .heatMapCell, .riskHistory, .teamView, .toggleArchived, .accountCard:
            true
        case .card(let c):
            switch c {
            case .tab, .nextTab, .previousTab, .close: true
            case .add, .edit, .complete, .reopen, .handoverStep: false
            }
        default:
            false
        }
    }

    /// Whether the command changes the selected account alone (a mark, a pane's item, its
    /// health, its timeline, the card's edits), or undoes or redoes such a change: it acts at the
    /// first frame when the store was taken before it was read. Not a new account (checked
    /// against every account's name), a meeting, a stage move (the transfer gate) or an import.
    var changesTheSelectedAccount: Bool {
        switch self {
        case .markMet, .markNotMet, .clearMark, .markActionDone, .tickTimelineItem, .tickTimelineItemOn, .moveTimelineItem,
             .addTimelineItem, .changeTDay, .setHealth, .addSentimentNote, .logInteraction, .addItem, .editItem, .closeItem,
             .materialiseRisk, .changeLikelihood, .changeImpact, .moveReview, .recommitIssue, .rescopeIssue, .undo, .redo:
            true
        case .card(let c):
            switch c {
            case .add, .edit, .complete, .reopen: true
            case .tab, .nextTab, .previousTab, .close, .handoverStep: false
            }
        default:
            false
        }
    }
}
