import BatonCore

/// The forms behind `m` and `n` on a readiness condition: Met asks for what that condition's
/// evidence standard names; Not Met asks for the action that will close the gap.
enum ReadinessForms {
    static let dateHint = "blank = today; or fri, +3d, 2026-11-24"

    static func evidence(for condition: ReadinessCondition, account: Account, today: CalendarDate) -> FormState {
        let old = account.readiness[condition].evidence
        let coordinator = account.people.onboardingCoordinator
        let sponsor = account.sponsor?.name ?? ""
        let fields: [FormField]
        switch condition {
        case .setupComplete:
            fields = [
                FormField("Summary", text: old?.summary ?? "", hint: "what the sign-off covers: configuration, integrations, access"),
                FormField("Signatory", text: old?.signatory ?? "", hint: "who signed the implementation sign-off"),
                FormField("Signed on", .date, required: false, hint: dateHint),
                FormField("Provided by", text: old?.providedBy ?? coordinator),
            ]
        case .activeUsage:
            fields = [
                FormField("Summary", text: old?.summary ?? "", hint: "the named end-users and their activity against baseline"),
                FormField("Report from", .date, text: old?.periodStart?.iso ?? "", hint: "first day the usage report covers (21 days or more)"),
                FormField("Report to", .date, text: old?.periodEnd?.iso ?? "", required: false, hint: "last day it covers; " + dateHint),
                FormField("Provided by", text: old?.providedBy ?? coordinator),
            ]
        case .milestonesAchieved:
            let done = account.milestones.filter(\.isCompletedWithEvidence).map(\.name)
            fields = [
                FormField("Summary", text: old?.summary ?? "All \(account.milestones.count) kick-off milestones completed: "
                          + done.joined(separator: "; "), hint: "judged from the milestones themselves"),
                FormField("Provided by", text: old?.providedBy ?? account.people.onboardingLead),
            ]
        case .trainingCapability:
            fields = [
                FormField("What was checked", text: old?.summary ?? "", hint: "the task users did unaided, and how it went"),
                FormField("Observed by", text: old?.observedBy ?? coordinator, hint: "the onboarding operator who watched — not self-reported"),
                FormField("Observed on", .date, required: false, hint: dateHint),
            ]
        case .processUnderstanding:
            fields = [
                FormField("Conversation", .multiLine, text: old?.summary ?? "",
                          hint: "support tickets, documentation, escalation, billing, expanding access: what was agreed"),
                FormField("With", text: old?.providedBy ?? sponsor, hint: "the sponsor"),
                FormField("On", .date, required: false, hint: dateHint),
            ]
        case .customerConfidence:
            fields = [
                FormField("Sponsor's words", .multiLine, text: old?.sponsorWords ?? "", hint: "in their own words, as said"),
                FormField("Sponsor", text: old?.providedBy ?? sponsor),
                FormField("Captured on", .date, required: false, hint: "within the last 7 days; " + dateHint),
                FormField("Summary", text: "", required: false, hint: "optional; the words stand for themselves"),
            ]
        }
        var guidance = ["Standard: \(condition.evidenceStandard)"]
        if let not = condition.notEvidence { guidance.append(not) }
        return FormState(title: "\(condition.number). \(condition.title) — Met: the evidence", purpose: .evidence(condition),
                         accountID: account.id, fields: fields, guidance: guidance)
    }

    static func gapAction(for condition: ReadinessCondition, account: Account, today: CalendarDate) -> FormState {
        let old = account.readiness[condition].action
        let fields = [
            FormField("What will close the gap", text: old?.what ?? "", hint: "an action, not a hope"),
            FormField("Owner", text: old?.owner ?? account.people.onboardingCoordinator),
            FormField("Deadline", .date, text: old?.deadline.iso ?? "", hint: "fri, +1w, 2026-12-01"),
        ]
        return FormState(title: "\(condition.number). \(condition.title) — Not Met: the action", purpose: .gapAction(condition),
                         accountID: account.id, fields: fields,
                         guidance: ["Not Met needs a named action: what will close the gap, who owns it, by when.",
                                    "The assessment is re-run when the action is done."])
    }

    /// The account with the condition marked Met on this evidence — or why it is refused.
    static func markMet(_ form: FormState, condition: ReadinessCondition, account: Account,
                        today: CalendarDate) -> Result<Account, Refusal> {
        func day(_ label: String) -> CalendarDate { form.date(label, today: today) ?? today }
        let evidence: Evidence
        switch condition {
        case .setupComplete:
            evidence = Evidence(summary: form.value("Summary"), date: day("Signed on"), providedBy: form.value("Provided by"),
                                signatory: form.value("Signatory"))
        case .activeUsage:
            guard let start = form.date("Report from", today: today) else { return .failure(Refusal("Report from is needed.")) }
            let end = day("Report to")
            evidence = Evidence(summary: form.value("Summary"), date: end, providedBy: form.value("Provided by"),
                                periodStart: start, periodEnd: end)
        case .milestonesAchieved:
            evidence = Evidence(summary: form.value("Summary"), date: today, providedBy: form.value("Provided by"))
        case .trainingCapability:
            evidence = Evidence(summary: form.value("What was checked"), date: day("Observed on"),
                                providedBy: form.value("Observed by"), observedBy: form.value("Observed by"))
        case .processUnderstanding:
            evidence = Evidence(summary: form.value("Conversation"), date: day("On"), providedBy: form.value("With"))
        case .customerConfidence:
            let words = form.value("Sponsor's words")
            let summary = form.value("Summary")
            evidence = Evidence(summary: summary.isEmpty ? words : summary, date: day("Captured on"),
                                providedBy: form.value("Sponsor"), sponsorWords: words)
        }
        var candidate = account
        candidate.readiness[condition] = ConditionAssessment(condition: condition, status: .met, evidence: evidence,
                                                             action: nil, markedOn: today)
        // The same rule that judges the verdict judges the mark: Met without valid evidence is refused.
        let validity = Readiness.validity(of: condition, in: candidate, today: today)
        guard validity.isValid else {
            return .failure(Refusal("Refused: \(validity.reason ?? "the evidence does not meet the standard")"))
        }
        return .success(candidate)
    }

    /// The account with the condition marked Not Met and its named action — or why it is refused.
    static func markNotMet(_ form: FormState, condition: ReadinessCondition, account: Account,
                           today: CalendarDate) -> Result<Account, Refusal> {
        guard let deadline = form.date("Deadline", today: today) else { return .failure(Refusal("Deadline is needed.")) }
        guard deadline >= today else {
            return .failure(Refusal("Refused: a deadline in the past (\(deadline.iso)) closes nothing; give a day from today on."))
        }
        let action = GapAction(what: form.value("What will close the gap"), owner: form.value("Owner"), deadline: deadline)
        var candidate = account
        candidate.readiness[condition] = ConditionAssessment(condition: condition, status: .notMet, evidence: nil,
                                                             action: action, markedOn: today)
        return .success(candidate)
    }

    static func clearMark(_ condition: ReadinessCondition, account: Account) -> Account {
        var candidate = account
        candidate.readiness[condition] = ConditionAssessment(condition: condition)
        return candidate
    }
}

/// Why a change was not made, in words for the screen.
struct Refusal: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
