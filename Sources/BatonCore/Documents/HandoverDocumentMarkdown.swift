/// The handover document (module 4's eight sections): the account as it stands, with the lead's
/// own text under each section. Internal: section 7, the unwritten briefing, is in here, and this
/// document is never given to the customer.
public enum HandoverDocumentMarkdown {
    public static func markdown(_ account: Account, today: CalendarDate) -> String {
        var w = MarkdownWriter()
        let a = account
        w.title("\(a.name) · Customer Handover Document")
        w.line("_Internal: for the Account Management team. Section 7 is never shared with the customer._")
        w.blank()
        w.field("Prepared", "\(DocumentDate.long(today)) by \(a.people.onboardingLead), onboarding lead")
        w.field("T-day", DocumentDate.withWeekday(a.tDay) + " (\(DocumentDate.relative(today, tDay: a.tDay)) today)")
        w.field("Stage", "\(a.stage.rawValue) · \(a.stage.title)")
        let verdict = Readiness.verdict(for: a, today: today)
        w.field("Readiness", "\(verdict.title), \(verdict.score) of 6 conditions valid today")
        if let o = a.stageOverride {
            w.field("Schedule-driven transition", "moved to \(o.toStage.title) without Cleared on \(DocumentDate.long(o.on)) by \(o.by): \(o.reason)")
        }
        let life = HandoverLife(a)
        w.field("Circulated", lifeText(life.circulation, "48 hours before the internal handover meeting", today: today))
        // T−3 on a weekend is due the Friday before: the document names the day it is (T−4, T−5).
        let finalDue = life.finalisation.due.map { TransferDay.label(daysFromTDay: a.tDay.days(until: $0)) }
        w.field("Finalised", lifeText(life.finalisation, finalDue == nil || finalDue == "T−3" ? "T−3" : "\(finalDue!), the business day before T−3",
                                      today: today))

        section(.identityAndPurchase, &w)
        w.field("Customer", a.identity.name)
        w.field("Legal entity", a.identity.legalEntity)
        w.field("Industry", a.identity.industry)
        w.field("Headcount", a.identity.headcount > 0 ? String(a.identity.headcount) : "")
        w.field("Primary location", a.identity.primaryLocation)
        w.field("What they bought", a.contract.purchased)
        w.field("Contract value", DocumentWords.money(a.contract.annualValue, a.contract.currency) + " a year")
        w.field("Term", "\(a.contract.termMonths) months from \(DocumentDate.long(a.contract.startDate)), renewal \(DocumentDate.long(a.contract.renewalDate))")
        w.field("Transition", "\(a.transitionKind.title), \(a.planning.rawValue)")
        w.blank()
        leadText(.identityAndPurchase, a, &w)

        section(.onboardingPeriod, &w)
        w.field("Period", DocumentDate.period(from: OnboardingPeriod.start(of: a), to: a.tDay))
        let signOff = a.readiness[.setupComplete]
        if signOff.status == .met, let e = signOff.evidence {
            w.field("Implementation sign-off", "\(DocumentDate.long(e.date)), signed by \(e.signatory ?? e.providedBy)")
        } else {
            w.field("Implementation sign-off", "not on file")
        }
        let customerSignOff = a.exit.first { $0.component == .customerSignOff }
        w.field("Customer sign-off (signed)", customerSignOff?.doneOn.map(DocumentDate.long) ?? "not yet signed")
        w.blank()
        w.line("Milestones named at kick-off:")
        w.table(["Milestone", "Target", "Achieved", "Evidence"], a.milestones.map { m in
            [m.name, DocumentDate.long(m.targetDate), m.completedOn.map(DocumentDate.long) ?? "not yet", m.evidence ?? ""]
        })
        w.line("Training record:")
        w.blank()
        let training = a.readiness[.trainingCapability]
        if training.status == .met, let e = training.evidence {
            w.bullet("Competence observed by \(e.observedBy ?? e.providedBy) on \(DocumentDate.long(e.date)): \(e.summary)")
        } else {
            w.bullet("No observed competence check on file yet.")
        }
        w.blank()
        leadText(.onboardingPeriod, a, &w)

        section(.people, &w)
        var ours = [["Onboarding lead", a.people.onboardingLead],
                    ["Onboarding coordinator", a.people.onboardingCoordinator],
                    ["Incoming account manager", a.people.accountManager]]
        if let d = a.people.accountManagementDirector { ours.append(["Account-management director", d]) }
        ours.append(["Primary owner in the CRM", a.people.primaryOwner])
        w.table(["Our side", "Name"], ours)
        w.table(["Customer contact", "Role", "Tags", "Prefers", "Relationship", "Stance"], a.contacts.map { c in
            let tags = [c.isSponsor ? "Sponsor" : nil, c.isDayToDay ? "Day-to-day" : nil].compactMap { $0 }
            return [c.name, c.role, tags.joined(separator: ", "), c.communicationPreference,
                    DocumentWords.strength(c.relationshipStrength), DocumentWords.stance(c.stance)]
        })
        leadText(.people, a, &w)

        section(.healthAndSentiment, &w)
        if a.health.isRated {
            w.field("Health", "\(a.health.title) since \(DocumentDate.long(a.health.setOn)): \(a.health.rationale)")
        } else {
            w.field("Health", "not rated — nobody has rated this account yet (H on the dashboard, `baton health`)")
        }
        let earlier = a.healthHistory.filter(\.isRated)
        if !earlier.isEmpty {
            w.field("Earlier", earlier.reversed().map { "\($0.title) (\(DocumentDate.long($0.setOn)))" }.joined(separator: ", "))
        }
        w.blank()
        if let sponsor = a.sponsor,
           let latest = a.sentiment.filter({ $0.contact == sponsor.name }).max(by: { $0.capturedOn < $1.capturedOn }) {
            w.line("The sponsor's most recent words (\(Markdown.inline(sponsor.name)), \(DocumentDate.long(latest.capturedOn))):")
            w.blank()
            w.line("> " + Markdown.inline(latest.words))
            w.blank()
        }
        w.table(["Date", "Who", "Tone", "Words"], a.sentiment.sorted { $0.capturedOn > $1.capturedOn }.map { s in
            [DocumentDate.long(s.capturedOn), s.contact, s.tone.rawValue.capitalized, (s.isVerbatim ? "“\(s.words)”" : s.words)]
        })
        leadText(.healthAndSentiment, a, &w)

        section(.risksAndOpenIssues, &w)
        RegisterTables.activeRisks(a, today: today, &w)
        RegisterTables.openIssues(a, today: today, &w)
        let closed = a.risks.filter { !$0.isActive }.count + a.openIssues.filter(\.isClosed).count
        if closed > 0 {
            w.line("\(closed) closed item\(closed == 1 ? "" : "s") stay in the history: see the risk register and open issues log.")
            w.blank()
        }
        leadText(.risksAndOpenIssues, a, &w)

        section(.opportunities, &w)
        leadText(.opportunities, a, &w)

        section(.unwrittenBriefing, &w)
        w.line("_Internal only: what is not in the CRM. Never in anything the customer sees._")
        w.blank()
        leadText(.unwrittenBriefing, a, &w)

        section(.postTransitionPlan, &w)
        if let joint = CustomerSafeAccount(a).jointMeeting {
            w.field("Joint transition meeting", DocumentDate.withWeekday(joint) + " (\(DocumentDate.relative(joint, tDay: a.tDay)))")
        }
        if let t = a.crmTransfer.firstTouchpoint {
            w.field("First touchpoint", "\(DocumentDate.withWeekday(t.on)), \(t.owner): \(t.agenda)")
        }
        w.field("Onboarding lead secondary contact until",
                DocumentDate.long(CustomerSafeAccount(a).leadAvailableUntil))
        w.blank()
        let commitments = a.meetings.filter { $0.kind == .internalHandover }.max { $0.on < $1.on }?.commitments ?? []
        if !commitments.isEmpty {
            w.line("The account manager's commitments for the first 30 days:")
            w.blank()
            commitments.forEach { w.bullet($0) }
            w.blank()
        }
        w.table(["Date", "Against T", "Step", "Status"], a.timeline.map { item in
            [DocumentDate.long(item.due), DocumentDate.relative(item.due, tDay: a.tDay), item.title,
             DocumentWords.status(item, today: today)]
        })
        leadText(.postTransitionPlan, a, &w)
        return w.text
    }

