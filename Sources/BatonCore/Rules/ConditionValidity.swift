import Foundation

/// Whether one readiness condition's mark stands up today, and if not, why.
public enum ConditionValidity: Equatable, Sendable {
    /// Met, with the evidence the condition asks for, and not stale.
    case valid
    case unassessed
    /// Not Met; the action is nil when nobody has named what will close the gap.
    case notMet(action: GapAction?)
    /// Marked Met, but the evidence does not hold up.
    case missingEvidence(String)
    /// Marked Met on evidence that was good once and is not any more.
    case stale(String)
    /// Marked Met, and something recorded since says otherwise: the sponsor's later negative note.
    case contradicted(String)

    public var isValid: Bool { self == .valid }

    /// A short sentence for the screen; nil when valid.
    public var reason: String? {
        switch self {
        case .valid: nil
        case .unassessed: "Not assessed yet."
        case .notMet(let action?): "Not Met: \(action.what) (\(action.owner), by \(action.deadline))."
        case .notMet(nil): "Not Met, and no action named to close the gap."
        case .missingEvidence(let why), .stale(let why), .contradicted(let why): why
        }
    }
}

/// The readiness assessment's rules: which marks are valid, and the verdict they add up to.
public enum Readiness {
    /// Judges one condition's current mark against the source's evidence standard (000:118–127),
    /// as of `today`.
    ///
    /// A Met is only as good as what backs it: every Met carries a summary, a date that is not in
    /// the future and who provided or observed it, plus the facts its own condition asks for; its
    /// free text is judged as a second line of defence (`NonEvidence`). Condition 3 takes its
    /// evidence from the kick-off milestones. The verdict is judged continuously, not only at a
    /// run: a later negative note from the sponsor undoes condition 6, and a run more than seven
    /// days old before the joint meeting no longer vouches for the evidence it judged fresh.
    public static func validity(of condition: ReadinessCondition, in account: Account,
                                today: CalendarDate) -> ConditionValidity {
        let mark = account.readiness[condition]
        switch mark.status {
        case .unassessed: return .unassessed
        case .notMet: return .notMet(action: mark.action)
        case .met: break
        }
        if condition == .milestonesAchieved {
            if let said = mark.evidence.flatMap({ NonEvidence.match($0.summary) }) { return .missingEvidence(said.reason) }
            return milestonesValidity(mark, milestones: account.milestones, today: today)
        }
        guard let evidence = mark.evidence else { return .missingEvidence("Marked Met with no evidence recorded.") }
        if RuleText.isBlank(evidence.summary) { return .missingEvidence("The evidence has no summary.") }
        if evidence.date > today { return .missingEvidence("The evidence is dated in the future (\(evidence.date)).") }
        // Condition 4's "who" is the observer: a check nobody observed is self-reported.
        if condition != .trainingCapability, RuleText.isBlank(evidence.providedBy) {
            return .missingEvidence("The evidence does not say who provided it.")
        }
        // Freshness is judged at the assessment: the run that judged this mark, or today while it is under way.
        let assessedOn = assessmentDay(of: mark, in: account, today: today)

        // First the structured facts the condition's standard names…
        switch condition {
        case .setupComplete:
            let signOff = signOffValidity(evidence, in: account)
            guard signOff.isValid else { return signOff }
        case .activeUsage:
            let usage = usageValidity(evidence, today: today, assessedOn: assessedOn)
            guard usage.isValid else { return usage }
        case .milestonesAchieved:
            break // handled above
        case .trainingCapability:
            guard let observer = evidence.observedBy, !RuleText.isBlank(observer) else {
                return .missingEvidence("Nobody observed the competence check: self-reported is not evidence.")
            }
            if !account.isOurObserver(observer) {
                return .missingEvidence("The competence check was observed by \(RuleText.trimmed(observer)), who is not the onboarding coordinator or lead: "
                                        + "it must be observed on our side — the customer's word is self-report.")
            }
            if RuleText.isBlank(evidence.demonstrated) {
                return .missingEvidence("The evidence does not say what the users demonstrated.")
            }
        case .processUnderstanding:
            if !account.isSponsorContact(evidence.providedBy) {
                return .missingEvidence("The conversation was with \(RuleText.trimmed(evidence.providedBy)), not the sponsor: condition 5 needs a conversation with the sponsor.")
            }
            let missing = ProcessTopic.allCases.filter { !(evidence.topics ?? []).contains($0) }
            if !missing.isEmpty {
                return .missingEvidence("The conversation did not cover \(ProcessTopic.list(missing)): condition 5 needs all five processes — "
                                        + "support tickets, documentation, escalation, billing and expanding access — each ticked.")
            }
            if RuleText.isBlank(evidence.capturedIn) {
                return .missingEvidence("The conversation is not captured in writing: say where (minutes, an email, the CRM).")
            }
        case .customerConfidence:
            // The sponsor's own words, judged in the sponsor's voice.
            if let refused = sponsorsWordsRefusal(evidence, in: account) { return .missingEvidence(refused) }
        }
        // …then, as a second line of defence, our own account of it (the summary, unless it only
        // repeats the sponsor's words; what was demonstrated; where it is filed or captured).
        let ours = [evidence.summary == evidence.sponsorWords ? nil : evidence.summary, evidence.demonstrated,
                    evidence.capturedIn, evidence.filedIn]
        if let said = NonEvidence.firstMatch(in: ours) { return .missingEvidence(said.reason) }

        if condition == .customerConfidence {
            if evidence.date.days(until: assessedOn) > freshnessDays {
                return .stale("Sponsor sentiment captured \(evidence.date), more than \(freshnessDays) days before the assessment of \(assessedOn).")
            }
            if let note = account.latestSponsorSentiment(onOrBefore: today), note.tone == .negative, note.capturedOn >= evidence.date {
                return .contradicted("The sponsor's note of \(note.capturedOn) is negative, after the words this Met rests on: "
                                     + "sentiment is no longer positive — act on it, then re-run condition 6.")
            }
        }
        if let old = staleRun(of: condition, judgedOn: assessedOn, in: account, today: today) { return old }
        return .valid
    }

