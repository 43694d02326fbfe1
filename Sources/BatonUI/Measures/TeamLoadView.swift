import BatonCore

/// The measures view's load tab: each onboarding lead and account manager, their accounts per
/// stage and their T-days in the next 14 days, and the T-days of the person under the cursor.
enum TeamLoadView {
    static func draw(_ b: MeasuresBrowser, into grid: inout CellGrid, area: Rect) {
        let x = area.x, w = area.width
        let load = b.load
        guard !load.people.isEmpty else {
            grid.put("No active account: nobody carries any load yet.", x: x, y: area.y, maxWidth: w, style: CellStyle(.dim))
            return
        }
        // Person · role · accounts · one narrow column per stage · T-days coming.
        let stageW = 3, roleW = 8, countW = 5, soonW = 6
        let nameW = max(8, min(26, w - roleW - countW - stageW * Stage.allCases.count - soonW - 2))
        let roleX = x + nameW + 1
        let countRight = roleX + roleW + countW
        func stageRight(_ stage: Stage) -> Int { countRight + stageW * stage.rawValue }
        let soonRight = stageRight(.accountManagement) + soonW
        let header = CellStyle(.header, bold: true)
        grid.put("Person", x: x, y: area.y, maxWidth: nameW, style: header)
        grid.put("Role", x: roleX, y: area.y, style: header)
        grid.putRight("Accts", rightEdge: countRight, y: area.y, maxWidth: countW, style: header)
        for stage in Stage.allCases {
            grid.putRight("\(stage.rawValue)", rightEdge: stageRight(stage), y: area.y, maxWidth: stageW, style: header)
        }
        grid.putRight("T≤\(load.horizon)d", rightEdge: soonRight, y: area.y, maxWidth: soonW, style: header)

        // The list, then the T-days of the person under the cursor, then the keys.
        let cursor = min(b.cursor, load.people.count - 1)
        let person = load.people[cursor]
        let detail = min(max(1, person.transferDays.count), 5) + 2
        let listRows = max(1, min(load.people.count, area.height - 3 - detail))
        let top = centeredScroll(cursor: cursor, count: load.people.count, visible: listRows)
        for (n, p) in load.people.dropFirst(top).prefix(listRows).enumerated() {
            let i = top + n
            let y = area.y + 1 + n
            let selected = i == cursor
            grid.put(p.name.isEmpty ? "(nobody named)" : p.name, x: x, y: y, maxWidth: nameW,
                     style: CellStyle(p.name.isEmpty ? .dim : .dialog, bold: selected))
            grid.put(p.role == .onboardingLead ? "lead" : "manager", x: roleX, y: y, maxWidth: roleW, style: CellStyle(.dim))
            grid.putRight("\(p.accountCount)", rightEdge: countRight, y: y, maxWidth: countW, style: CellStyle(.dialog, bold: true))
            for stage in Stage.allCases {
                let n = p.count(in: stage)
                grid.putRight(n == 0 ? "·" : "\(n)", rightEdge: stageRight(stage), y: y, maxWidth: stageW,
                              style: CellStyle(n == 0 ? .dim : .dialog))
            }
            let soon = p.transferDays.count
            grid.putRight(soon == 0 ? "·" : "\(soon)", rightEdge: soonRight, y: y, maxWidth: soonW,
                          style: CellStyle(soon == 0 ? .dim : .warning, bold: soon > 0))
            if selected { grid.highlightRow(Rect(x: x, y: y, width: w, height: 1), y: y, focused: true) }
        }

        var y = area.y + 2 + listRows
        let who = person.name.isEmpty ? "Nobody named" : person.name
        let title = person.transferDays.isEmpty
            ? "\(who) (\(person.role.title)): no T-day in the next \(load.horizon) days."
            : "\(who) (\(person.role.title)): T-days in the next \(load.horizon) days"
        if y < area.maxY - 2 {
            grid.put(title, x: x, y: y, maxWidth: w, style: CellStyle(.accent, bold: true))
            y += 1
        }
        let shown = min(person.transferDays.count, max(0, area.maxY - 2 - y))
        for (n, day) in person.transferDays.prefix(shown).enumerated() {
            let more = person.transferDays.count - shown
            if n == shown - 1 && more > 0 {
                grid.put("  … and \(more + 1) more", x: x, y: y, maxWidth: w, style: CellStyle(.dim))
                break
            }
            let when = day.daysAway == 0 ? "today" : "in \(day.daysAway) d"
            let line = "  \(TitleBar.weekdayName(day.tDay)) \(day.tDay.iso)  \(when.padding(toLength: 7, withPad: " ", startingAt: 0))  "
            let used = grid.put(line, x: x, y: y, maxWidth: w, style: CellStyle(.dialog))
            grid.put(day.accountName, x: x + used, y: y, maxWidth: max(0, w - used), style: CellStyle(.dialog, bold: true))
            y += 1
        }
        let legend = Stage.allCases.map { "\($0.rawValue) \(PortfolioPane.tinyTitle($0))" }.joined(separator: " · ")
        grid.put("Stages: " + legend, x: x, y: area.maxY - 2, maxWidth: w, style: CellStyle(.dim))
        grid.put("Enter: their accounts on the portfolio (Esc there: back)", x: x, y: area.maxY - 1, maxWidth: w,
                 style: CellStyle(.dim))
    }
}
