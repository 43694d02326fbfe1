/// One reason an account appears on the portfolio's "needs attention" list.
public enum AttentionReason: Hashable, Sendable, Codable {
    /// T-day is 0…14 days away (or has passed) before transfer, and the verdict is not Cleared.
    /// `daysLeft` is negative once T-day has passed without a transfer.
    case tDaySoonNotCleared(daysLeft: Int)
    /// A Not Met condition's named action past its deadline and not done, by name.
    case overdueGapAction(what: String, daysOverdue: Int)
    /// A Not Met condition's action is done: the condition waits to be re-run (000:141).
    case rerunCondition(ReadinessCondition)
    /// Every condition Met, but the clearing has gone stale: re-run the assessment.
    case staleVerdict
    /// Open issues past their deadline and timeline items past their day, together.
    case overdueActions(Int)
    /// Health rated Red.
    case redHealth
    /// The sponsor's latest note is negative: a signal to act on.
    case negativeSponsorSentiment
    /// Risks that have happened and are neither closed nor followed by an open issue.
    case materialisedRisksNotFollowedUp(Int)
    /// Within 30 days of T-day the register holds no open or materialised risk: suspicious.
    case nothingAtRisk
    /// Within 7 days of T-day, exit components still not done.
    case exitIncomplete([ExitComponent])
    case overdueRiskReviews(Int)
    case staleSentiment
    case scheduleDrivenTransition
    case lateLoggedInteractions(Int)
    /// Open issues not closed, re-committed or re-scoped by T+30.
    case dispositionOverdue(Int)
    /// Before transfer, the T-day falls on a weekend or a quarter-end Friday (the weekday, 5–7).
    case tDayToAvoid(weekday: Int)
    /// The handover document was not circulated 48 hours before the internal handover meeting.
    case handoverNotCirculated(daysLate: Int)
    /// The handover document was not finalised at T−3.
    case handoverNotFinalised(daysLate: Int)

    /// Short enough for a portfolio row.
    public var label: String {
        switch self {
        case .tDaySoonNotCleared(let daysLeft): "\(TransferDay.label(daysFromTDay: -daysLeft)) not cleared"
        case .overdueGapAction(let what, let days):
            "action '\(what)' \(RuleText.count(days, "day", "days")) overdue"
        case .rerunCondition(let condition): "re-run condition \(condition.number)"
        case .staleVerdict: "stale: re-run the assessment"
        case .overdueActions(let n): "\(n) overdue"
        case .redHealth: "health Red"
        case .negativeSponsorSentiment: "sponsor negative"
        case .materialisedRisksNotFollowedUp(let n): RuleText.count(n, "materialised risk not followed up", "materialised risks not followed up")
        case .nothingAtRisk: "nothing at risk?"
        case .exitIncomplete(let missing): "exit: \(missing.count) of 5 not done"
        case .overdueRiskReviews(let n): RuleText.count(n, "risk review overdue", "risk reviews overdue")
        case .staleSentiment: "sentiment stale"
        case .scheduleDrivenTransition: "schedule-driven transition"
        case .lateLoggedInteractions(let n): "\(n) logged late"
        case .dispositionOverdue(let n): "\(n) not dispositioned"
        case .tDayToAvoid(let weekday): TDayToAvoid(rawValue: weekday)?.label ?? "T-day to avoid"
        case .handoverNotCirculated(let days): "handover doc not circulated (\(RuleText.count(days, "day", "days")) late)"
        case .handoverNotFinalised(let days): "handover doc not finalised (\(RuleText.count(days, "day", "days")) late)"
        }
    }
}

/// The portfolio's "needs attention" rule: what, on one account, a lead should look at today.
public enum Attention {
    /// How far ahead a T-day counts as "soon".
    public static let tDayHorizonDays = 14

