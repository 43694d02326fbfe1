/// The standard steps of a transition, dated relative to T-day, for each kind of transition.
public enum TimelineTemplate {
    /// One step of a template: a stable key, what happens, and how many days from T-day.
    public struct Step: Equatable, Sendable {
        public var key: String
        public var title: String
        public var offsetDays: Int
    }

    /// The steps for a kind of transition. An unplanned transition runs on the accelerated
    /// timeline whatever its kind: a departure or emergency leaves no four weeks to plan.
    ///
    /// Windows in the source ("T+2–3", "week 2") are dated on a day inside them: the last day
    /// still on time for a deadline ("customer told" at T+3), the day the brief settled on for a
    /// meeting (week 2 check-in at T+10, week 3 one-to-one at T+17). The operator stays cc'd from
    /// T+1 to T+7; the step is due at T+1 because the cc must be in place from the first day.
    public static func steps(kind: TransitionKind, planning: TransitionPlanning) -> [Step] {
        if planning == .unplanned {
            // Onboarding → account management keeps its whole continuity plan (walkthrough, cc week,
            // check-in, 30-day review, day 31, QBR) after the accelerated start.
            return kind == .onboardingToAccountManagement ? unplannedOnboardingToAccountManagement : unplanned
        }
        switch kind {
        case .onboardingToAccountManagement: return onboardingToAccountManagement
        // Seed 002 gives one planned timeline for the transitions it names (002:60–68); only the
        // restructuring adds the 90-day health check its measures ask for (002:280).
        case .salesToCustomerSuccess, .salesToAccountManagement, .repToRep: return planned
        case .teamToTeam: return teamToTeam
        }
    }

    /// The template's items for one T-day, ids derived from the step keys ("tl-internal-handover").
    public static func items(kind: TransitionKind, planning: TransitionPlanning,
                             tDay: CalendarDate) -> [TimelineItem] {
        steps(kind: kind, planning: planning).map { item(for: $0, tDay: tDay) }
    }

    /// The id a template step's item carries, stable across regeneration.
    public static func itemID(key: String) -> String { "tl-\(key)" }

