import Foundation

/// An account in full, as plain text, part by part: what `baton show` prints, so the shell sees
/// everything the dashboard's panes and card show. Every stored part of `Account` has its part
/// here (a test holds it), numbered where a command takes a number.
public enum AccountSheet {
    /// The parts in the order a person reads the account, each a heading and its lines.
    public static func parts(_ a: Account, today: CalendarDate, timeZone: TimeZone) -> [(heading: String, lines: [String])] {
        func or(_ text: String?, _ none: String = "—") -> String {
            guard let text, !RuleText.isBlank(text) else { return none }
            return text
        }
        func day(_ date: Date) -> String { "\(CalendarDate(date, in: timeZone).iso) \(date.clockTime(in: timeZone))" }
        var out: [(String, [String])] = []

        let i = a.identity
        out.append(("Identity", ["Name: \(i.name) (id \(a.id))", "Legal entity: \(or(i.legalEntity))", "Trading name: \(or(i.tradingName))",
                                 "Industry: \(or(i.industry))",
                                 "Headcount: \(i.headcount == 0 ? "—" : WholeNumber.grouped(i.headcount))",
                                 "Primary location: \(or(i.primaryLocation))", "Registered address: \(or(i.registeredAddress))"]))
        let c = a.contract
        out.append(("Contract", ["What was bought: \(or(c.purchased))", "Deliverables: \(or(c.deliverables))",
                                 "Annual value: \(WholeNumber.grouped(c.annualValue)) \(c.currency)",
                                 "Term: \(c.termMonths) months, \(c.startDate.iso) to renewal \(c.renewalDate.iso)"]))
        let p = a.people
        out.append(("Our people", ["Onboarding coordinator: \(or(p.onboardingCoordinator))", "Onboarding lead: \(or(p.onboardingLead))",
                                   "Incoming account manager: \(or(p.accountManager))",
                                   "Account-management director: \(or(p.accountManagementDirector))",
                                   "Primary owner (CRM): \(or(p.primaryOwner))"]
                    + (p.leadSecondaryContactUntil.map { ["Lead secondary contact until \($0.iso)"] } ?? [])))
        out.append(("Contacts", a.contacts.isEmpty ? ["none recorded"] : a.contacts.enumerated().map { n, k in
            let tags = [k.isSponsor ? "sponsor" : nil, k.isDayToDay ? "day-to-day" : nil].compactMap { $0 }
            return "\(n + 1). \(k.name)\(k.role.isEmpty ? "" : ", \(k.role)")\(tags.isEmpty ? "" : " (\(tags.joined(separator: ", ")))")"
                + " — \(k.stance.rawValue), \(k.relationshipStrength.rawValue) relationship"
                + (k.communicationPreference.isEmpty ? "" : "; prefers \(k.communicationPreference)")
        }))
        out.append(("Health", [a.health.isRated ? "\(a.health.title) since \(a.health.setOn.iso) — \(a.health.rationale)"
                                                : "not rated — nobody has rated it yet"]
                    + a.healthHistory.filter(\.isRated).reversed().map { "earlier: \($0.title) from \($0.setOn.iso) — \($0.rationale)" }))
        out.append(("Sentiment", a.sentiment.isEmpty ? ["none recorded"] : a.sentiment.map {
            "\($0.capturedOn.iso) \($0.contact), \($0.tone.rawValue)\($0.isVerbatim ? "" : " (paraphrased)"): “\($0.words)”"
        }))
        out.append(("Interactions", a.interactions.isEmpty ? ["none logged"] : a.interactions.map {
            "\(day($0.happenedAt)) \($0.kind.rawValue) with \(or($0.with)) (logged \(day($0.loggedAt))): \($0.summary)"
        }))
        out.append(("Milestones", a.milestones.isEmpty ? ["none named at kick-off"] : a.milestones.enumerated().map { n, m in
            "\(n + 1). \(m.name) — target \(m.targetDate.iso); "
                + (m.completedOn.map { "completed \($0.iso): \(or(m.evidence, "no evidence"))" } ?? "open")
                + (m.reopenedOn.map { "; reopened \($0.iso)" } ?? "")
        }))
        var transition = ["\(a.transitionKind.title), \(a.planning.rawValue); stage \(a.stage.rawValue) \(a.stage.title)",
                          "T-day \(a.tDay.iso) (\(a.tDayLabel(today: today)))"]
        transition += a.tDayHistory.map { "T-day moved \($0.from.iso) → \($0.to.iso) on \($0.on.iso): \($0.note)" }
        transition += a.stageHistory.map { "entered stage \($0.stage.rawValue) \($0.stage.title) on \($0.on.iso)" + ($0.overrideReason.map { " by override: \($0)" } ?? "") }
        if let o = a.stageOverride {
            let missing = (o.missing ?? []).map(\.title)
            transition.append("Override to \(o.toStage.title) by \(o.by) on \(o.on.iso): \(o.reason) — flagged schedule-driven transition"
                              + (missing.isEmpty ? "" : " (missing then: \(missing.joined(separator: ", ")))"))
        }
        out.append(("Transition", transition))
        var readiness: [String] = []
        for condition in ReadinessCondition.allCases {
            let mark = a.readiness[condition]
            let validity = Readiness.validity(of: condition, in: a, today: today)
            readiness.append("\(condition.number) \(condition.title): \(mark.status.title)"
                             + (mark.status == .met && !validity.isValid ? " [not valid: \(validity.reason ?? "")]" : ""))
            if let e = mark.evidence {
                let facts: [String?] = [e.signatory.map { "signed by \($0)" },
                                        e.periodStart.map { "report \($0.iso) to \(e.periodEnd?.iso ?? "?")" },
                                        e.expectedUsers.map { "\(e.baselineUsers ?? 0) of \($0) named end-users at baseline" },
                                        e.observedBy.map { "observed by \($0)" }, e.demonstrated.map { "demonstrated: \($0)" },
                                        e.capturedIn.map { "captured in \($0)" }, e.sponsorWords.map { "words: “\($0)”" },
                                        e.tone.map { "tone \($0.rawValue)" }]
                readiness.append("    \(e.summary) — \(e.date.iso), \(e.providedBy)"
                                 + facts.compactMap { $0 }.map { "; \($0)" }.joined())
            }
            if let act = mark.action {
                readiness.append("    action: \(act.what) — \(act.owner) by \(act.deadline.iso)" + (act.doneOn.map { ", done \($0.iso)" } ?? ""))
            }
        }
        readiness += a.readiness.runs.map {
            "run \($0.on.iso): \($0.cleared ? "CLEARED" : "NOT CLEARED") \($0.score)/6 — \($0.attendees.joined(separator: ", "))"
        }
        out.append(("Readiness", readiness))
        out.append(("Onboarding exit", a.exit.map {
            "\($0.component.title): " + ($0.doneOn.map { "done \($0.iso)" } ?? "not done") + ($0.reference.map { " (\($0))" } ?? "")
        }))
        out.append(("Meetings", a.meetings.isEmpty ? ["none held"] : a.meetings.flatMap { m -> [String] in
            var lines = ["\(m.on.iso) \(m.kind.title) — \(m.attendees.joined(separator: ", "))"]
            lines += m.sections.enumerated().compactMap { n, s in
                s.skipReason.map { "    \(n + 1). \(s.title): skipped — \($0)" } ?? (s.notes.isEmpty ? nil : "    \(n + 1). \(s.title): \(s.notes)")
            }
            if !m.successSignals.isEmpty { lines.append("    success signals: " + m.successSignals.map(\.title).joined(separator: "; ")) }
            if !m.commitments.isEmpty { lines.append("    commitments: " + m.commitments.joined(separator: "; ")) }
            if let s = m.customerSatisfaction { lines.append("    satisfaction with the transition: \(s) of 5") }
            return lines
        }))
        let t = a.crmTransfer
        // Judged against the record where it can show the area (identity, contacts, contract, documents), the tick elsewhere.
        var crm = CRMArea.allCases.map { area -> String in
            let note = t.areas.first { $0.area == area }?.note ?? ""
            let record = CRMRecordCheck.gaps(area, in: a).map { $0.isEmpty ? " (from the record)" : " (record: \($0.joined(separator: "; ")))" } ?? ""
            return "[\(CRMRecordCheck.isComplete(area, in: a) ? "✓" : " ")] \(area.title)\(record)" + (note.isEmpty ? "" : " — \(note)")
        }
        crm += CRMRecordCheck.documents(of: a).map { "    [\($0.present ? "✓" : " ")] \($0.document.title)\($0.fromRecord ? "" : " (the lead ticks it)")" }
        crm += t.changes.map { "[\($0.doneAt == nil ? " " : "✓")] \($0.change.title)" + ($0.doneAt.map { " — \(day($0))" } ?? "") }
        if let f = t.firstTouchpoint { crm.append("First touchpoint: \(f.on.iso) with \(f.owner): \(f.agenda)") }
        if let s = t.atTransfer {
            crm.append("On transfer day \(s.on.iso): " + (s.incomplete.isEmpty ? "all nine areas complete"
                       : "incomplete: \(s.incomplete.map(\.title).joined(separator: ", "))"))
        }
        out.append(("CRM transfer", crm))
        out.append(("Risks", a.risks.isEmpty ? ["none recorded"] : a.risks.enumerated().map { n, r in
            "\(n + 1). [\(r.status.rawValue)] \(r.statement) — \(r.likelihood.title)×\(r.impact.title) = \(r.severity), \(r.owner), "
                + "review \(r.nextReview.iso); mitigation: \(or(r.mitigation)); escalate: \(or(r.escalationTrigger))"
                + (r.resolution.map { "; \($0)" } ?? "")
        }))
        out.append(("Open issues", a.openIssues.isEmpty ? ["none recorded"] : a.openIssues.enumerated().map { n, issue in
            "\(n + 1). [\(issue.isClosed ? "closed" : "open")] \(issue.description) — \(issue.kind.title), \(issue.owner) by \(issue.deadline.iso)"
                + issue.dispositions.map { "; \($0.disposition.rawValue) \($0.on.iso): \($0.note)" }.joined()
        }))
        out.append(("Timeline", a.timeline.enumerated().map { n, step in
            let state = step.doneOn.map { "done \($0.iso)" } ?? (step.due < today ? "OVERDUE" : "due")
            return "\(n + 1). \(step.due.iso) \(TransferDay.label(daysFromTDay: step.offsetDays))  \(step.title)  [\(state)]"
        }))
        var handover = HandoverSection.allCases.map {
            "\($0.rawValue). \($0.title)\($0.isInternalOnly ? " (internal only)" : ""): \(or(a.handover[$0], "not written yet"))"
        }
        let life = HandoverLife(a)
        handover.append("Handover document \(life.circulation.text(today: today, tDay: a.tDay)); \(life.finalisation.text(today: today, tDay: a.tDay))")
        out.append(("Handover document", handover))
        var record: [String] = []
        if let archived = a.archived { record.append("Archived \(archived.on.iso): \(archived.reason.title) — \(archived.note)") }
        if let r = a.crmRecord { record.append("From \(r.source) record \(r.recordID), imported \(r.importedOn.iso)") }
        out.append(("Record", record.isEmpty ? ["in the portfolio; entered in Baton"] : record))
        return out
    }

    /// The parts as one text, each under its heading.
    public static func text(_ a: Account, today: CalendarDate, timeZone: TimeZone) -> String {
        parts(a, today: today, timeZone: timeZone).map { heading, lines in
            ([heading] + lines.map { "  " + $0 }).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Which part shows each stored property of `Account`: a property added without a part here
    /// fails the test that holds `baton show` to print everything.
    public static let partOfProperty: [String: String] = [
        "id": "Identity", "identity": "Identity", "contract": "Contract", "people": "Our people", "contacts": "Contacts",
        "health": "Health", "healthHistory": "Health", "sentiment": "Sentiment", "milestones": "Milestones",
        "interactions": "Interactions", "transitionKind": "Transition", "planning": "Transition", "stage": "Transition",
        "tDay": "Transition", "stageHistory": "Transition", "stageOverride": "Transition", "tDayHistory": "Transition",
        "readiness": "Readiness", "exit": "Onboarding exit", "meetings": "Meetings", "crmTransfer": "CRM transfer",
        "risks": "Risks", "openIssues": "Open issues", "timeline": "Timeline", "handover": "Handover document",
        "archived": "Record", "crmRecord": "Record",
    ]
}
