/// The readiness assessment's inputs: Met with the evidence each condition's standard names,
/// Not Met with the action that closes the gap, and back to unassessed.
public enum ReadinessInputs {
    static let dateHelp = "blank = today; or fri, +3d, 2026-11-24"

    /// Met: the facts the condition's standard asks for, each its own field.
    public static func markMet(_ condition: ReadinessCondition, account: Account?) -> ChangeInput<AccountChange> {
        let old = account?.readiness[condition].evidence
        let coordinator = account?.people.onboardingCoordinator ?? ""
        let sponsor = account?.sponsor?.name ?? ""
        let anyone = account?.knownPeople(.anyone) ?? []
        let contacts = account?.knownPeople(.contact) ?? []
        let sponsors = account?.contacts.filter(\.isSponsor).map(\.name) ?? []
        let ourSide = account?.knownPeople(.ourSide) ?? []
        let summary = InputField(.evidenceSummary, "Summary", option: "evidence", value: old?.summary ?? "",
                                 help: summaryHelp(condition))
        let by = InputField(.providedBy, "Provided by", option: "by", .person(.anyone), value: old?.providedBy ?? coordinator,
                            help: "who provided the evidence", completions: anyone)
        var fields: [InputField]
        switch condition {
        case .setupComplete:
            fields = [
                summary,
                InputField(.signatory, "Signatory", option: "signatory", .person(.contact), value: old?.signatory ?? sponsor,
                           help: "the customer's sponsor (or a named authorised signatory) who signed the sign-off", completions: contacts),
                InputField(.signedOn, "Signed on", option: "date", .date, value: old?.date.iso ?? "", required: false, help: "the day it was signed; " + dateHelp),
                InputField(.filedIn, "Filed in", option: "filed-in", value: old?.filedIn ?? "", required: false,
                           help: "where the signed sign-off is on file: the CRM, a document library"),
                by,
            ]
        case .activeUsage:
            fields = [
                summary,
                InputField(.reportFrom, "Report from", option: "from", .date, value: old?.periodStart?.iso ?? "",
                           help: "the first day the usage report covers (21 days or more)"),
                InputField(.reportTo, "Report to", option: "to", .date, value: old?.periodEnd?.iso ?? "", required: false,
                           help: "the last day it covers, 7 days or less before the assessment; " + dateHelp),
                InputField(.expectedUsers, "Named end-users expected", option: "expected", .number(min: 1, max: 1_000_000),
                           value: old?.expectedUsers.map(String.init) ?? "", help: "how many named end-users the purchase justified"),
                InputField(.baselineUsers, "At baseline in the report", option: "baseline", .number(min: 0, max: 1_000_000),
                           value: old?.baselineUsers.map(String.init) ?? "", help: "how many of them the report shows at baseline activity"),
                by,
            ]
        case .milestonesAchieved:
            let milestones = account?.milestones ?? []
            let allDone = !milestones.isEmpty && milestones.allSatisfy(\.isCompletedWithEvidence)
            // Offered only when it is true: a summary that says "all completed" of milestones that
            // are not would be the lead's words standing in for the record.
            let offered = allDone ? "All \(milestones.count) kick-off milestones completed: " + milestones.map(\.name).joined(separator: "; ") : ""
            fields = [
                InputField(.evidenceSummary, "Summary", option: "evidence", value: old?.summary ?? offered,
                           help: "judged from the milestones themselves: each completed with a date and evidence"),
                InputField(.providedBy, "Provided by", option: "by", .person(.anyone), value: old?.providedBy ?? account?.people.onboardingLead ?? "",
                           help: "who checked the milestones", completions: anyone),
            ]
        case .trainingCapability:
            fields = [
                InputField(.whatWasChecked, "What was checked", option: "evidence", value: old?.summary ?? "",
                           help: "the competence check: who, how many, how it went"),
                InputField(.demonstrated, "Demonstrated", option: "demonstrated", value: old?.demonstrated ?? "",
                           help: "the core workflows the users did without operator support"),
                InputField(.observedBy, "Observed by", option: "observer", .person(.ourSide), value: old?.observedBy ?? coordinator,
                           help: "the onboarding coordinator or lead who watched — never the customer", completions: ourSide),
                InputField(.observedOn, "Observed on", option: "date", .date, value: old?.date.iso ?? "", required: false, help: dateHelp),
            ]
        case .processUnderstanding:
            fields = [
                InputField(.conversation, "Conversation", option: "evidence", .multiLine, value: old?.summary ?? "",
                           help: "what was agreed on support tickets, documentation, escalation, billing, expanding access"),
                InputField(.conversationWith, "With", option: "by", .person(.contact), value: old?.providedBy ?? sponsor,
                           help: "the sponsor", completions: sponsors),
                InputField(.topics, "Processes covered", option: "topics", .choices(FieldChoice.of(ProcessTopic.self) { $0.title.capitalized }),
                           value: (old?.topics ?? []).sorted().map(\.rawValue).joined(separator: ","), required: false,
                           help: "each one the sponsor can now do: " + ProcessTopic.allCases.map(\.question).joined(separator: "; ")),
                InputField(.capturedIn, "Captured in", option: "captured-in", value: old?.capturedIn ?? "",
                           help: "where it is written down: minutes, an email, the CRM"),
                InputField(.conversationOn, "On", option: "date", .date, value: old?.date.iso ?? "", required: false, help: dateHelp),
            ]
        case .customerConfidence:
            let tones = FieldChoice.of(SentimentNote.Tone.self) { $0.rawValue.capitalized }
            fields = [
                InputField(.sponsorWords, "Sponsor's words", option: "words", .multiLine, value: old?.sponsorWords ?? "",
                           help: "the sponsor's own words, first person, as said"),
                InputField(.sponsor, "Sponsor", option: "by", .person(.contact), value: old?.providedBy ?? sponsor,
                           help: "the sponsor who said them", completions: sponsors),
                InputField(.capturedOn, "Captured on", option: "date", .date, value: old?.date.iso ?? "", required: false,
                           help: "within 7 days of the assessment; " + dateHelp),
                InputField(.tone, "Tone", option: "tone", .choice(tones), value: old?.tone?.rawValue ?? "",
                           help: "chosen, never assumed: the standard is “Sentiment is positive”", pickFirst: false),
                InputField(.capturedIn, "Captured in", option: "captured-in", value: old?.capturedIn ?? "", required: false,
                           help: "where the words are written down: minutes, an email, the CRM"),
                InputField(.evidenceSummary, "Summary", option: "evidence", value: "", required: false,
                           help: "optional; the words stand for themselves"),
            ]
        }
        var guidance = ["Standard: \(condition.evidenceStandard)"]
        if let not = condition.notEvidence { guidance.append(not) }
        return ChangeInput("\(condition.number). \(condition.title) — Met: the evidence", fields: fields, guidance: guidance) { v throws(InputRefusal) in
            let today = v.context.today
            let evidence: Evidence
            switch condition {
            case .setupComplete:
                evidence = Evidence(summary: v.text(.evidenceSummary), date: v.date(.signedOn) ?? today, providedBy: v.text(.providedBy),
                                    signatory: v.text(.signatory), filedIn: v.has(.filedIn) ? v.text(.filedIn) : nil)
            case .activeUsage:
                let end = v.date(.reportTo) ?? today
                evidence = Evidence(summary: v.text(.evidenceSummary), date: end, providedBy: v.text(.providedBy),
                                    periodStart: v.date(.reportFrom), periodEnd: end,
                                    expectedUsers: v.number(.expectedUsers), baselineUsers: v.number(.baselineUsers))
            case .milestonesAchieved:
                evidence = Evidence(summary: v.text(.evidenceSummary), date: today, providedBy: v.text(.providedBy))
            case .trainingCapability:
                evidence = Evidence(summary: v.text(.whatWasChecked), date: v.date(.observedOn) ?? today,
                                    providedBy: v.text(.observedBy), observedBy: v.text(.observedBy),
                                    demonstrated: v.text(.demonstrated))
            case .processUnderstanding:
                evidence = Evidence(summary: v.text(.conversation), date: v.date(.conversationOn) ?? today,
                                    providedBy: v.text(.conversationWith),
                                    topics: Set(v.choices(.topics).compactMap(ProcessTopic.init(rawValue:))),
                                    capturedIn: v.text(.capturedIn))
            case .customerConfidence:
                let words = v.text(.sponsorWords)
                let summary = v.text(.evidenceSummary)
                evidence = Evidence(summary: summary.isEmpty ? words : summary, date: v.date(.capturedOn) ?? today,
                                    providedBy: v.text(.sponsor), capturedIn: v.has(.capturedIn) ? v.text(.capturedIn) : nil,
                                    sponsorWords: words, tone: v.choice(.tone, as: SentimentNote.Tone.self))
            }
            return .readiness(.markMet(condition, evidence))
        }
    }

