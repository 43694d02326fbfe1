import BatonCore

extension ImportPlan {
    /// The plan as a lead reads it, one line per row (plus one per conflict), then the columns
    /// left out. The same text is the dry run and, after an import, the record of what it did.
    public func report() -> [String] {
        var lines: [String] = []
        let lineWidth = String(rows.map(\.line).max() ?? 1).count
        for row in rows {
            let at = "line " + String(repeating: " ", count: lineWidth - String(row.line).count) + "\(row.line)"
            let record = row.recordID.isEmpty ? "" : " (\(row.recordID))"
            switch row.outcome {
            case .add(let account, let notes):
                let extra = notes.isEmpty ? "" : " — " + notes.joined(separator: "; ")
                lines.append("\(at)  add        \(row.name)\(record): stage \(account.stage.rawValue), T-day \(account.tDay.iso)\(extra)")
            case .update(_, let updates, let conflicts):
                let what = updates.isEmpty ? "linked to the CRM record, nothing else changes"
                    : updates.map { "\($0.field.rawValue) \(Self.shown($0.from)) → \(Self.shown($0.to))" }.joined(separator: ", ")
                lines.append("\(at)  update     \(row.name)\(record): \(what)")
                for c in conflicts {
                    let taken = c.tookFile ? "took the file's (--prefer-file)" : "kept yours (--prefer-file takes the file's)"
                    lines.append("\(at)  conflict   \(row.name): \(c.field.rawValue) changed in Baton to \(Self.shown(c.yours)), "
                                 + "the file says \(Self.shown(c.file)): \(taken)")
                }
            case .unchanged:
                lines.append("\(at)  unchanged  \(row.name)\(record)")
            case .refused(let reason):
                let who = row.name.isEmpty ? "" : "\(row.name)\(record): "
                lines.append("\(at)  REFUSED    \(who)\(reason)")
            }
        }
        for note in columnNotes { lines.append("column \(note)") }
        if !unmappedColumns.isEmpty {
            lines.append("columns not imported: \(unmappedColumns.joined(separator: ", ")) (--map \"COLUMN=field\" imports one; "
                         + "baton import --fields lists the fields)")
        }
        return lines
    }

    /// "Salesforce export, 40 rows (UTF-8, comma-separated): 38 to add, …".
    public func headline(done: Bool) -> String {
        let verb = done ? ["added", "updated", "unchanged", "refused"] : ["to add", "to update", "unchanged", "refused"]
        var text = "\(source == "CSV" ? "CSV file" : "\(source) export"), \(rows.count) row\(rows.count == 1 ? "" : "s") "
            + "(\(table.encoding), \(table.delimiter)-separated): \(added.count) \(verb[0]), \(updated.count) \(verb[1]), "
            + "\(unchanged.count) \(verb[2]), \(refused.count) \(verb[3])"
        let open = conflicts.filter { !$0.tookFile }.count
        if open > 0 { text += "; \(open) conflict\(open == 1 ? "" : "s") kept your value" }
        return text
    }

    static func shown(_ value: String) -> String { value.isEmpty ? "(blank)" : "\"\(value)\"" }
}