    /// Rebuilds a timeline after T-day, the kind or the planning changed, without losing the lead's work.
    ///
    /// Done items stay exactly as they were (they happened on the day they happened). Items the
    /// lead moved keep the lead's date. Items the lead added (no template key) are kept. Every
    /// other template item is re-dated from the new T-day; steps the new template lacks are
    /// dropped unless done or moved, and steps it adds appear. The result is in date order.
    public static func regenerate(_ existing: [TimelineItem], kind: TransitionKind,
                                  planning: TransitionPlanning, tDay: CalendarDate) -> [TimelineItem] {
        func isLeadsWork(_ item: TimelineItem) -> Bool { item.doneOn != nil || item.moved }

        let steps = steps(kind: kind, planning: planning)
        let byKey = Dictionary(existing.compactMap { item in item.templateKey.map { ($0, item) } },
                               uniquingKeysWith: { first, _ in first })
        var result: [TimelineItem] = steps.map { step in
            if let old = byKey[step.key], isLeadsWork(old) { return old }
            return item(for: step, tDay: tDay)
        }
        let templateKeys = Set(steps.map(\.key))
        for old in existing {
            guard let key = old.templateKey else { result.append(old); continue }
            if !templateKeys.contains(key), isLeadsWork(old) { result.append(old) }
        }
        // Stable sort: same-day items keep template order, custom items follow them.
        return result.enumerated()
            .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }
            .map(\.element)
    }

    static func item(for step: Step, tDay: CalendarDate) -> TimelineItem {
        // Every step a lead puts to a customer or a colleague falls on a business day: ahead of
        // T-day the Friday before (a deadline met early), from T-day on the Monday after. The
        // T-day's own steps stay on it (a weekend T-day is warned of wherever it is set).
        var due = step.offsetDays == 0 ? tDay : BusinessDays.proposable(tDay.adding(days: step.offsetDays), tDay: tDay)
        // "The formal CRM transition will occur the next business day": the joint meeting is on
        // the last business day before T-day (the Friday before a Monday T-day).
        if step.key == "joint-transition-meeting" { due = BusinessDays.previous(before: tDay) }
        // "Circulate it 48 hours before the meeting" (000:300): two days before the internal
        // handover as it falls on a business day, itself on one.
        if step.key == HandoverStep.circulated.timelineKey {
            let meeting = BusinessDays.proposable(tDay.adding(days: internalHandoverOffset), tDay: tDay)
            due = BusinessDays.previous(onOrBefore: meeting.adding(days: -2))
        }
        return TimelineItem(id: itemID(key: step.key), title: step.title, offsetDays: tDay.days(until: due),
                            due: due, templateKey: step.key)
    }

    /// The internal handover meeting, about T−10 (DOMAIN's timeline).
    static let internalHandoverOffset = -10

    /// Seed 000's continuity plan on the accelerated start of an unplanned transition: the new
    /// owner assigned and knowledge transfer begun at T, the customer told within three days, the
    /// joint meeting within the week — and every step of the planned plan from T-day on.
    static var unplannedOnboardingToAccountManagement: [Step] {
        let start = unplanned.filter { $0.key != "new-owner-responsible" }
        let continuity = onboardingToAccountManagement.filter { $0.offsetDays >= 0 }
        return (start + continuity).enumerated()
            .sorted { ($0.element.offsetDays, $0.offset) < ($1.element.offsetDays, $1.offset) }
            .map(\.element)
    }

    // MARK: The templates

    /// DOMAIN.md "The timeline": the main case, through the first 30 days and on to the first QBR.
    static let onboardingToAccountManagement: [Step] = [
        Step(key: "handover-document-circulated", title: "Handover document circulated (48 h before the internal handover)", offsetDays: -12),
        Step(key: "internal-handover", title: "Internal handover meeting", offsetDays: internalHandoverOffset),
        Step(key: "handover-document-finalised", title: "Handover document finalised and circulated", offsetDays: -3),
        Step(key: "joint-transition-meeting", title: "Joint transition meeting; customer told the CRM transfer is next business day", offsetDays: -1),
        Step(key: "tday-walkthrough", title: "T-day walkthrough: the five CRM changes (morning)", offsetDays: 0),
        Step(key: "follow-up-note", title: "Account manager's follow-up note to the customer (afternoon)", offsetDays: 0),
        Step(key: "operator-cc", title: "Onboarding operator cc'd on customer-facing email, T+1 to T+7", offsetDays: 1),
        Step(key: "quality-check", title: "Onboarding lead's quiet quality check of the CRM record", offsetDays: 7),
        Step(key: "lead-check-in", title: "Onboarding lead's check-in call with the account manager (no customer)", offsetDays: 10),
        Step(key: "first-one-to-one", title: "Account manager's first one-to-one with the sponsor", offsetDays: 17),
        Step(key: "usage-review", title: "Account manager's usage review", offsetDays: 21),
        Step(key: "thirty-day-review", title: "30-day post-transition review", offsetDays: 30),
        Step(key: "director-introduction", title: "Introduction to the account-management director", offsetDays: 30),
        Step(key: "onboarding-concluded", title: "Onboarding formally concluded; account manager exclusive owner", offsetDays: 31),
        Step(key: "qbr-preparation", title: "QBR preparation; expansion conversation if warranted", offsetDays: 60),
        Step(key: "first-qbr", title: "First QBR", offsetDays: 120),
    ]

    /// Seed 002, the planned timeline (002:60–68): four weeks of preparation, four weeks of handing over.
    static let planned: [Step] = [
        Step(key: "planning-begins", title: "Transition planning begins; new owner assigned and briefed", offsetDays: -28),
        Step(key: "new-owner-ramps", title: "New owner starts ramping on the account", offsetDays: -21),
        Step(key: "customer-told", title: "Customer told: departing owner's introduction email", offsetDays: -14),
        Step(key: "joint-meetings", title: "Joint meetings with the customer", offsetDays: -7),
        Step(key: "formal-handoff", title: "Formal handoff", offsetDays: 0),
        Step(key: "new-owner-responsible", title: "New owner fully responsible", offsetDays: 14),
        Step(key: "retrospective", title: "Transition retrospective", offsetDays: 28),
    ]

    /// Seed 002, the accelerated timeline for a departure or emergency.
    static let unplanned: [Step] = [
        Step(key: "new-owner-assigned", title: "New owner assigned; knowledge transfer begins", offsetDays: 0),
        Step(key: "customer-told", title: "Customer told (day 2–3)", offsetDays: 3),
        Step(key: "joint-meeting", title: "Joint meeting within the first week, if the departing owner is available", offsetDays: 7),
        Step(key: "new-owner-responsible", title: "New owner fully responsible", offsetDays: 14),
    ]

    /// Derived from seed 002 ("Team-to-Team Transition"): the planned four-week run-up, with the
    /// reasons for the restructuring explained first and proof afterwards that service quality
    /// held, checked again at 90 days as the health measures ask.
    static let teamToTeam: [Step] = [
        Step(key: "internal-alignment", title: "Restructuring explained internally; new team assigned and briefed", offsetDays: -28),
        Step(key: "new-team-ramps", title: "New team reviews the account documentation", offsetDays: -21),
        Step(key: "customer-told", title: "Customer told why and what is changing; leadership reassurance", offsetDays: -14),
        Step(key: "joint-meetings", title: "Joint meeting: old and new team with the customer", offsetDays: -7),
        Step(key: "formal-handoff", title: "Formal handoff to the new team", offsetDays: 0),
        Step(key: "new-team-responsible", title: "New team fully responsible", offsetDays: 14),
        Step(key: "retrospective", title: "Transition retrospective: service quality maintained?", offsetDays: 28),
        Step(key: "ninety-day-health", title: "90-day health check: maintained or improved", offsetDays: 90),
    ]
}