    /// The reasons, in a fixed order (most time-critical first); empty when nothing needs attention.
    public static func reasons(for account: Account, today: CalendarDate) -> [AttentionReason] {
        var reasons: [AttentionReason] = []

        // Only before transfer: once T-day has happened the readiness question is history.
        // A T-day already passed without transfer is included, since it is later still.
        let daysLeft = today.days(until: account.tDay)
        let verdict = account.stage < .transferDay ? Readiness.verdict(for: account, today: today) : nil
        if let verdict, daysLeft <= tDayHorizonDays, !verdict.isCleared {
            reasons.append(.tDaySoonNotCleared(daysLeft: daysLeft))
        }
        // Before the joint meeting a stale clearing is the lead's to re-run, however far off T-day is.
        if let verdict, verdict.isStale, account.stage < .jointTransitionMeeting { reasons.append(.staleVerdict) }
        reasons += ReadinessRerun.waiting(in: account).map { .rerunCondition($0) }

        if account.stage < .continuity, let avoid = BusinessDays.tDayToAvoid(account.tDay) {
            reasons.append(.tDayToAvoid(weekday: avoid.rawValue))
        }
        if account.stage < .continuity {
            let life = HandoverLife(account)
            if let days = life.circulation.daysLate(today: today) { reasons.append(.handoverNotCirculated(daysLate: days)) }
            if let days = life.finalisation.daysLate(today: today) { reasons.append(.handoverNotFinalised(daysLate: days)) }
        }

        for mark in account.readiness.conditions {
            guard mark.status == .notMet, let action = mark.action, action.doneOn == nil, action.deadline < today else { continue }
            reasons.append(.overdueGapAction(what: action.what, daysOverdue: action.deadline.days(until: today)))
        }
        let overdue = account.openIssues.filter { $0.isOverdue(today: today) }.count
            + account.overdueTimelineItems(today: today).count
        if overdue > 0 { reasons.append(.overdueActions(overdue)) }

        let reviews = account.overdueRiskReviews(today: today).count
        if reviews > 0 { reasons.append(.overdueRiskReviews(reviews)) }

        // Sentiment is the onboarding lead's to keep fresh from onboarding active (2) through
        // continuity (7). In stage 1 onboarding has not started; from stage 8 the account
        // manager's own cadence owns it, and a lead's list would fill with accounts they handed on.
        if (Stage.onboardingActive...Stage.continuity).contains(account.stage), account.isSentimentStale(today: today) {
            reasons.append(.staleSentiment)
        }

        if account.health.rating == .red { reasons.append(.redHealth) }
        if account.isSponsorSentimentNegative(today: today) { reasons.append(.negativeSponsorSentiment) }

        let materialised = account.risks.filter { risk in
            guard risk.status == .materialised else { return false }
            let since = risk.resolvedOn ?? risk.raisedOn
            return !account.openIssues.contains { $0.raisedOn >= since }
        }.count
        if materialised > 0 { reasons.append(.materialisedRisksNotFollowedUp(materialised)) }

        if abs(daysLeft) <= 30, account.stage <= .continuity,
           !account.risks.contains(where: { $0.status != .closed }) {
            reasons.append(.nothingAtRisk)
        }
        if account.stage < .continuity, daysLeft <= 7 {
            // Each component counts from when it is due: the joint meeting at T−1, the CRM exit once T-day has passed.
            let missing = account.exit.filter { step in
                guard step.doneOn == nil else { return false }
                switch step.component {
                case .jointTransitionMeeting: return daysLeft <= 1
                case .crmExitConfirmation: return daysLeft < 0
                default: return true
                }
            }.map(\.component)
            if !missing.isEmpty { reasons.append(.exitIncomplete(missing)) }
        }

        if account.isScheduleDrivenTransition { reasons.append(.scheduleDrivenTransition) }

        let late = account.lateLoggedInteractions().count
        if late > 0 { reasons.append(.lateLoggedInteractions(late)) }

        let undispositioned = account.dispositionOverdueIssues(today: today).count
        if undispositioned > 0 { reasons.append(.dispositionOverdue(undispositioned)) }

        return reasons
    }

    /// Named actions on Not Met conditions, not done, whose deadline has passed. An action left
    /// on a condition since marked Met no longer stands between the account and Cleared.
    static func overdueGapActions(_ account: Account, today: CalendarDate) -> Int {
        account.readiness.conditions.filter { mark in
            guard mark.status == .notMet, let action = mark.action else { return false }
            return action.doneOn == nil && action.deadline < today
        }.count
    }
}

/// How a day is named relative to T-day: "T−2", "T-day", "T+12".
public enum TransferDay {
    /// `daysFromTDay` is negative before T-day. The minus is U+2212, as the domain writes it.
    public static func label(daysFromTDay offset: Int) -> String {
        if offset == 0 { return "T-day" }
        return offset < 0 ? "T\u{2212}\(-offset)" : "T+\(offset)"
    }
}

extension Account {
    /// Where today stands relative to this account's T-day: "T−2", "T-day", "T+12".
    public func tDayLabel(today: CalendarDate) -> String {
        TransferDay.label(daysFromTDay: tDay.days(until: today))
    }
}