    /// Condition 1: the implementation sign-off, signed by the customer's sponsor (000:104) or a
    /// contact the account names as an authorised signatory, dated, and on file somewhere named.
    static func signOffValidity(_ evidence: Evidence, in account: Account) -> ConditionValidity {
        guard let signatory = evidence.signatory, !RuleText.isBlank(signatory) else {
            return .missingEvidence("The implementation sign-off has no signatory.")
        }
        let who = RuleText.trimmed(signatory)
        if !account.isCustomerContact(signatory) {
            return .missingEvidence("The sign-off's signatory, \(who), is not a customer contact on the account: the customer's sponsor signs off setup.")
        }
        if !account.isSponsorContact(signatory) && !account.isAuthorisedSignatory(signatory) {
            return .missingEvidence("The sign-off is signed by \(who), who is neither the sponsor nor a contact the account names as an "
                                    + "authorised signatory: the customer sponsor signs off in writing that setup meets the agreed standard.")
        }
        if RuleText.isBlank(evidence.filedIn) {
            return .missingEvidence("The sign-off does not say where it is filed: the standard is a signed sign-off on file in the CRM.")
        }
        return .valid
    }

    /// Condition 6's words: the sponsor's own, from the sponsor, in the first person, with a
    /// positive tone the lead chose, and where they were captured. Nil when they stand.
    static func sponsorsWordsRefusal(_ evidence: Evidence, in account: Account) -> String? {
        guard let words = evidence.sponsorWords, !RuleText.isBlank(words) else { return "No sponsor sentiment recorded." }
        if !account.isSponsorContact(evidence.providedBy) {
            return "The words are from \(RuleText.trimmed(evidence.providedBy)), not the sponsor: condition 6 needs the sponsor's sentiment."
        }
        if !FirstPerson.speaks(words) {
            return "The sponsor's words are in the third person: “\(RuleText.trimmed(words))” is someone describing the sponsor, not the sponsor "
                + "speaking. Quote the sponsor as they said it — “I…”, “we…”, “our…”."
        }
        if let said = NonEvidence.match(words, voice: .sponsors) { return said.reason }
        guard let tone = evidence.tone else {
            return "The sponsor's sentiment has no tone recorded: the standard is “Sentiment is positive”."
        }
        if tone != .positive {
            return "The sponsor's sentiment is \(tone.rawValue): the standard is “Sentiment is positive” — a \(tone.rawValue) note is a signal to act on, not evidence."
        }
        if RuleText.isBlank(evidence.capturedIn) {
            return "The sponsor's words do not say where they were captured in writing (an email, the call notes, the CRM)."
        }
        return nil
    }

    /// Conditions 2 and 6 are judged fresh at the run that assessed them; once that run is more
    /// than seven days old before the joint meeting, it must be re-run (000:126's seven days, read
    /// by DOMAIN.md: "if the clearing run is older than 7 days at the joint transition meeting,
    /// re-run it"). Once the account has passed the joint meeting, the run it passed on stands.
    static func staleRun(of condition: ReadinessCondition, judgedOn run: CalendarDate, in account: Account,
                         today: CalendarDate) -> ConditionValidity? {
        guard condition.goesStale, account.stage < .jointTransitionMeeting, run < today else { return nil }
        let age = run.days(until: today)
        guard age > freshnessDays else { return nil }
        return .stale("Judged fresh at the run of \(run), \(age) days ago: a run more than \(freshnessDays) days old before the "
                      + "joint meeting must be re-run.")
    }

