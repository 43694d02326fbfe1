/// The readiness assessment record: every run (date, attendees, the six results with their
/// evidence, the verdict), then the marks as they stand today. Internal.
public enum ReadinessRecordMarkdown {
    public static func markdown(_ a: Account, today: CalendarDate) -> String {
        var w = MarkdownWriter()
        w.title("\(a.name) · Readiness Assessment Record")
        w.line("_Internal: each run of the six-condition assessment, kept as history._")
        w.blank()
        let verdict = Readiness.verdict(for: a, today: today)
        w.field("Verdict today (\(DocumentDate.long(today)))", "\(verdict.title), \(verdict.score) of 6 conditions valid")
        w.field("T-day", DocumentDate.withWeekday(a.tDay))
        w.blank()

        if a.readiness.runs.isEmpty {
            w.line("_No run of the assessment has been recorded yet._")
            w.blank()
        }
        for (n, run) in a.readiness.runs.enumerated() {
            w.heading("Run \(n + 1) · \(DocumentDate.withWeekday(run.on))")
            w.field("Attendees", run.attendees.joined(separator: ", "))
            w.field("Verdict", "\(run.cleared ? "Cleared" : "Not cleared"), \(run.score) of 6")
            w.blank()
            w.tableMarkdown(["#", "Condition", "Result", "Evidence or action"], run.results.map(row))
        }

        w.heading("The marks as they stand today")
        w.tableMarkdown(["#", "Condition", "Result", "Evidence or action", "Valid today"], a.readiness.conditions.map { mark in
            let validity = Readiness.validity(of: mark.condition, in: a, today: today)
            return row(mark) + [Markdown.cell(validity.reason ?? "Yes")]
        })
        if !verdict.gaps.isEmpty {
            w.line("Gaps before Cleared:")
            w.blank()
            for gap in verdict.gaps { w.bullet("\(gap.condition.number). \(gap.condition.title): \(gap.reason)") }
            w.blank()
        }
        return w.text
    }

    private static func row(_ mark: ConditionAssessment) -> [String] {
        let detail: String
        switch mark.status {
        case .met: detail = mark.evidence.map(DocumentWords.evidence) ?? "(no evidence)"
        case .notMet: detail = mark.action.map(DocumentWords.action) ?? "(no action named)"
        case .unassessed: detail = ""
        }
        return [String(mark.condition.number), Markdown.cell(mark.condition.title), mark.status.title, Markdown.cell(detail)]
    }
}