    static func summaryHelp(_ condition: ReadinessCondition) -> String {
        switch condition {
        case .setupComplete: "what the sign-off covers: configuration, integrations, access"
        case .activeUsage: "what the report shows the named end-users doing"
        default: "the evidence in a sentence"
        }
    }

    /// Not Met: what will close the gap, who owns it, by when.
    public static func markNotMet(_ condition: ReadinessCondition, account: Account?) -> ChangeInput<AccountChange> {
        let old = account?.readiness[condition].action
        return ChangeInput("\(condition.number). \(condition.title) — Not Met: the action", fields: [
            InputField(.gapWhat, "What will close the gap", option: "action", value: old?.what ?? "", help: "an action, not a hope"),
            InputField(.gapOwner, "Owner", option: "owner", .person(.anyone), value: old?.owner ?? account?.people.onboardingCoordinator ?? "",
                       help: "who owns the action", completions: account?.knownPeople(.anyone) ?? []),
            InputField(.gapDeadline, "Deadline", option: "deadline", .date, value: old?.deadline.iso ?? "", help: "by when: fri, +1w, 2026-12-01"),
        ], guidance: ["Not Met needs a named action: what will close the gap, who owns it, by when.",
                      "The assessment is re-run when the action is done."]) { v throws(InputRefusal) in
            // Required fields are present: `build` refused a blank one, naming it.
            .readiness(.markNotMet(condition, GapAction(what: v.text(.gapWhat), owner: v.text(.gapOwner), deadline: v.date(.gapDeadline)!)))
        }
    }

