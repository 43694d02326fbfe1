/// The risk register and the open issues log with their history: nothing is ever deleted, so
/// closed and materialised risks and every disposition of an issue are here with when and why.
/// Internal.
public enum RegisterMarkdown {
    public static func markdown(_ a: Account, today: CalendarDate) -> String {
        var w = MarkdownWriter()
        w.title("\(a.name) · Risk Register and Open Issues Log")
        w.line("_Internal: carried into Account Management honestly; closed items stay in the history._")
        w.blank()
        w.field("As of", DocumentDate.long(today))
        w.field("T-day", DocumentDate.withWeekday(a.tDay))
        w.blank()

        w.heading("Risk register")
        RegisterTables.activeRisks(a, today: today, &w)
        let past = a.risks.filter { !$0.isActive } + a.risks.filter { $0.status == .materialised }
        if !past.isEmpty {
            w.line("**History** (closed and materialised)")
            w.table(["Risk", "Status", "Raised", "On", "Resolution"], past.map { r in
                [r.statement, DocumentWords.riskStatus(r.status), DocumentDate.long(r.raisedOn),
                 r.resolvedOn.map(DocumentDate.long) ?? "", r.resolution ?? ""]
            })
        }

        w.heading("Open issues log")
        RegisterTables.openIssues(a, today: today, &w)
        let closed = a.openIssues.filter(\.isClosed)
        if !closed.isEmpty {
            w.line("**Closed** (kept, never deleted)")
            w.table(["Kind", "Description", "Owner", "Raised"], closed.map { i in
                [i.kind.title, i.description, i.owner, DocumentDate.long(i.raisedOn)]
            })
        }
        let dispositions = a.openIssues.flatMap { i in i.dispositions.map { (i, $0) } }.sorted { $0.1.on < $1.1.on }
        if !dispositions.isEmpty {
            w.line("**Dispositions** (close, re-commit or re-scope within 30 days of T-day)")
            w.table(["Date", "Issue", "Decision", "Note", "Before"], dispositions.map { issue, d in
                var before: [String] = []
                if let text = d.previousDescription { before.append("was: \(text)") }
                if let deadline = d.previousDeadline { before.append("deadline was \(DocumentDate.long(deadline))") }
                return [DocumentDate.long(d.on), issue.description, DocumentWords.disposition(d.disposition), d.note,
                        before.joined(separator: "; ")]
            })
        }
        return w.text
    }
}
