/// Gives generated accounts the timeline their transition kind's template prescribes, with the
/// past marked done — except the items a demo account is meant to show as overdue.
enum DemoTimelines {
    /// Template keys left undone on purpose, by account id, so the demo has overdue timeline items.
    static let leftOverdue: [String: Set<String>] = [
        // Müller & Söhne: T−2 and not cleared; the handover document was never finalised.
        "acct-mueller": ["handover-document-finalised"],
        // 北斗精密工業, day 12 of continuity: the lead's quiet CRM quality check slipped.
        "acct-hokuto": ["quality-check"],
    ]

    static func apply(to account: inout Account, today: CalendarDate, overdueKeys: Set<String>? = nil) {
        let skip = overdueKeys ?? leftOverdue[account.id] ?? []
        var items = TimelineTemplate.items(kind: account.transitionKind, planning: account.planning, tDay: account.tDay)
        for i in items.indices where items[i].due < today {
            if let key = items[i].templateKey, skip.contains(key) { continue }
            items[i].doneOn = items[i].due
        }
        account.timeline = items
        // The handover document's circulation and finalisation are one fact with their timeline steps.
        for step in HandoverStep.allCases {
            let dated = step == .circulated ? account.handover.circulatedOn : account.handover.finalisedOn
            let ticked = account.timeline.first { $0.templateKey == step.timelineKey }?.doneOn
            // The demo's team works business days: a date relative to today that falls on a weekend is the Friday before.
            if let day = dated ?? ticked { HandoverStep.set(step, on: BusinessDays.previous(onOrBefore: day), in: &account) }
        }
    }
}
