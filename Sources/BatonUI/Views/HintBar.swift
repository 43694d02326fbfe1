/// The bottom line: the keys that work where the focus is, straight from the keymap and the
/// open context's key table.
enum HintBar {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        grid.fill(rect, style: CellStyle(.hintBar))
        if let message = state.message {
            grid.put(" \(message)", x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(.hintBar, bold: true))
            return
        }
        if let loading = state.loading {
            grid.put(" \(loading.line)", x: rect.x, y: rect.y, maxWidth: rect.width, style: CellStyle(.hintBar, bold: true))
            return
        }
        var pairs: [(String, String)]
        if state.outsideEdit != nil {
            _ = draw(OutsideEditKeys.table.hints(), into: &grid, x: rect.x + 1, y: rect.y, limit: rect.maxX)
            return
        }
        switch state.overlay {
        case .help:
            pairs = state.helpQuery == nil ? HelpKeys.table.hints() : HelpSearchKeys.table.hints(typing: true)
        case .palette:
            pairs = PaletteKeys.table.hints(typing: true)
        case .form(let form):
            pairs = form.hints
        case .meeting(let m):
            pairs = m.form?.hints ?? ReadinessMeetingKeys.table.hints { ReadinessMeetingKeys.offered($0, m) }
        case .walkthrough(let w):
            pairs = w.form?.hints ?? TransferWalkthroughKeys.table.hints()
        case .runs(let b):
            pairs = RunsKeys.table.hints { RunsKeys.shown($0, b) }
        case .meetingChooser:
            pairs = MeetingChooserKeys.table.hints()
        case .agendaMeeting(let m):
            pairs = AgendaMeetingView.hints(m)
        case .search:
            pairs = SearchEverythingKeys.table.hints(typing: true)
        case .measures(let b):
            pairs = MeasuresKeys.table.hints { MeasuresKeys.offered($0, b) }
        case .exportMenu:
            pairs = ExportMenuKeys.table.hints()
        case .accountCard(let card):
            pairs = AccountCardView.hints(card, state: state)
        case .importPreview(let review):
            pairs = ImportView.hints(review)
        case nil:
            if state.filterEditing {
                pairs = FilterKeys.table.hints(typing: true)
            } else {
                // Help and quit always show, at the right end; the rest fill from the left as room allows.
                let hints = state.keymap.hints(focus: state.focus)
                let pinned: Set<Command> = [.help, .quit]
                pairs = hints.filter { !pinned.contains($0.command) && RiskRegisterUpdate.isOffered($0.command, in: state) }.map { ($0.keys.first?.label ?? ":", $0.hint ?? "") }
                if state.zoomed { pairs.insert(("Esc", "unzoom"), at: 0) }
                if state.ownPortfolioPath != nil { pairs.insert(("S", "start your own"), at: 0) }
                if !state.filter.isEmpty { pairs.insert(("Esc", "clear filter"), at: 0) }
                let right = hints.filter { pinned.contains($0.command) }.map { ($0.keys.first?.label ?? "", $0.hint ?? "") }
                let rightWidth = draw(right, into: &grid, x: rect.maxX - width(of: right), y: rect.y, limit: rect.maxX)
                _ = draw(pairs, into: &grid, x: rect.x + 1, y: rect.y, limit: rect.maxX - rightWidth)
                return
            }
        }
        _ = draw(pairs, into: &grid, x: rect.x + 1, y: rect.y, limit: rect.maxX)
    }

    static func width(of pairs: [(String, String)]) -> Int {
        pairs.reduce(0) { $0 + DisplayText.width($1.0) + DisplayText.width($1.1) + 3 }
    }

    /// Draws "key label" pairs from x while they fit before `limit`; returns the columns used.
    static func draw(_ pairs: [(String, String)], into grid: inout CellGrid, x start: Int, y: Int, limit: Int) -> Int {
        var x = start
        for (key, label) in pairs {
            let needed = DisplayText.width(key) + DisplayText.width(label) + 3
            if x + needed > limit { break }
            x += grid.put(key, x: x, y: y, style: CellStyle(.hintKey, bold: true))
            x += grid.put(" \(label)  ", x: x, y: y, style: CellStyle(.hintBar))
        }
        return x - start
    }
}
