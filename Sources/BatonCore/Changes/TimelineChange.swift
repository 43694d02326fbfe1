/// The timeline: changes through the one door (`AccountChange`). Changing the T-day or the
/// transition rebuilds the timeline from its template and keeps what the lead already did,
/// moved or added.
public enum TimelineChange: Equatable, Sendable, Codable {
    /// Done today.
    case tick(itemID: String)
    /// Done on a day that has already happened (the lead ticks it late).
    case tickOn(itemID: String, day: CalendarDate)
    /// Not done after all.
    case untick(itemID: String)
    /// A new due day; the step keeps it when the T-day or the template changes.
    case move(itemID: String, to: CalendarDate)
    /// One of the lead's own steps; it stays when the timeline is rebuilt.
    case addStep(title: String, due: CalendarDate)
    /// A new T-day, with a note why (kept, dated, in the account's T-day history): the template's
    /// steps are re-dated; done, moved and added steps keep their days.
    case changeTDay(CalendarDate, note: String)
    /// Another kind of transition, planned or unplanned: the timeline follows its template.
    case changeTransition(TransitionKind, TransitionPlanning)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        var after = account
        switch self {
        case .tickOn(let id, let day):
            guard let i = account.timeline.firstIndex(where: { $0.id == id }) else {
                return .failure(ChangeRefusal("That step is no longer on the timeline."))
            }
            let item = account.timeline[i]
            guard item.doneOn == nil else { return .failure(ChangeRefusal("Done on \(item.doneOn!.iso) already: \(item.title)")) }
            guard day <= today else {
                return .failure(ChangeRefusal("Refused: \(day.iso) has not happened yet; a step is done when it is done."))
            }
            after.timeline[i].doneOn = day
            // The handover document's circulation and finalisation are one fact, wherever ticked.
            if let step = HandoverStep(timelineKey: item.templateKey) { HandoverStep.set(step, on: day, in: &after) }
            return .success(ChangeOutcome(after, "\(account.name): done \(day.iso) — \(item.title)"))

        case .tick(let id), .untick(let id):
            guard let i = account.timeline.firstIndex(where: { $0.id == id }) else {
                return .failure(ChangeRefusal("That step is no longer on the timeline."))
            }
            let item = account.timeline[i]
            if case .tick = self {
                guard item.doneOn == nil else {
                    return .failure(ChangeRefusal("Done on \(item.doneOn!.iso) already: \(item.title)"))
                }
                after.timeline[i].doneOn = today
                if let step = HandoverStep(timelineKey: item.templateKey) { HandoverStep.set(step, on: today, in: &after) }
                return .success(ChangeOutcome(after, "\(account.name): done \(today.iso) — \(item.title)"))
            }
            guard item.doneOn != nil else { return .failure(ChangeRefusal("Not done yet: \(item.title)")) }
            after.timeline[i].doneOn = nil
            if let step = HandoverStep(timelineKey: item.templateKey) { HandoverStep.set(step, on: nil, in: &after) }
            return .success(ChangeOutcome(after, "\(account.name): not done after all — \(item.title)"))

        case .move(let id, let day):
            guard let i = account.timeline.firstIndex(where: { $0.id == id }) else {
                return .failure(ChangeRefusal("That step is no longer on the timeline."))
            }
            if let done = account.timeline[i].doneOn {
                return .failure(ChangeRefusal("Done on \(done.iso): it happened then. Un-tick it first."))
            }
            guard day != account.timeline[i].due else { return .failure(ChangeRefusal("It is already due \(day.iso).")) }
            after.timeline[i].due = day
            after.timeline[i].offsetDays = account.tDay.days(until: day)
            after.timeline[i].moved = true
            after.timeline = Self.inDateOrder(after.timeline)
            let label = TransferDay.label(daysFromTDay: account.tDay.days(until: day))
            return .success(ChangeOutcome(after, "\(account.name): moved to \(day.iso) (\(label)) — \(account.timeline[i].title)"))

        case .addStep(let title, let day):
            let words = RuleText.trimmed(title)
            guard !words.isEmpty else { return .failure(ChangeRefusal("A step needs a title: what happens.")) }
            let own = account.timeline.filter { $0.templateKey == nil }.map(\.id)
            var id = NewID.next(prefix: "tl-own-", taken: own)
            if account.timeline.contains(where: { $0.id == id }) {
                id = NewID.next(prefix: "tl-own-", taken: account.timeline.map(\.id))
            }
            let item = TimelineItem(id: id, title: words, offsetDays: account.tDay.days(until: day), due: day)
            after.timeline = Self.inDateOrder(after.timeline + [item])
            return .success(ChangeOutcome(after,
                "\(account.name): added, due \(day.iso) (\(TransferDay.label(daysFromTDay: item.offsetDays))) — \(words)"))

        case .changeTDay(let day, let note):
            guard account.stage < .continuity else {
                return .failure(ChangeRefusal("Refused: the transfer has happened (\(account.stage.title)); its T-day is history."))
            }
            guard day != account.tDay else { return .failure(ChangeRefusal("The T-day is already \(day.iso).")) }
            guard !RuleText.isBlank(note) else {
                return .failure(ChangeRefusal("Refused: write a note saying why the T-day moves; it is kept, dated, in the account's history."))
            }
            after.tDayHistory.append(TDayMove(from: account.tDay, to: day, on: today, note: RuleText.trimmed(note)))
            after.tDay = day
            after.timeline = Self.rebuilt(after)
            let shift = account.tDay.days(until: day)
            let warnings = BusinessDays.tDayWarnings(day).map { " — warning: \($0)" }.joined()
            return .success(ChangeOutcome(after,
                "\(account.name): T-day \(day.iso) (\(shift > 0 ? "+" : "−")\(abs(shift)) days); timeline re-dated\(warnings)"))

        case .changeTransition(let kind, let planning):
            guard kind != account.transitionKind || planning != account.planning else {
                return .failure(ChangeRefusal("That is already the transition: \(kind.title), \(planning.rawValue)."))
            }
            after.transitionKind = kind
            after.planning = planning
            after.timeline = Self.rebuilt(after)
            return .success(ChangeOutcome(after, "\(account.name): \(kind.title), \(planning.rawValue) — timeline follows its template"))
        }
    }

    /// The timeline rebuilt from the account's template and T-day, the lead's work kept; each
    /// kept step's distance from T-day is re-counted so "T−3" stays true of its date.
    static func rebuilt(_ account: Account) -> [TimelineItem] {
        var after = account
        after.timeline = TimelineTemplate.regenerate(account.timeline, kind: account.transitionKind, planning: account.planning,
                                                     tDay: account.tDay)
            .map { item in
                var item = item
                item.offsetDays = account.tDay.days(until: item.due)
                return item
            }
        ReadinessRecheck.follow(&after)
        ReadinessRerun.follow(&after)
        return after.timeline
    }

    /// Date order, same-day steps in the order they were: the pane slots its today marker by date.
    static func inDateOrder(_ items: [TimelineItem]) -> [TimelineItem] {
        items.enumerated()
            .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }
            .map(\.element)
    }
}
