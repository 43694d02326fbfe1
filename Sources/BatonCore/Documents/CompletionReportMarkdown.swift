/// The onboarding completion report (module 3, the exit's first component): the period, what was
/// delivered, what the customer achieved, what remains, and the risks at exit. Internal.
public enum CompletionReportMarkdown {
    public static func markdown(_ a: Account, today: CalendarDate) -> String {
        var w = MarkdownWriter()
        w.title("\(a.name) · Onboarding Completion Report")
        w.line("_Internal: the written close of the onboarding period, for the exit and the handover pack._")
        w.blank()
        w.field("Customer", a.identity.legalEntity.isEmpty ? a.name : "\(a.name) (\(a.identity.legalEntity))")
        w.field("Onboarding period", DocumentDate.period(from: OnboardingPeriod.start(of: a), to: a.tDay))
        w.field("Onboarding lead", a.people.onboardingLead)
        w.field("Onboarding coordinator", a.people.onboardingCoordinator)
        w.field("Written", DocumentDate.long(today))

        let done = a.milestones.filter { $0.completedOn != nil }.sorted { $0.completedOn! < $1.completedOn! }
        w.heading("What we delivered")
        w.bullet(a.contract.purchased)
        for m in done {
            w.bullet("\(m.name): completed \(DocumentDate.long(m.completedOn!)).")
        }
        w.blank()

        w.heading("What the customer has achieved")
        var achieved = false
        for m in done {
            if let e = m.evidence, !e.trimmingSpaces().isEmpty {
                w.bullet("\(m.name): \(e)")
                achieved = true
            }
        }
        for condition in [ReadinessCondition.activeUsage, .trainingCapability] {
            let mark = a.readiness[condition]
            if mark.status == .met, let e = mark.evidence {
                w.bullet(e.summary + " (\(DocumentDate.long(e.date)))")
                achieved = true
            }
        }
        if let sponsor = a.sponsor,
           let words = a.sentiment.filter({ $0.contact == sponsor.name && $0.tone == .positive })
            .max(by: { $0.capturedOn < $1.capturedOn }) {
            w.bullet("Sponsor confidence captured in writing on \(DocumentDate.long(words.capturedOn)) (\(sponsor.name)): “\(words.words)”")
            achieved = true
        }
        if !achieved { w.line("_Nothing recorded with evidence yet._") }
        w.blank()
        let verdict = Readiness.verdict(for: a, today: today)
        w.line("Readiness today: **\(verdict.title)**, \(verdict.score) of 6 conditions valid.")
        w.blank()

        w.heading("What remains")
        let remaining = a.milestones.filter { $0.completedOn == nil }
        let open = a.openIssues.filter { !$0.isClosed }.sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }
        for m in remaining {
            w.bullet("Milestone not yet achieved: \(m.name) (target \(DocumentDate.long(m.targetDate))).")
        }
        for i in open {
            w.bullet("\(i.kind.title): \(i.description) Owner \(i.owner), by \(DocumentDate.long(i.deadline)).")
        }
        if remaining.isEmpty && open.isEmpty { w.line("_Nothing outstanding is recorded._") }
        w.blank()

        w.heading("Risks at exit")
        let active = a.risksBySeverity().filter(\.isActive)
        if active.isEmpty {
            w.line("_No active risks recorded. A register that says \"no significant risks\" deserves a second look._")
        } else {
            let high = active.filter { $0.severity >= Risk.highSeverity }.count
            w.line("\(active.count) active risk\(active.count == 1 ? "" : "s"), \(high) of high severity (6 or more).")
            w.blank()
            for r in active {
                w.bullet("\(r.statement) \(DocumentWords.severity(r)). Mitigation: \(r.mitigation) Owner \(r.owner); next review \(DocumentDate.long(r.nextReview)).")
            }
        }
        w.blank()

        w.heading("The onboarding exit")
        w.table(["Component", "Done", "Reference"], a.exit.map { step in
            [step.component.title, step.doneOn.map(DocumentDate.long) ?? "not yet", step.reference ?? ""]
        })
        return w.text
    }
}
