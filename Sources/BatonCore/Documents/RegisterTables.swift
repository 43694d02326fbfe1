/// The risk register and the open issues log as tables, shared by the handover document and the
/// register's own document.
enum RegisterTables {
    /// Active risks (open or materialised), worst first, with everything module 7 asks of each.
    static func activeRisks(_ a: Account, today: CalendarDate, _ w: inout MarkdownWriter) {
        let active = a.risksBySeverity().filter(\.isActive)
        w.line("**Risk register** (\(active.count) active)")
        guard !active.isEmpty else {
            w.blank()
            w.line("_No active risks recorded. A register that says \"no significant risks\" deserves a second look._")
            w.blank()
            return
        }
        w.table(["Risk", "Likelihood × impact", "Mitigation", "Owner", "Escalate when", "Next review", "Status"], active.map { r in
            [r.statement, DocumentWords.severity(r), r.mitigation, r.owner, r.escalationTrigger,
             DocumentDate.long(r.nextReview) + (r.isReviewOverdue(today: today) ? " (overdue)" : ""),
             DocumentWords.riskStatus(r.status)]
        })
    }

    /// Open issues, by deadline, with their kind.
    static func openIssues(_ a: Account, today: CalendarDate, _ w: inout MarkdownWriter) {
        let open = a.openIssues.filter { !$0.isClosed }.sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }
        w.line("**Open issues log** (\(open.count) open)")
        guard !open.isEmpty else {
            w.blank()
            w.line("_No open issues recorded._")
            w.blank()
            return
        }
        w.table(["Kind", "Description", "Owner", "Deadline"], open.map { i in
            [i.kind.title, i.description, i.owner,
             DocumentDate.long(i.deadline) + (i.deadline < today ? " (passed)" : "")]
        })
    }
}
