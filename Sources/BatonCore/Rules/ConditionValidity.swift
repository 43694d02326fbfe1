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

    public var isValid: Bool { self == .valid }

    /// A short sentence for the screen; nil when valid.
    public var reason: String? {
        switch self {
        case .valid: nil
        case .unassessed: "Not assessed yet."
        case .notMet(let action?): "Not Met: \(action.what) (\(action.owner), by \(action.deadline))."
        case .notMet(nil): "Not Met, and no action named to close the gap."
        case .missingEvidence(let why), .stale(let why): why
        }
    }
}

/// The readiness assessment's rules: which marks are valid, and the verdict they add up to.
public enum Readiness {
    /// Judges one condition's current mark against DOMAIN.md's evidence table, as of `today`.
    ///
    /// A Met is only as good as what backs it: "they're logging in" is not evidence, so every
    /// Met must carry a summary, a date that is not in the future, and who provided or observed
    /// it, plus what its own condition asks for. Condition 3 takes its evidence from the
    /// kick-off milestones rather than from an `Evidence` record.
    public static func validity(of condition: ReadinessCondition, in account: Account,
                                today: CalendarDate) -> ConditionValidity {
        let mark = account.readiness[condition]
        switch mark.status {
        case .unassessed: return .unassessed
        case .notMet: return .notMet(action: mark.action)
        case .met: break
        }
        if condition == .milestonesAchieved {
            return milestonesValidity(mark, milestones: account.milestones, today: today)
        }
        guard let evidence = mark.evidence else { return .missingEvidence("Marked Met with no evidence recorded.") }
        if RuleText.isBlank(evidence.summary) { return .missingEvidence("The evidence has no summary.") }
        if evidence.date > today { return .missingEvidence("The evidence is dated in the future (\(evidence.date)).") }
        // Condition 4's "who" is the observer: a check nobody observed is self-reported.
        if condition != .trainingCapability, RuleText.isBlank(evidence.providedBy) {
            return .missingEvidence("The evidence does not say who provided it.")
        }
        // Judged on what it says: the standard's own examples of non-evidence are refused.
        if let said = NonEvidence.firstMatch(in: [evidence.summary, evidence.demonstrated, evidence.sponsorWords,
                                                  evidence.capturedIn]) {
            return .missingEvidence(said.reason)
        }
        // Freshness is judged at the assessment: the run that judged this mark, or today while it is under way.
        let assessedOn = assessmentDay(of: mark, in: account, today: today)

        switch condition {
        case .setupComplete:
            guard let signatory = evidence.signatory, !RuleText.isBlank(signatory) else {
                return .missingEvidence("The implementation sign-off has no signatory.")
            }
            if !account.isCustomerContact(signatory) {
                return .missingEvidence("The sign-off's signatory, \(RuleText.trimmed(signatory)), is not a customer contact on the account: the customer signs off setup.")
            }
        case .activeUsage:
            return usageValidity(evidence, today: today, assessedOn: assessedOn)
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
            if RuleText.isBlank(evidence.capturedIn) {
                return .missingEvidence("The conversation is not captured in writing: say where (minutes, an email, the CRM).")
            }
        case .customerConfidence:
            if RuleText.isBlank(evidence.sponsorWords) { return .missingEvidence("No sponsor sentiment recorded.") }
            if !account.isSponsorContact(evidence.providedBy) {
                return .missingEvidence("The words are from \(RuleText.trimmed(evidence.providedBy)), not the sponsor: condition 6 needs the sponsor's sentiment.")
            }
            guard let tone = evidence.tone else {
                return .missingEvidence("The sponsor's sentiment has no tone recorded: the standard is “Sentiment is positive”.")
            }
            if tone != .positive {
                return .missingEvidence("The sponsor's sentiment is \(tone.rawValue): the standard is “Sentiment is positive” — a \(tone.rawValue) note is a signal to act on, not evidence.")
            }
            if evidence.date.days(until: assessedOn) > freshnessDays {
                return .stale("Sponsor sentiment captured \(evidence.date), more than \(freshnessDays) days before the assessment of \(assessedOn).")
            }
        }
        return .valid
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
        if let future = milestones.first(where: { ($0.completedOn ?? today) > today }) {
            return .missingEvidence("Milestone “\(future.name)” is completed in the future (\(future.completedOn!)).")
        }
        return .valid
    }
}
