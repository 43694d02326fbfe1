import BatonCore

/// The forms behind `d`, `a`, `T` and `K` on the timeline: move a step, add one of the lead's own,
/// change the T-day, change the kind of transition. The last two rebuild the timeline from its
/// template and keep what the lead already did, moved or added.
enum TimelineForms {
    static let dateHint = "2026-11-24, fri, +3d, -1w; blank = today"

    static func move(_ item: TimelineItem, account: Account) -> FormState {
        FormState(title: "Move: \(item.title)", purpose: .moveTimelineItem(id: item.id), accountID: account.id,
                  fields: [FormField("Due", .date, text: item.due.iso, hint: dateHint)],
                  guidance: ["Due \(item.due.iso) (\(TransferDay.label(daysFromTDay: account.tDay.days(until: item.due)))); T-day \(account.tDay.iso).",
                             "A moved step keeps its day when the T-day or the template changes."])
    }

    static func add(account: Account) -> FormState {
        FormState(title: "Add a step to \(account.name)'s timeline", purpose: .addTimelineItem, accountID: account.id,
                  fields: [FormField("Title", hint: "what happens, as you would say it in the meeting"),
                           FormField("Due", .date, hint: dateHint)],
                  guidance: ["T-day \(account.tDay.iso). A step you add stays when the timeline is rebuilt from its template."])
    }

    static func tDay(account: Account) -> FormState {
        FormState(title: "Change the T-day of \(account.name)", purpose: .changeTDay, accountID: account.id,
                  fields: [FormField("T-day", .date, text: account.tDay.iso, hint: "the planned transfer date; " + dateHint)],
                  guidance: ["The template's steps are re-dated from the new T-day.",
                             "Steps already done, moved by hand or added by hand keep their dates."])
    }

    static func transition(account: Account) -> FormState {
        FormState(title: "Change the transition of \(account.name)", purpose: .changeTransition, accountID: account.id,
                  fields: [FormField("Kind", text: shortName(account.transitionKind),
                                     hint: "onboarding (→ account management), sales (→ customer success), rep (→ rep), team (→ team)"),
                           FormField("Planning", text: account.planning.rawValue,
                                     hint: "planned, or unplanned (departure, emergency: the accelerated timeline)")],
                  guidance: ["Now: \(account.transitionKind.title), \(account.planning.rawValue).",
                             "The timeline follows the new template; done, moved and added steps stay."])
    }

    /// The account after the form's change to its timeline — or why it is refused.
    static func apply(_ form: FormState, to account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        var after = account
        switch form.purpose {
        case .moveTimelineItem(let id):
            guard let i = after.timeline.firstIndex(where: { $0.id == id }) else {
                return .failure(Refusal("That step is no longer on the timeline."))
            }
            let day = form.date("Due", today: today) ?? today
            guard day != after.timeline[i].due else { return .failure(Refusal("It is already due \(day.iso).")) }
            after.timeline[i].due = day
            after.timeline[i].offsetDays = after.tDay.days(until: day)
            after.timeline[i].moved = true
            after.timeline = inDateOrder(after.timeline)
            let label = TransferDay.label(daysFromTDay: account.tDay.days(until: day))
            return .success((after, "\(account.name): moved to \(day.iso) (\(label)) — \(after.timeline.first { $0.id == id }?.title ?? "")"))

        case .addTimelineItem:
            let title = form.value("Title")
            guard let day = form.date("Due", today: today) else { return .failure(Refusal("Due is needed.")) }
            let item = TimelineItem(id: newItemID(in: account), title: title, offsetDays: account.tDay.days(until: day), due: day)
            after.timeline = inDateOrder(after.timeline + [item])
            return .success((after, "\(account.name): added, due \(day.iso) (\(TransferDay.label(daysFromTDay: item.offsetDays))) — \(title)"))

        case .changeTDay:
            let day = form.date("T-day", today: today) ?? today
            guard account.stage < .continuity else {
                return .failure(Refusal("Refused: the transfer has happened (\(account.stage.title)); its T-day is history."))
            }
            guard day != account.tDay else { return .failure(Refusal("The T-day is already \(day.iso).")) }
            after.tDay = day
            after.timeline = rebuilt(after)
            let shift = account.tDay.days(until: day)
            return .success((after, "\(account.name): T-day \(day.iso) (\(shift > 0 ? "+" : "−")\(abs(shift)) days); timeline re-dated"))

        case .changeTransition:
            guard let kind = kind(named: form.value("Kind")) else {
                return .failure(Refusal("Kind: type onboarding, sales, rep or team."))
            }
            guard let planning = planning(named: form.value("Planning")) else {
                return .failure(Refusal("Planning: type planned or unplanned."))
            }
            guard kind != account.transitionKind || planning != account.planning else {
                return .failure(Refusal("That is already the transition: \(kind.title), \(planning.rawValue)."))
            }
            after.transitionKind = kind
            after.planning = planning
            after.timeline = rebuilt(after)
            return .success((after, "\(account.name): \(kind.title), \(planning.rawValue) — timeline follows its template"))

        default:
            return .failure(Refusal("Nothing to save."))
        }
    }

    /// The timeline rebuilt from the account's template and T-day, the lead's work kept; each
    /// kept step's distance from T-day is re-counted so "T−3" stays true of its date.
    static func rebuilt(_ account: Account) -> [TimelineItem] {
        TimelineTemplate.regenerate(account.timeline, kind: account.transitionKind, planning: account.planning,
                                    tDay: account.tDay)
            .map { item in
                var item = item
                item.offsetDays = account.tDay.days(until: item.due)
                return item
            }
    }

    /// Date order, same-day steps in the order they were: the pane slots its today marker by date.
    static func inDateOrder(_ items: [TimelineItem]) -> [TimelineItem] {
        items.enumerated()
            .sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }
            .map(\.element)
    }

    /// "tl-own-1", "tl-own-2" …: never a template step's id ("tl-" + its key), never reused.
    static func newItemID(in account: Account) -> String {
        let taken = Set(account.timeline.map(\.id))
        var n = account.timeline.filter { $0.templateKey == nil }.count + 1
        while taken.contains("tl-own-\(n)") { n += 1 }
        return "tl-own-\(n)"
    }

    static func shortName(_ kind: TransitionKind) -> String {
        switch kind {
        case .onboardingToAccountManagement: "onboarding"
        case .salesToCustomerSuccess: "sales"
        case .repToRep: "rep"
        case .teamToTeam: "team"
        }
    }

    /// "rep", "Rep → rep", "r": the kind a lead means, from its first word.
    static func kind(named text: String) -> TransitionKind? {
        let word = text.lowercased().prefix { $0.isLetter }
        guard !word.isEmpty else { return nil }
        let matches = TransitionKind.allCases.filter { shortName($0).hasPrefix(word) }
        return matches.count == 1 ? matches[0] : nil
    }

    static func planning(named text: String) -> TransitionPlanning? {
        let word = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty else { return nil }
        let matches = TransitionPlanning.allCases.filter { $0.rawValue.hasPrefix(word) }
        return matches.count == 1 ? matches[0] : nil
    }
}
