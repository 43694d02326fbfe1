import BatonCore

/// The forms behind `m` and `n` on a readiness condition: Met asks for what that condition's
/// evidence standard names; Not Met asks for the action that will close the gap.
enum ReadinessForms {
    static let dateHint = "blank = today; or fri, +3d, 2026-11-24"
    static let yesNo = [FieldChoice("yes", "Yes", key: "y"), FieldChoice("no", "No", key: "n")]

    static func evidence(for condition: ReadinessCondition, account: Account, today: CalendarDate) -> FormState {
        let old = account.readiness[condition].evidence
        let coordinator = account.people.onboardingCoordinator
        let sponsor = account.sponsor?.name ?? ""
        let contacts = account.contacts.map(\.name)
        let sponsors = account.contacts.filter(\.isSponsor).map(\.name)
        let ourSide = [account.people.onboardingCoordinator, account.people.onboardingLead]
        let everyone = ourSide + [account.people.accountManager] + contacts
        let tones = FieldChoice.of(SentimentNote.Tone.self) { $0.rawValue.capitalized }
        let fields: [FormField]
        switch condition {
        case .setupComplete:
            fields = [
                FormField(.evidenceSummary, "Summary", text: old?.summary ?? "", hint: "what the sign-off covers: configuration, integrations, access"),
                FormField(.signatory, "Signatory", text: old?.signatory ?? sponsor,
                          hint: "the customer contact who signed the implementation sign-off", completions: contacts),
                FormField(.signedOn, "Signed on", .date, required: false, hint: dateHint),
                FormField(.filedIn, "Filed in", text: old?.filedIn ?? "", required: false, hint: "where the signed sign-off is on file: the CRM, a folder"),
                FormField(.providedBy, "Provided by", text: old?.providedBy ?? coordinator, completions: everyone),
            ]
        case .activeUsage:
            fields = [
                FormField(.evidenceSummary, "Summary", text: old?.summary ?? "", hint: "what the report shows the named end-users doing"),
                FormField(.reportFrom, "Report from", .date, text: old?.periodStart?.iso ?? "", hint: "first day the usage report covers (21 days or more)"),
                FormField(.reportTo, "Report to", .date, text: old?.periodEnd?.iso ?? "", required: false,
                          hint: "last day it covers, 7 days or less before the assessment; " + dateHint),
                FormField(.expectedUsers, "Named end-users expected", text: old?.expectedUsers.map(String.init) ?? "",
                          hint: "how many named end-users the purchase justified"),
                FormField(.baselineUsers, "At baseline in the report", text: old?.baselineUsers.map(String.init) ?? "",
                          hint: "how many of them the report shows at baseline activity"),
                FormField(.providedBy, "Provided by", text: old?.providedBy ?? coordinator, completions: everyone),
            ]
        case .milestonesAchieved:
            let done = account.milestones.filter(\.isCompletedWithEvidence).map(\.name)
            fields = [
                FormField(.evidenceSummary, "Summary", text: old?.summary ?? "All \(account.milestones.count) kick-off milestones completed: "
                          + done.joined(separator: "; "), hint: "judged from the milestones themselves"),
                FormField(.providedBy, "Provided by", text: old?.providedBy ?? account.people.onboardingLead, completions: everyone),
            ]
        case .trainingCapability:
            fields = [
                FormField(.whatWasChecked, "What was checked", text: old?.summary ?? "", hint: "the session: who, how many, how it went"),
                FormField(.demonstrated, "Demonstrated", text: old?.demonstrated ?? "",
                          hint: "the core workflows users did without operator support"),
                FormField(.observedBy, "Observed by", text: old?.observedBy ?? coordinator,
                          hint: "the onboarding coordinator or lead who watched — never the customer", completions: ourSide),
                FormField(.observedOn, "Observed on", .date, required: false, hint: dateHint),
            ]
        case .processUnderstanding:
            fields = [
                FormField(.conversation, "Conversation", .multiLine, text: old?.summary ?? "",
                          hint: "support tickets, documentation, escalation, billing, expanding access: what was agreed"),
                FormField(.conversationWith, "With", text: old?.providedBy ?? sponsor, hint: "the sponsor", completions: sponsors),
            ] + ProcessTopic.allCases.map { topic in
                FormField(.topic(topic), "Covered: \(topic.title)", .choice(yesNo),
                          text: old?.topics?.contains(topic) == true ? "yes" : "no", hint: topic.question)
            } + [
                FormField(.capturedIn, "Captured in", text: old?.capturedIn ?? "",
                          hint: "where it is written down: minutes, an email, the CRM"),
                FormField(.conversationOn, "On", .date, required: false, hint: dateHint),
            ]
        case .customerConfidence:
            fields = [
                FormField(.sponsorWords, "Sponsor's words", .multiLine, text: old?.sponsorWords ?? "", hint: "in their own words, as said"),
                FormField(.sponsor, "Sponsor", text: old?.providedBy ?? sponsor, completions: sponsors),
                FormField(.capturedOn, "Captured on", .date, required: false, hint: "within 7 days of the assessment; " + dateHint),
                FormField(.tone, "Tone", .choice(tones), text: old?.tone?.rawValue ?? "", required: false,
                          hint: "the standard: “Sentiment is positive”"),
                FormField(.capturedIn, "Captured in", text: old?.capturedIn ?? "", required: false,
                          hint: "where they are written down: an email, the call notes, the CRM"),
                FormField(.evidenceSummary, "Summary", text: "", required: false, hint: "optional; the words stand for themselves"),
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
            FormField(.gapWhat, "What will close the gap", text: old?.what ?? "", hint: "an action, not a hope"),
            FormField(.gapOwner, "Owner", text: old?.owner ?? account.people.onboardingCoordinator),
            FormField(.gapDeadline, "Deadline", .date, text: old?.deadline.iso ?? "", hint: "fri, +1w, 2026-12-01"),
        ]
        return FormState(title: "\(condition.number). \(condition.title) — Not Met: the action", purpose: .gapAction(condition),
                         accountID: account.id, fields: fields,
                         guidance: ["Not Met needs a named action: what will close the gap, who owns it, by when.",
                                    "The assessment is re-run when the action is done."])
    }

    /// The Met change the evidence form describes: what was typed, read into the condition's
    /// evidence. Whether it meets the standard is the core's to judge.
    static func markMet(_ form: FormState, condition: ReadinessCondition, today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        func day(_ key: FieldKey) -> CalendarDate { form.date(key, today: today) ?? today }
        /// A count typed as a number: nil when it is not one.
        func count(_ key: FieldKey) -> Int?? {
            let text = form.value(key)
            if text.isEmpty { return .some(nil) }
            return Int(text).map { .some($0) }
        }
        let evidence: Evidence
        switch condition {
        case .setupComplete:
            evidence = Evidence(summary: form.value(.evidenceSummary), date: day(.signedOn), providedBy: form.value(.providedBy),
                                signatory: form.value(.signatory), filedIn: form.value(.filedIn))
        case .activeUsage:
            guard let start = form.date(.reportFrom, today: today) else { return .failure(ChangeRefusal("Report from is needed.")) }
            let end = day(.reportTo)
            guard let expected = count(.expectedUsers), let baseline = count(.baselineUsers) else {
                return .failure(ChangeRefusal("The numbers of named end-users are whole numbers: 47, not “most”."))
            }
            evidence = Evidence(summary: form.value(.evidenceSummary), date: end, providedBy: form.value(.providedBy),
                                periodStart: start, periodEnd: end, expectedUsers: expected, baselineUsers: baseline)
        case .milestonesAchieved:
            evidence = Evidence(summary: form.value(.evidenceSummary), date: today, providedBy: form.value(.providedBy))
        case .trainingCapability:
            evidence = Evidence(summary: form.value(.whatWasChecked), date: day(.observedOn),
                                providedBy: form.value(.observedBy), observedBy: form.value(.observedBy),
                                demonstrated: form.value(.demonstrated))
        case .processUnderstanding:
            evidence = Evidence(summary: form.value(.conversation), date: day(.conversationOn), providedBy: form.value(.conversationWith),
                                topics: Set(ProcessTopic.allCases.filter { form.value(.topic($0)) == "yes" }),
                                capturedIn: form.value(.capturedIn))
        case .customerConfidence:
            let words = form.value(.sponsorWords)
            let summary = form.value(.evidenceSummary)
            evidence = Evidence(summary: summary.isEmpty ? words : summary, date: day(.capturedOn),
                                providedBy: form.value(.sponsor), capturedIn: form.value(.capturedIn), sponsorWords: words,
                                tone: SentimentNote.Tone(rawValue: form.value(.tone)))
        }
        return .success(.readiness(.markMet(condition, evidence)))
    }

    /// The Not Met change the action form describes.
    static func markNotMet(_ form: FormState, condition: ReadinessCondition, today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        guard let deadline = form.date(.gapDeadline, today: today) else { return .failure(ChangeRefusal("Deadline is needed.")) }
        let action = GapAction(what: form.value(.gapWhat), owner: form.value(.gapOwner), deadline: deadline)
        return .success(.readiness(.markNotMet(condition, action)))
    }
}

extension FieldKey {
    static let evidenceSummary = FieldKey("evidence.summary")
    static let signatory = FieldKey("evidence.signatory")
    static let signedOn = FieldKey("evidence.signedOn")
    static let providedBy = FieldKey("evidence.providedBy")
    static let reportFrom = FieldKey("evidence.reportFrom")
    static let reportTo = FieldKey("evidence.reportTo")
    static let whatWasChecked = FieldKey("evidence.whatWasChecked")
    static let observedBy = FieldKey("evidence.observedBy")
    static let observedOn = FieldKey("evidence.observedOn")
    static let conversation = FieldKey("evidence.conversation")
    static let conversationWith = FieldKey("evidence.conversationWith")
    static let conversationOn = FieldKey("evidence.conversationOn")
    static let sponsorWords = FieldKey("evidence.sponsorWords")
    static let sponsor = FieldKey("evidence.sponsor")
    static let capturedOn = FieldKey("evidence.capturedOn")
    static let expectedUsers = FieldKey("evidence.expectedUsers")
    static let baselineUsers = FieldKey("evidence.baselineUsers")
    static let demonstrated = FieldKey("evidence.demonstrated")
    static let capturedIn = FieldKey("evidence.capturedIn")
    static let tone = FieldKey("evidence.tone")
    static let filedIn = FieldKey("evidence.filedIn")
    static func topic(_ topic: ProcessTopic) -> FieldKey { FieldKey("evidence.topic.\(topic.rawValue)") }
    static let gapWhat = FieldKey("gap.what")
    static let gapOwner = FieldKey("gap.owner")
    static let gapDeadline = FieldKey("gap.deadline")
}
