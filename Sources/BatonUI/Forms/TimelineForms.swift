import BatonCore

/// The forms behind `d`, `a`, `T` and `K` on the timeline: move a step, add one of the lead's own,
/// change the T-day, change the kind of transition. The last two rebuild the timeline from its
/// template and keep what the lead already did, moved or added.
enum TimelineForms {
    static let dateHint = "2026-11-24, fri, +3d, -1w; blank = today"

    static func move(_ item: TimelineItem, account: Account) -> FormState {
        FormState(title: "Move: \(item.title)", purpose: .moveTimelineItem(id: item.id), accountID: account.id,
                  fields: [FormField(.stepDue, "Due", .date, text: item.due.iso, hint: dateHint)],
                  guidance: ["Due \(item.due.iso) (\(TransferDay.label(daysFromTDay: account.tDay.days(until: item.due)))); T-day \(account.tDay.iso).",
                             "A moved step keeps its day when the T-day or the template changes."])
    }

    static func tickOn(_ item: TimelineItem, account: Account) -> FormState {
        FormState(title: "Done: \(item.title)", purpose: .tickTimelineItemOn(id: item.id), accountID: account.id,
                  fields: [FormField(.stepDoneOn, "Done on", .date, text: "today", hint: "the day it happened; yesterday, -3d, T-1")],
                  guidance: ["Due \(item.due.iso) (\(TransferDay.label(daysFromTDay: account.tDay.days(until: item.due)))). Not a day still to come."])
    }

    static func add(account: Account) -> FormState {
        FormState(title: "Add a step to \(account.name)'s timeline", purpose: .addTimelineItem, accountID: account.id,
                  fields: [FormField(.stepTitle, "Title", hint: "what happens, as you would say it in the meeting"),
                           FormField(.stepDue, "Due", .date, hint: dateHint)],
                  guidance: ["T-day \(account.tDay.iso). A step you add stays when the timeline is rebuilt from its template."])
    }

    static func tDay(account: Account) -> FormState {
        FormState(title: "Change the T-day of \(account.name)", purpose: .changeTDay, accountID: account.id,
                  fields: [FormField(.tDay, "T-day", .date, text: account.tDay.iso, hint: "the planned transfer date; " + dateHint),
                           FormField(.tDayNote, "Why", .multiLine, hint: "what moved it; kept, dated, in the account's history")],
                  guidance: ["The template's steps are re-dated from the new T-day.",
                             "Steps already done, moved by hand or added by hand keep their dates."])
    }

    static func transition(account: Account) -> FormState {
        FormState(title: "Change the transition of \(account.name)", purpose: .changeTransition, accountID: account.id,
                  fields: [FormField(.transitionKind, "Kind", .choice(TransitionKind.allCases.map {
                                         FieldChoice(shortName($0), $0.title, key: shortName($0).first) }),
                                     text: shortName(account.transitionKind)),
                           FormField(.transitionPlanning, "Planning", .choice([FieldChoice("planned", "Planned", key: "p"),
                                                                                 FieldChoice("unplanned", "Unplanned", key: "u")]),
                                     text: account.planning.rawValue,
                                     hint: "unplanned (departure, emergency): the accelerated timeline")],
                  guidance: ["Now: \(account.transitionKind.title), \(account.planning.rawValue).",
                             "The timeline follows the new template; done, moved and added steps stay."])
    }

    /// The change the timeline form describes — or, when what was typed cannot be read, why.
    static func change(_ form: FormState, today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        switch form.purpose {
        case .tickTimelineItemOn(let id):
            guard let day = form.date(.stepDoneOn, today: today) else { return .failure(ChangeRefusal("Done on is needed.")) }
            return .success(.timeline(.tickOn(itemID: id, day: day)))
        case .moveTimelineItem(let id):
            return .success(.timeline(.move(itemID: id, to: form.date(.stepDue, today: today) ?? today)))
        case .addTimelineItem:
            guard let day = form.date(.stepDue, today: today) else { return .failure(ChangeRefusal("Due is needed.")) }
            return .success(.timeline(.addStep(title: form.value(.stepTitle), due: day)))
        case .changeTDay:
            return .success(.timeline(.changeTDay(form.date(.tDay, today: today) ?? today, note: form.value(.tDayNote))))
        case .changeTransition:
            guard let kind = kind(named: form.value(.transitionKind)) else {
                return .failure(ChangeRefusal("Kind: type onboarding, sales, account (sales → account management), rep or team."))
            }
            guard let planning = planning(named: form.value(.transitionPlanning)) else {
                return .failure(ChangeRefusal("Planning: type planned or unplanned."))
            }
            return .success(.timeline(.changeTransition(kind, planning)))
        default:
            return .failure(ChangeRefusal("Nothing to save."))
        }
    }

    static func shortName(_ kind: TransitionKind) -> String {
        switch kind {
        case .onboardingToAccountManagement: "onboarding"
        case .salesToCustomerSuccess: "sales"
        case .salesToAccountManagement: "account"
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

extension FieldKey {
    static let stepTitle = FieldKey("timeline.title")
    static let stepDue = FieldKey("timeline.due")
    static let stepDoneOn = FieldKey("timeline.doneOn")
    static let tDay = FieldKey("timeline.tDay")
    static let tDayNote = FieldKey("timeline.tDayNote")
    static let transitionKind = FieldKey("timeline.transitionKind")
    static let transitionPlanning = FieldKey("timeline.planning")
}