    /// Back to unassessed: nothing to fill in.
    public static func clearMark(_ condition: ReadinessCondition) -> ChangeInput<AccountChange> {
        ChangeInput("\(condition.number). \(condition.title) — back to unassessed", fields: []) { _ throws(InputRefusal) in
            .readiness(.clearMark(condition))
        }
    }
}

extension FieldKey {
    public static let evidenceSummary = FieldKey("evidence.summary")
    public static let signatory = FieldKey("evidence.signatory")
    public static let signedOn = FieldKey("evidence.signedOn")
    public static let providedBy = FieldKey("evidence.providedBy")
    public static let reportFrom = FieldKey("evidence.reportFrom")
    public static let reportTo = FieldKey("evidence.reportTo")
    public static let whatWasChecked = FieldKey("evidence.whatWasChecked")
    public static let observedBy = FieldKey("evidence.observedBy")
    public static let observedOn = FieldKey("evidence.observedOn")
    public static let conversation = FieldKey("evidence.conversation")
    public static let conversationWith = FieldKey("evidence.conversationWith")
    public static let conversationOn = FieldKey("evidence.conversationOn")
    public static let sponsorWords = FieldKey("evidence.sponsorWords")
    public static let sponsor = FieldKey("evidence.sponsor")
    public static let capturedOn = FieldKey("evidence.capturedOn")
    public static let expectedUsers = FieldKey("evidence.expectedUsers")
    public static let baselineUsers = FieldKey("evidence.baselineUsers")
    public static let demonstrated = FieldKey("evidence.demonstrated")
    public static let capturedIn = FieldKey("evidence.capturedIn")
    public static let tone = FieldKey("evidence.tone")
    public static let filedIn = FieldKey("evidence.filedIn")
    public static let topics = FieldKey("evidence.topics")
    public static let gapWhat = FieldKey("gap.what")
    public static let gapOwner = FieldKey("gap.owner")
    public static let gapDeadline = FieldKey("gap.deadline")
}