    /// The day a mark is judged as of: the latest recorded run on or after the day it was made
    /// (the run that assessed it), or `today` while no run has judged it yet. The source checks
    /// freshness at the assessment; a re-check before the joint meeting re-judges it when the
    /// clearing run is old (`ReadinessRecheck`).
    public static func assessmentDay(of mark: ConditionAssessment, in account: Account, today: CalendarDate) -> CalendarDate {
        guard let markedOn = mark.markedOn else { return today }
        let run = account.readiness.runs.filter { $0.on >= markedOn && $0.on <= today }.map(\.on).max()
        return run ?? today
    }

    /// Conditions 2 and 6 go stale once their evidence is more than this many days old:
    /// evidence from exactly seven days ago still stands, eight days ago does not.
    public static let freshnessDays = 7

    /// The usage report must cover at least this many days.
    public static let usageReportMinimumDays = 21

    /// Condition 2: a usage report covering at least 21 days, ending no more than 7 days before
    /// the assessment, showing every named end-user the purchase expects at baseline activity.
    ///
    /// The period is counted inclusively: a report from 1 to 21 March covers 21 days, because
    /// a report "for 1–21 March" includes both of those days' activity.
    static func usageValidity(_ evidence: Evidence, today: CalendarDate, assessedOn: CalendarDate) -> ConditionValidity {
        guard let start = evidence.periodStart, let end = evidence.periodEnd else {
            return .missingEvidence("The usage report does not say which period it covers.")
        }
        if end < start { return .missingEvidence("The usage report's period ends before it starts.") }
        if end > today { return .missingEvidence("The usage report's period ends in the future (\(end)).") }
        let covered = start.days(until: end) + 1
        if covered < usageReportMinimumDays {
            return .missingEvidence("The usage report covers \(covered) days; it needs at least \(usageReportMinimumDays).")
        }
        guard let expected = evidence.expectedUsers, expected > 0 else {
            return .missingEvidence("The usage report does not say how many named end-users were expected.")
        }
        guard let baseline = evidence.baselineUsers else {
            return .missingEvidence("The usage report does not say how many named end-users it shows at baseline.")
        }
        if baseline < expected {
            return .missingEvidence("The usage report shows \(baseline) of \(expected) named end-users at baseline: all the named end-users must be.")
        }
        if end.days(until: assessedOn) > freshnessDays {
            return .stale("The usage report ends \(end), more than \(freshnessDays) days before the assessment of \(assessedOn).")
        }
        return .valid
    }

    /// Condition 3, derived from the milestones named at kick-off.
    ///
    /// A Met mark was a judgement about the milestones as they stood when it was made: one added
    /// or reopened since makes it stale even if that milestone has been completed again, because
    /// nobody has re-judged the set. Staleness is reported before incompleteness because it
    /// names the change that undid the mark.
    static func milestonesValidity(_ mark: ConditionAssessment, milestones: [Milestone],
                                   today: CalendarDate) -> ConditionValidity {
        guard let markedOn = mark.markedOn ?? mark.evidence?.date else {
            return .missingEvidence("The Met mark has no date, so milestone changes cannot be checked against it.")
        }
        guard !milestones.isEmpty else { return .missingEvidence("No kick-off milestones are recorded.") }
        if let added = milestones.first(where: { $0.addedOn > markedOn }) {
            return .stale("Milestone “\(added.name)” was added on \(added.addedOn), after the mark on \(markedOn).")
        }
        if let reopened = milestones.first(where: { ($0.reopenedOn).map { $0 > markedOn } ?? false }) {
            return .stale("Milestone “\(reopened.name)” was reopened on \(reopened.reopenedOn!), after the mark on \(markedOn).")
        }
        if let open = milestones.first(where: { !$0.isCompletedWithEvidence }) {
            return .missingEvidence("Milestone “\(open.name)” is not completed with a date and evidence.")
        }
        // "Each marked Completed with the date and the evidence of completion" (000:124): evidence, not a feeling.
        for milestone in milestones {
            if let said = milestone.evidence.flatMap({ NonEvidence.match($0) }) {
                return .missingEvidence("Milestone “\(milestone.name)”'s evidence of completion: \(said.reason)")
            }
        }
        if let future = milestones.first(where: { ($0.completedOn ?? today) > today }) {
            return .missingEvidence("Milestone “\(future.name)” is completed in the future (\(future.completedOn!)).")
        }
        return .valid
    }
}