    /// "8 May 2026 (due 8 May 2026, T−3: on time)", "not yet — due 8 May 2026 (T−3), 2 days late".
    private static func lifeText(_ step: HandoverLife.Step, _ when: String, today: CalendarDate) -> String {
        if let done = step.doneOn {
            return DocumentDate.long(done) + (step.due.map { " (due \(DocumentDate.long($0)), \(when): \(step.wasLate ? "late" : "on time"))" } ?? "")
        }
        let late = step.daysLate(today: today).map { ", \(RuleText.count($0, "day", "days")) late" } ?? ""
        return "not yet" + (step.due.map { " — due \(DocumentDate.long($0)) (\(when))\(late)" } ?? "")
    }

    private static func section(_ s: HandoverSection, _ w: inout MarkdownWriter) {
        w.heading("\(s.rawValue) · \(s.title)")
    }

    private static func leadText(_ s: HandoverSection, _ a: Account, _ w: inout MarkdownWriter) {
        let text = a.handover[s]
        guard !text.trimmingSpaces().isEmpty else {
            w.line("_The lead has written nothing for this section yet._")
            w.blank()
            return
        }
        w.paragraphs(text)
    }
}

/// When the onboarding period began (000:278, "start and end dates"): the kick-off, where Baton
/// saw it happen — the account moved into onboarding active — else the contract's start. The day
/// an account was entered into Baton is neither: an account added already onboarding (or imported)
/// carries that day as its first stage entry, and the milestones it was given that day, too.
enum OnboardingPeriod {
    static func start(of a: Account) -> CalendarDate {
        a.stageHistory.dropFirst().first { $0.stage == .onboardingActive }?.on ?? a.contract.startDate
    }
}
