import BatonCore

/// The top line: whose portfolio, the store and whether it is saved, and today's date.
enum TitleBar {
    static func draw(_ state: AppState, into grid: inout CellGrid, rect: Rect) {
        let style = CellStyle(.titleBar)
        grid.fill(rect, style: style)
        let statusRole: Role
        switch state.saveStatus {
        case .saved: statusRole = .titleBar
        case .unsaved: statusRole = .warning
        case .readOnly, .demo, .changedOnDisk, .copying: statusRole = .warning
        case .shared(let online, let waiting): statusRole = online && waiting == 0 ? .titleBar : .warning
        }
        let date = "\(weekdayName(state.today)) \(state.today.iso)"
        let status = state.saveStatus.label
        let right = "\(status) │ \(date) "
        let rightWidth = DisplayText.width(right)
        let owner = state.portfolio.owner.isEmpty ? "" : " · \(state.portfolio.owner)"
        let left = " Baton\(owner) │ "
        let leftLimit = max(0, rect.width - rightWidth - 1)
        let used = grid.put(left, x: rect.x, y: rect.y, maxWidth: leftLimit, style: style.bolded())
        if state.saveStatus == .demo {
            // The demo's accounts are invented: say so where the store's path would be.
            let demoWidth = grid.put("DEMO", x: rect.x + used, y: rect.y, maxWidth: leftLimit - used,
                                     style: CellStyle(.warning, bold: true))
            let rest = state.ownPortfolioPath == nil ? " · invented accounts" : " · S starts your own"
            grid.put(rest, x: rect.x + used + demoWidth, y: rect.y, maxWidth: leftLimit - used - demoWidth, style: style.bolded())
        } else {
            grid.put(state.storePath, x: rect.x + used, y: rect.y, maxWidth: leftLimit - used, style: style.bolded())
        }
        let statusX = rect.maxX - rightWidth
        grid.put(status, x: statusX, y: rect.y, maxWidth: rightWidth, style: CellStyle(statusRole, bold: true))
        grid.put(" │ \(date) ", x: statusX + DisplayText.width(status), y: rect.y, style: style)
    }

    static func weekdayName(_ date: CalendarDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday - 1]
    }
}
