import BatonCore

/// The pure heart of the dashboard: a state and an action in, a new state and effects out.
/// No I/O and no clock reads: the clock arrives as `.tick`.
public enum Update {
    public static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var next = state
        let effects = apply(action, to: &next)
        return (next, effects)
    }

    public static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .key(let key):
            if state.waitsForEveryAccount(key) {
                // Carried out once every account is read (`finishLoading`); the hint bar counts it.
                state.loading?.waiting.append(key)
                state.message = nil
                return []
            }
            state.message = nil
            let effects = route(key, &state)
            state.takeSelectedIn()
            state.offerDraftIfReopened()
            state.attachTDayToOpenForm()
            return effects
        case .command(let command):
            let effects = run(command, &state)
            state.attachTDayToOpenForm()
            return effects
        case .tick(let now, let today):
            state.now = now
            // While a large store is read, the new day's summaries come with the whole portfolio.
            if today != state.today, state.loading == nil {
                // Staleness follows the clock: a program left open across midnight re-judges every account.
                state.today = today
                state.resummarise()
            }
            return []
        case .resize(let width, let height):
            state.width = width
            state.height = height
            keepCursorsVisible(&state)
            return []
        case .storeStatus(let status):
            state.saveStatus = status
            return []
        case .openedOwnPortfolio(let portfolio, let storePath):
            return PortfolioSetupUpdate.opened(portfolio, storePath: storePath, &state)
        case .importRead(let read):
            return ImportUpdate.read(read, &state)
        case .batchWritten(let write, let failure):
            let effects = ImportUpdate.written(write, failure: failure, &state)
            keepCursorsVisible(&state)
            return effects
        case .draftsFound(let drafts):
            state.found(drafts)
            return []
        case .storeFollowed(let portfolio):
            state.follow(portfolio)
            return []
        case .sharedChange(let account, let note):
            state.sharedChange(account, note: note)
            return []
        case .storeChangedOnDisk:
            state.noticeOutsideEdit()
            return []
        case .outsideEditResolved(let portfolio, let status, let note):
            state.outsideEditResolved(portfolio, status: status, note: note)
            keepCursorsVisible(&state)
            return []
        }
    }

    /// Layers, as gitui routes keys: what every context shares first (Ctrl-C, the too-small
    /// screen, `?`), then the open overlay's table, then the filter line, then the keymap (the
    /// focused pane's bindings before the global ones).
    static func route(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        if case .resize(let w, let h) = key { return apply(.resize(width: w, height: h), to: &state) }
        let tooSmall = Layout(width: state.width, height: state.height, focus: state.focus, zoomed: state.zoomed).isTooSmall
        // Ctrl-C everywhere, and q on the screen that says "press q to quit": decided here, once.
        if key == .ctrl("c") || (tooSmall && key == .char("q")) { return quit(key, &state) }
        state.confirmingQuit = false
        // While the screen says "terminal too small" nothing else is on it: other keys do nothing.
        if tooSmall { return [] }
        // Shared with the customer: only present mode's own keys, so nothing internal can be opened.
        // An outside edit waits for the lead to leave present mode (its question names the store).
        if state.presenting { return PresentUpdate.handle(key, &state) }
        // An outside edit of the store is answered before anything else is done (help included).
        if state.outsideEdit != nil { return state.outsideEditKey(key) }
        // `?` (F1 where ? is text being typed) inside any form, meeting or view: that context's keys.
        if let context = state.keyContext, context.opensItsHelp,
           key == .function(1) || (key == .char("?") && !state.typesText) {
            state.helpReturn = state.overlay
            state.helpQuery = nil
            state.overlay = .help(scroll: HelpOverlay.scroll(toHeading: context.title, keymap: state.keymap, screenWidth: state.width))
            return []
        }
        switch state.overlay {
        case .help(let scroll):
            return HelpUpdate.handle(key, scroll: scroll, &state)
        case .palette(let palette):
            return PaletteUpdate.handle(key, palette, &state)
        case .form(let form):
            return formKey(key, form, &state)
        case .meeting(let meeting):
            return ReadinessMeetingUpdate.handle(key, meeting, &state)
        case .walkthrough(let walkthrough):
            return TransferWalkthroughUpdate.handle(key, walkthrough, &state)
        case .runs(let browser):
            return RunsUpdate.handle(key, browser, &state)
        case .meetingChooser(let chooser):
            return MeetingChooserUpdate.handle(key, chooser, &state)
        case .agendaMeeting(let meeting):
            return AgendaMeetingUpdate.handle(key, meeting, &state)
        case .measures(let browser):
            return MeasuresUpdate.handle(key, browser, &state)
        case .search(let search):
            return SearchEverythingUpdate.handle(key, search, &state)
        case .exportMenu(let menu):
            return ExportMenuUpdate.handle(key, menu, &state)
        case .accountCard(let card):
            return AccountCardUpdate.handle(key, card, &state)
        case .importPreview(let review):
            return ImportUpdate.handle(key, review, &state)
        case nil:
            break
        }
        if state.filterEditing { return FilterUpdate.handle(key, &state) }
        if case .click(let x, let y) = key { return click(x: x, y: y, &state) }
        if key == .scrollUp { return run(.up, &state) }
        if key == .scrollDown { return run(.down, &state) }
        guard let command = state.keymap.command(for: key, focus: state.focus) else { return [] }
        return run(command, &state)
    }

    /// Ctrl-C (and q on the too-small screen) in every context: quit at once, or, where the
    /// context holds typed work (a form, a meeting), ask first — the second press quits, any
    /// other key withdraws the question and goes on as usual.
    static func quit(_ key: KeyEvent, _ state: inout AppState) -> [Effect] {
        guard state.keyContext?.asksBeforeQuitting == true, !state.confirmingQuit else { return [.quit] }
        state.confirmingQuit = true
        state.message = "Quit? \(key.label) again quits (what is typed is not saved: it is kept as a draft, offered back next time); any other key goes on."
        return []
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        if state.refusesWork(command) { return [] }
        switch command {
        case .quit: return [.quit]
        case .back: back(&state)
        case .redraw: return [.redraw]
        case .help:
            state.helpReturn = state.overlay
            state.overlay = .help(scroll: 0)
            state.helpQuery = nil
        case .palette: state.overlay = .palette(PaletteState())
        case .nextPane: focus(state.focus.next, &state)
        case .previousPane: focus(state.focus.previous, &state)
        case .focus(let pane): focus(pane, &state)
        case .zoom: state.zoomed.toggle()
        case .left: if state.focus != .portfolio { focus(.portfolio, &state) }
        case .right: if state.focus == .portfolio { focus(.readiness, &state) }
        case .up: move(by: -1, &state)
        case .down: move(by: 1, &state)
        case .pageUp: move(by: -pageHeight(state), &state)
        case .pageDown: move(by: pageHeight(state), &state)
        case .top: move(by: Int.min / 2, &state)
        case .bottom: move(by: Int.max / 2, &state)
        case .open: open(&state)
        case .filter:
            state.focus = .portfolio
            state.filterEditing = true
        case .cycleSort:
            state.sort = state.sort.next
            state.reindex()
            state.message = "Sorted by \(state.sort.title)"
        case .sort(let key):
            state.sort = key
            state.reindex()
            state.message = "Sorted by \(key.title)"
        case .toggleAttention:
            state.attentionOnly.toggle()
            state.reindex()
            state.message = state.attentionOnly
                ? "Needs attention: \(state.index.rows.count) of \(state.portfolio.accounts.count) accounts"
                : "All accounts"
        case .toggleOpenIssues:
            state.showOpenIssues.toggle()
            state.riskCursor = 0
        case .toggleAgenda:
            state.showAgenda.toggle()
            if state.showAgenda { state.rebuildAgenda() }
        case .undo: return state.undo()
        case .redo: return state.redo()
        case .markMet, .markNotMet, .clearMark, .markActionDone:
            return mark(command, &state)
        case .readinessMeeting:
            guard let account = state.selectedAccount else { return [] }
            state.overlay = .meeting(ReadinessMeeting(account: account, now: state.now))
        case .pastRuns:
            guard let account = state.selectedAccount else { return [] }
            guard !account.readiness.runs.isEmpty else {
                state.message = "No assessment has been run on \(DisplayText.sanitize(account.name)) yet: r starts one."
                return []
            }
            state.overlay = .runs(RunsBrowser(accountID: account.id, cursor: account.readiness.runs.count - 1))
        case .tDayWalkthrough:
            guard let account = state.selectedAccount else { return [] }
            state.overlay = .walkthrough(TransferWalkthrough(account: account, now: state.now))
        case .meetings:
            guard let account = state.selectedAccount else { return [] }
            state.overlay = .meetingChooser(MeetingChooser(account: account))
        case .agendaMeeting(let kind):
            guard let account = state.selectedAccount else { return [] }
            return MeetingChooserUpdate.start(kind, accountID: account.id, &state)
        case .stageForward, .stageBack:
            return StageMove.run(forward: command == .stageForward, &state)
        case .tickTimelineItem, .tickTimelineItemOn, .moveTimelineItem, .addTimelineItem, .changeTDay, .changeTransition:
            return TimelineUpdate.run(command, &state)
        case .setHealth, .addSentimentNote, .logInteraction:
            return AccountNoteUpdate.run(command, &state)
        case .addItem, .editItem, .closeItem, .materialiseRisk, .changeLikelihood, .changeImpact, .moveReview,
             .heatMapCell, .riskHistory, .recommitIssue, .rescopeIssue:
            return RiskRegisterUpdate.run(command, &state)
        case .measures:
            MeasuresUpdate.open(&state)
        case .teamView:
            state.toggleTeamView()
        case .teamLoad:
            MeasuresUpdate.open(&state, tab: .load)
        case .searchEverything:
            SearchEverythingUpdate.open(&state)
        case .startOwnPortfolio, .newAccount, .archiveAccount, .restoreAccount, .toggleArchived:
            let effects = PortfolioSetupUpdate.run(command, &state)
            keepCursorsVisible(&state)
            return effects
        case .export:
            return ExportMenuUpdate.open(&state)
        case .importFile:
            return ImportUpdate.open(&state)
        case .reopenDraft:
            return state.reopenDraft()
        case .accountCard, .card:
            return AccountCardUpdate.run(command, &state)
        case .toggleMouse:
            state.mouse.toggle()
            state.message = state.mouse ? "Mouse on" : "Mouse off"
            keepCursorsVisible(&state)
            return [.setMouse(state.mouse)]
        }
        keepCursorsVisible(&state)
        return []
    }

    /// Esc on the panes: out of the narrowest view first — one heat-map cell, the filter, the
    /// zoom, the attention view, one person's accounts.
    static func back(_ state: inout AppState) {
        if RiskRegisterUpdate.escape(&state) { return }
        if !state.filter.isEmpty {
            state.filter = ""
            state.reindex()
        } else if state.zoomed {
            state.zoomed = false
        } else if state.attentionOnly {
            state.attentionOnly = false
            state.reindex()
        } else {
            _ = state.leavePerson()  // out of one person's accounts (picked on the load view)
        }
    }

    static func focus(_ pane: Pane, _ state: inout AppState) {
        state.focus = pane
    }

    /// Enter: from the portfolio to the account's checklist; from the agenda to the item's account.
    static func open(_ state: inout AppState) {
        switch state.focus {
        case .portfolio:
            state.focus = .readiness
        case .timeline where state.showAgenda:
            guard state.agenda.indices.contains(state.agendaCursor) else { return }
            let entry = state.agenda[state.agendaCursor]
            let id = state.portfolio.accounts[entry.accountIndex].id
            if state.index.row(ofAccount: id) == nil {
                // The account is hidden by the filter or the attention view: show everything.
                state.filter = ""
                state.attentionOnly = false
                state.reindex()
                state.reveal(id)
            }
            state.selectedRow = state.index.row(ofAccount: id) ?? state.selectedRow
            state.showAgenda = false
            state.timelineCursor = state.portfolio.accounts[entry.accountIndex].timeline
                .firstIndex { $0.id == entry.item.id } ?? 0
            state.message = "\(DisplayText.sanitize(entry.accountName)): \(entry.item.title)"
        default:
            break
        }
    }

    static func move(by delta: Int, _ state: inout AppState) {
        func clamped(_ value: Int, count: Int) -> Int {
            max(0, min(count - 1, value.addingReportingOverflow(delta).overflow ? value : value + delta))
        }
        switch state.focus {
        case .portfolio:
            let before = state.selectedSummary?.id
            state.selectedRow = clamped(state.selectedRow, count: state.index.rows.count)
            if state.selectedSummary?.id != before { accountChanged(&state) }
        case .readiness:
            state.readinessCursor = clamped(state.readinessCursor, count: ReadinessCondition.allCases.count)
        case .risks:
            state.riskCursor = clamped(state.riskCursor, count: RiskRegisterRows.count(state))
        case .timeline:
            if state.showAgenda {
                state.agendaCursor = clamped(state.agendaCursor, count: state.agenda.count)
            } else {
                state.timelineCursor = clamped(state.timelineCursor, count: state.selectedAccount?.timeline.count ?? 0)
            }
        }
    }

    static func accountChanged(_ state: inout AppState) { state.resetAccountCursors() }

    static func pageHeight(_ state: AppState) -> Int {
        let layout = Layout(width: state.width, height: state.height, focus: state.focus, zoomed: state.zoomed)
        let rect = layout.rect(for: state.focus)
        return max(1, (rect?.height ?? 4) - (state.focus == .portfolio ? 4 : 3))
    }

    /// Scroll offsets follow the cursors so the selected row is always on screen.
    static func keepCursorsVisible(_ state: inout AppState) {
        state.clampSelection()
        let layout = Layout(width: state.width, height: state.height, focus: state.focus, zoomed: state.zoomed)
        let visible = layout.portfolioListHeight
        if state.selectedRow < state.portfolioScroll { state.portfolioScroll = state.selectedRow }
        if state.selectedRow >= state.portfolioScroll + visible { state.portfolioScroll = state.selectedRow - visible + 1 }
        state.portfolioScroll = max(0, min(state.portfolioScroll, max(0, state.index.rows.count - visible)))
    }

    /// m, n and c on the readiness checklist: Met and Not Met open their forms; c clears at once.
    static func mark(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let account = state.selectedAccount else { return [] }
        let condition = ReadinessCondition.allCases[min(state.readinessCursor, 5)]
        switch command {
        case .markMet:
            state.overlay = .form(FormState(change: .markMet(condition), account: account))
        case .markNotMet:
            state.overlay = .form(FormState(change: .markNotMet(condition), account: account))
        case .markActionDone:
            if let form = actionDoneForm(condition, account: account, message: &state.message) { state.overlay = .form(form) }
        default:
            return state.applyOrSay(.readiness(.clearMark(condition)), to: account.id)
        }
        return []
    }

    /// The form for marking a condition's action done, or why there is none to mark.
    static func actionDoneForm(_ condition: ReadinessCondition, account: Account, message: inout String?) -> FormState? {
        let mark = account.readiness[condition]
        guard mark.status == .notMet, let action = mark.action else {
            message = "Condition \(condition.number) is \(mark.status.title): only a Not Met condition has an action to mark done."
            return nil
        }
        if let done = action.doneOn {
            message = "The action on condition \(condition.number) was done on \(done.iso): re-run it — m Met, n Not Met."
            return nil
        }
        return FormState(change: .markActionDone(condition), account: account)
    }

    /// A form over the dashboard: submitted values are judged, then confirmed or refused in place.
    static func formKey(_ key: KeyEvent, _ form: FormState, _ state: inout AppState) -> [Effect] {
        var f = form
        switch f.handle(key, today: state.today) {
        case .editing:
            state.overlay = .form(f)
        case .cancelled:
            state.overlay = nil
            state.message = "Cancelled: nothing changed."
        case .submitted:
            if let effects = PortfolioSetupUpdate.submit(f, &state) {
                keepCursorsVisible(&state)
                return effects
            }
            if let effects = ImportUpdate.submit(f, &state) { return effects }
            switch state.submit(f) {
            case .failure(let refusal):
                f.refused(refusal)
                state.overlay = .form(f)
            case .success(let effects):
                state.overlay = nil
                if !effects.isEmpty { TimelineUpdate.followCursor(&state) }
                RiskRegisterUpdate.afterSubmit(f.purpose, &state)
                return effects
            }
        }
        return []
    }

    /// With the mouse on, a click focuses the pane under it (and picks the portfolio row).
    static func click(x: Int, y: Int, _ state: inout AppState) -> [Effect] {
        let layout = Layout(width: state.width, height: state.height, focus: state.focus, zoomed: state.zoomed)
        for pane in Pane.allCases {
            guard let r = layout.rect(for: pane), x >= r.x, x < r.maxX, y >= r.y, y < r.maxY else { continue }
            state.focus = pane
            if pane == .portfolio {
                let top = 2 + PortfolioPane.summaryRows(innerWidth: r.width - 2)
                let row = state.portfolioScroll + (y - r.y - top)
                if y - r.y >= top, row < state.index.rows.count {
                    let before = state.selectedSummary?.id
                    state.selectedRow = row
                    if state.selectedSummary?.id != before { accountChanged(&state) }
                }
            }
        }
        keepCursorsVisible(&state)
        return []
    }
}
