import BatonCore

extension TeamLoadListing {
    /// One row per person and role, then every T-day within the horizon once, with its lead and
    /// account manager.
    public func table() -> String {
        let header = ["Person", "Role", "Accounts"] + Stage.allCases.map { "\($0.rawValue)" } + ["T≤\(load.horizon)d"]
        let rows = load.people.map { p in
            [p.name.isEmpty ? "(nobody named)" : Self.cell(p.name), p.role.title, "\(p.accountCount)"]
                + Stage.allCases.map { p.count(in: $0) == 0 ? "·" : "\(p.count(in: $0))" } + [p.transferDays.isEmpty ? "·" : "\(p.transferDays.count)"]
        }
        var out = Self.aligned([header] + rows, leftColumns: 2)
        out += "Stages: " + Stage.allCases.map { "\($0.rawValue) \($0.shortTitle)" }.joined(separator: " · ") + "\n"
        let days = upcoming()
        out += "\n"
        guard !days.isEmpty else {
            return out + "No T-day in the next \(load.horizon) days (to \(load.today.adding(days: load.horizon).iso)).\n"
        }
        out += "T-days in the next \(load.horizon) days (to \(load.today.adding(days: load.horizon).iso)):\n"
        let lines = days.map { d in
            ["  " + d.day.tDay.iso, d.day.daysAway == 0 ? "today" : "in \(d.day.daysAway) d", Self.cell(d.day.accountName),
             "lead " + (d.lead.isEmpty ? "—" : Self.cell(d.lead)),
             "manager " + (d.manager.isEmpty ? "—" : Self.cell(d.manager))]
        }
        out += Self.aligned(lines, leftColumns: 5)
        return out
    }

    /// A name as a cell: through the one door for text, and no wider than a listing's column.
    static func cell(_ text: String) -> String { DisplayText.fit(text, columns: PortfolioListing.columnLimit) }

    static func aligned(_ rows: [[String]], leftColumns: Int) -> String {
        var widths: [Int] = []
        for row in rows {
            for (i, c) in row.enumerated() {
                if widths.count <= i { widths.append(0) }
                widths[i] = max(widths[i], DisplayText.width(c))
            }
        }
        return rows.map { row in
            row.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - DisplayText.width(c))
                if i < leftColumns { return i == row.count - 1 ? c : c + pad }
                return pad + c
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

}
