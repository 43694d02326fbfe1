/// The timeline's inputs: tick a step (on a day), move it, add one of the lead's own, change the
/// T-day, change the kind of transition. The last two rebuild the timeline from its template and
/// keep what the lead already did, moved or added.
public enum TimelineInputs {
    static let dateHelp = "2026-11-24, fri, +3d, -1w, T-3"

    /// The word a lead types for a kind of transition ("rep"), and its title on screen.
    public static let kinds: [FieldChoice] = TransitionKind.allCases.map { FieldChoice(word($0), $0.title, key: word($0).first) }
    public static let plannings = [FieldChoice("planned", "Planned", key: "p"), FieldChoice("unplanned", "Unplanned", key: "u")]

    public static func word(_ kind: TransitionKind) -> String {
        switch kind {
        case .onboardingToAccountManagement: "onboarding"
        case .salesToCustomerSuccess: "sales"
        case .salesToAccountManagement: "account"
        case .repToRep: "rep"
        case .teamToTeam: "team"
        }
    }

    static func step(_ id: String, _ account: Account?) -> TimelineItem? { account?.timeline.first { $0.id == id } }

    static func placed(_ item: TimelineItem?, _ account: Account?) -> [String] {
        guard let item, let account else { return [] }
        return ["Due \(item.due.iso) (\(TransferDay.label(daysFromTDay: account.tDay.days(until: item.due)))); T-day \(account.tDay.iso)."]
    }

    public static func tick(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Done today: \(step(id, account)?.title ?? "a step")", fields: []) { _ throws(InputRefusal) in .timeline(.tick(itemID: id)) }
    }

    public static func untick(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Not done: \(step(id, account)?.title ?? "a step")", fields: []) { _ throws(InputRefusal) in .timeline(.untick(itemID: id)) }
    }

    public static func tickOn(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        let item = step(id, account)
        return ChangeInput("Done: \(item?.title ?? "a step")", fields: [
            InputField(.stepDoneOn, "Done on", option: "on", .date, value: "today", help: "the day it happened; yesterday, -3d, T-1"),
        ], guidance: placed(item, account) + ["Not a day still to come."]) { v throws(InputRefusal) in
            .timeline(.tickOn(itemID: id, day: v.date(.stepDoneOn)!))
        }
    }

    public static func move(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        let item = step(id, account)
        return ChangeInput("Move: \(item?.title ?? "a step")", fields: [
            InputField(.stepDue, "Due", option: "to", .date, value: item?.due.iso ?? "", help: dateHelp),
        ], guidance: placed(item, account) + ["A moved step keeps its day when the T-day or the template changes."]) { v throws(InputRefusal) in
            .timeline(.move(itemID: id, to: v.date(.stepDue)!))
        }
    }

    public static func addStep(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Add a step" + (account.map { " to \($0.name)'s timeline" } ?? ""), fields: [
            InputField(.stepTitle, "Title", option: "title", help: "what happens, as you would say it in the meeting"),
            InputField(.stepDue, "Due", option: "due", .date, help: dateHelp),
        ], guidance: (account.map { ["T-day \($0.tDay.iso)."] } ?? []) + ["A step you add stays when the timeline is rebuilt from its template."]) { v throws(InputRefusal) in
            .timeline(.addStep(title: v.text(.stepTitle), due: v.date(.stepDue)!))
        }
    }

    public static func changeTDay(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Change the T-day" + (account.map { " of \($0.name)" } ?? ""), fields: [
            InputField(.tDay, "T-day", option: "to", .date, value: account?.tDay.iso ?? "", help: "the planned transfer date; " + dateHelp),
            InputField(.tDayNote, "Why", option: "note", .multiLine, help: "what moved it; kept, dated, in the account's history"),
        ], guidance: ["The template's steps are re-dated from the new T-day.",
                      "Steps already done, moved by hand or added by hand keep their dates."]) { v throws(InputRefusal) in
            .timeline(.changeTDay(v.date(.tDay)!, note: v.text(.tDayNote)))
        }
    }

    public static func changeTransition(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Change the transition" + (account.map { " of \($0.name)" } ?? ""), fields: [
            InputField(.transitionKind, "Kind", option: "kind", .choice(kinds), value: account.map { word($0.transitionKind) } ?? "",
                       help: ""),
            InputField(.transitionPlanning, "Planning", option: "planning", .choice(plannings), value: account?.planning.rawValue ?? "",
                       help: "unplanned (departure, emergency): the accelerated timeline"),
        ], guidance: (account.map { ["Now: \($0.transitionKind.title), \($0.planning.rawValue)."] } ?? [])
            + ["The timeline follows the new template; done, moved and added steps stay."]) { v throws(InputRefusal) in
            let kind = TransitionKind.allCases.first { word($0) == v.choice(.transitionKind) }!
            return .timeline(.changeTransition(kind, v.choice(.transitionPlanning, as: TransitionPlanning.self)!))
        }
    }
}

extension FieldKey {
    public static let stepTitle = FieldKey("timeline.title")
    public static let stepDue = FieldKey("timeline.due")
    public static let stepDoneOn = FieldKey("timeline.doneOn")
    public static let tDay = FieldKey("timeline.tDay")
    public static let tDayNote = FieldKey("timeline.tDayNote")
    public static let transitionKind = FieldKey("timeline.transitionKind")
    public static let transitionPlanning = FieldKey("timeline.planning")
}
