import BatonCore
import Foundation

/// The small forms of the Not Met loop (000:134–148): a condition's action marked done, and who
/// was told of the delay after a run that did not clear.
enum NotMetLoopForms {
    static func actionDone(for condition: ReadinessCondition, action: GapAction, account: Account) -> FormState {
        FormState(title: "\(condition.number). \(condition.title) — the action is done", purpose: .actionDone(condition),
                  accountID: account.id,
                  fields: [FormField(.actionDoneOn, "Done on", .date, required: false, hint: ReadinessForms.dateHint),
                           FormField(.actionDoneNote, "What was done", .multiLine, hint: "what the re-run will look at")],
                  guidance: ["Action: \(action.what) — \(action.owner), by \(action.deadline.iso)",
                             "Then re-run condition \(condition.number): it is on the attention list and the agenda until marked again."])
    }

    static func markActionDone(_ form: FormState, condition: ReadinessCondition, today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        let day = form.date(.actionDoneOn, today: today) ?? today
        return .success(.readiness(.markActionDone(condition, on: day, note: form.value(.actionDoneNote))))
    }

    /// How they were told; "not needed" only for the customer (000:146: "ONLY if the delay affects them externally").
    static func delayNotice(_ audience: DelayNotice.Audience, account: Account) -> FormState {
        var hows = FieldChoice.of(Interaction.Kind.self) { $0.rawValue.capitalized }
        if audience == .customer { hows.append(FieldChoice(notNeeded, "Not needed", key: "x")) }
        let people: [String]
        let who: String
        switch audience {
        case .accountManagement:
            people = [account.people.accountManager, account.people.accountManagementDirector].compactMap { $0 }.filter { !$0.isEmpty }
            who = account.people.accountManager
        case .customer:
            people = account.contacts.map(\.name)
            who = account.sponsor?.name ?? ""
        }
        let guidance = audience == .accountManagement
            ? ["Tell the account-management team: there is a delay, and why — so they can keep their own scheduling intact."]
            : ["Tell the customer ONLY if the delay affects them externally; most delays are internal.",
               "Not needed: say why (x picks it)."]
        return FormState(title: "Tell \(audience.title) of the delay", purpose: .delayNotice(audience), accountID: account.id,
                         fields: [FormField(.noticeHow, "How", .choice(hows), pickFirst: false),
                                  FormField(.noticeWith, "Who was told", text: who, required: false, completions: people),
                                  FormField(.noticeOn, "On", .date, required: false, hint: ReadinessForms.dateHint),
                                  FormField(.noticeNote, audience == .customer ? "What they were told, or why not needed" : "What they were told",
                                            .multiLine, hint: "the delay and why: which condition, what closes it, when")],
                         guidance: guidance)
    }

    static func recordDelayNotice(_ form: FormState, audience: DelayNotice.Audience, today: CalendarDate,
                                  now: Date) -> Result<AccountChange, ChangeRefusal> {
        let how = form.value(.noticeHow)
        let told: Interaction.Kind?
        if how == notNeeded {
            told = nil
        } else if let kind = Interaction.Kind(rawValue: how) {
            told = kind
        } else {
            return .failure(ChangeRefusal("How: pick call, email, meeting or message" + (audience == .customer ? ", or not needed." : ".")))
        }
        let day = form.date(.noticeOn, today: today) ?? today
        let notice = DelayNotice(audience: audience, told: told, with: told == nil ? nil : form.value(.noticeWith), on: day,
                                 note: form.value(.noticeNote))
        return .success(.readiness(.recordDelayNotice(notice, at: AccountNoteForms.happenedAt(day, loggedAt: now.wholeSeconds))))
    }

    static let notNeeded = "not-needed"
}

extension FieldKey {
    static let actionDoneOn = FieldKey("action.doneOn")
    static let actionDoneNote = FieldKey("action.doneNote")
    static let noticeHow = FieldKey("notice.how")
    static let noticeWith = FieldKey("notice.with")
    static let noticeOn = FieldKey("notice.on")
    static let noticeNote = FieldKey("notice.note")
}
