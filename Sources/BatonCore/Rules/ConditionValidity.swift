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

        switch condition {
        case .setupComplete:
            if RuleText.isBlank(evidence.signatory) { return .missingEvidence("The implementation sign-off has no signatory.") }
        case .activeUsage:
            return usageValidity(evidence, today: today)
        case .milestonesAchieved:
            break // handled above
        case .trainingCapability:
            if RuleText.isBlank(evidence.observedBy) {
                return .missingEvidence("Nobody observed the competence check: self-reported is not evidence.")
            }
        case .processUnderstanding:
            break // the conversation with the sponsor needs only summary, date and who: checked above
        case .customerConfidence:
            if RuleText.isBlank(evidence.sponsorWords) { return .missingEvidence("No sponsor sentiment recorded.") }
            if evidence.date.days(until: today) > freshnessDays {
                return .stale("Sponsor sentiment captured \(evidence.date), more than \(freshnessDays) days ago.")
            }
        }
        return .valid
    }

    /// Conditions 2 and 6 go stale once their evidence is more than this many days old:
    /// evidence from exactly seven days ago still stands, eight days ago does not.
    public static let freshnessDays = 7

    /// The usage report must cover at least this many days.
    public static let usageReportMinimumDays = 21

    /// Condition 2: a usage report covering at least 21 days, ending no more than 7 days ago.
    ///
    /// The period is counted inclusively: a report from 1 to 21 March covers 21 days, because
    /// a report "for 1–21 March" includes both of those days' activity.
    static func usageValidity(_ evidence: Evidence, today: CalendarDate) -> ConditionValidity {
        guard let start = evidence.periodStart, let end = evidence.periodEnd else {
            return .missingEvidence("The usage report does not say which period it covers.")
        }
        if end < start { return .missingEvidence("The usage report's period ends before it starts.") }
        if end > today { return .missingEvidence("The usage report's period ends in the future (\(end)).") }
        let covered = start.days(until: end) + 1
        if covered < usageReportMinimumDays {
            return .missingEvidence("The usage report covers \(covered) days; it needs at least \(usageReportMinimumDays).")
        }
        if end.days(until: today) > freshnessDays {
            return .stale("The usage report ends \(end), more than \(freshnessDays) days ago.")
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
