/// The whole screen as a pure function of the state: what the terminal draws and the goldens read.
public enum AppView {
    public static func render(_ state: AppState) -> CellGrid {
        var grid = CellGrid(width: state.width, height: state.height)
        let layout = Layout(width: state.width, height: state.height, focus: state.focus, zoomed: state.zoomed)
        if layout.isTooSmall {
            TooSmallView.draw(width: state.width, height: state.height, message: state.confirmingQuit ? state.message : nil, into: &grid)
            return grid
        }
        if state.presenting {
            PresentView.draw(state, into: &grid)
            return grid
        }
        TitleBar.draw(state, into: &grid, rect: layout.titleBar)
        for pane in Pane.allCases {
            guard let rect = layout.rect(for: pane) else { continue }
            let focused = state.focus == pane && state.overlay == nil
            switch pane {
            case .portfolio: PortfolioPane.draw(state, into: &grid, rect: rect, focused: focused)
            case .readiness: ReadinessPane.draw(state, into: &grid, rect: rect, focused: focused)
            case .risks: RiskPane.draw(state, into: &grid, rect: rect, focused: focused)
            case .timeline: TimelinePane.draw(state, into: &grid, rect: rect, focused: focused)
            }
        }
        switch state.overlay {
        case .help(let scroll): HelpOverlay.draw(scroll: scroll, keymap: state.keymap, query: state.helpQuery, into: &grid)
        case .palette(let palette): PaletteOverlay.draw(palette, keymap: state.keymap, into: &grid)
        case .form(let form): FormView.draw(form, state: state, into: &grid)
        case .meeting(let meeting): ReadinessMeetingView.draw(meeting, state: state, into: &grid)
        case .walkthrough(let walkthrough): TransferWalkthroughView.draw(walkthrough, state: state, into: &grid)
        case .runs(let runs): RunsView.draw(runs, state: state, into: &grid)
        case .meetingChooser(let chooser): MeetingChooserView.draw(chooser, state: state, into: &grid)
        case .agendaMeeting(let meeting): AgendaMeetingView.draw(meeting, state: state, into: &grid)
        case .measures(let browser): MeasuresView.draw(browser, state: state, into: &grid)
        case .search(let search): SearchEverythingView.draw(search, state: state, into: &grid)
        case .exportMenu(let menu): ExportMenuView.draw(menu, state: state, into: &grid)
        case .accountCard(let card): AccountCardView.draw(card, state: state, into: &grid)
        case .importPreview(let review): ImportView.draw(review, state: state, into: &grid)
        case nil: break
        }
        if let prompt = state.outsideEdit { OutsideEditView.draw(prompt, into: &grid) }
        HintBar.draw(state, into: &grid, rect: layout.hintBar)
        return grid
    }
}
