/// The inputs of the Not Met loop (000:134–148): a Not Met condition's action marked done, and
/// who was told of the delay after a run that did not clear.
public enum NotMetLoopInputs {
    /// The action is done: when, and what was done. The condition then waits to be re-run.
    public static func actionDone(_ condition: ReadinessCondition, account: Account?) -> ChangeInput<AccountChange> {
        let action = account?.readiness[condition].action
        var guidance = ["Then re-run condition \(condition.number): it is on the attention list and the agenda until it is marked again."]
        if let action { guidance.insert("Action: \(action.what) — \(action.owner), by \(action.deadline.iso)", at: 0) }
        return ChangeInput("\(condition.number). \(condition.title) — the action is done", fields: [
            InputField(.actionDoneOn, "Done on", option: "date", .date, required: false, help: "the day it was done; " + ReadinessInputs.dateHelp),
            InputField(.actionDoneNote, "What was done", option: "note", .multiLine, help: "what was done, for the re-run to look at"),
        ], guidance: guidance) { v throws(InputRefusal) in
            .readiness(.markActionDone(condition, on: v.date(.actionDoneOn) ?? v.context.today, note: v.text(.actionDoneNote)))
        }
    }

    /// Told, by call, email, meeting or message, or (the customer only) not needed, with why.
    public static func delayNotice(_ audience: DelayNotice.Audience, account: Account?) -> ChangeInput<AccountChange> {
        var hows = FieldChoice.of(Interaction.Kind.self) { $0.rawValue.capitalized }
        if audience == .customer { hows.append(FieldChoice(notNeeded, "Not needed", key: "x")) }
        let who: String
        let people: [String]
        switch audience {
        case .accountManagement:
            who = account?.people.accountManager ?? ""
            people = [account?.people.accountManager, account?.people.accountManagementDirector].compactMap { $0 }.filter { !$0.isEmpty }
        case .customer:
            who = account?.sponsor?.name ?? ""
            people = account?.knownPeople(.contact) ?? []
        }
        let guidance = audience == .accountManagement
            ? ["Step 3: tell the account-management team there is a delay, and why — so they can keep their own scheduling intact."]
            : ["Step 4: tell the customer ONLY if the delay affects them externally; most delays are internal.",
               "Not needed (x): say why."]
        return ChangeInput("Tell \(audience.title) of the delay", fields: [
            InputField(.noticeHow, "How", option: "how", .choice(hows),
                       help: audience == .customer ? "how they were told, or not needed" : "how they were told", pickFirst: false),
            InputField(.noticeWith, "Who was told", option: "with", .person(.anyone), value: who, required: false,
                       help: "who was told (not needed: leave it)", completions: people),
            InputField(.noticeOn, "On", option: "date", .date, required: false, help: ReadinessInputs.dateHelp),
            InputField(.noticeNote, audience == .customer ? "What they were told, or why not" : "What they were told", option: "note",
                       .multiLine, help: "the delay and why: which condition, what closes it, when"),
        ], guidance: guidance) { v throws(InputRefusal) in
            let how = v.choice(.noticeHow)
            let told = how == notNeeded ? nil : how.flatMap(Interaction.Kind.init(rawValue:))
            let day = v.date(.noticeOn) ?? v.context.today
            let notice = DelayNotice(audience: audience, told: told, with: told == nil ? nil : v.text(.noticeWith), on: day,
                                     note: v.text(.noticeNote))
            return .readiness(.recordDelayNotice(notice, at: NoteInputs.happenedAt(day, loggedAt: v.context.now,
                                                                                   timeZone: v.context.timeZone)))
        }
    }

    public static let notNeeded = "not-needed"
}

extension FieldKey {
    public static let actionDoneOn = FieldKey("action.doneOn")
    public static let actionDoneNote = FieldKey("action.doneNote")
    public static let noticeHow = FieldKey("notice.how")
    public static let noticeWith = FieldKey("notice.with")
    public static let noticeOn = FieldKey("notice.on")
    public static let noticeNote = FieldKey("notice.note")
}
