import BatonCore
import Foundation

/// Keys during the T-day walkthrough: Space ticks, `e` writes an area's note, Esc closes
/// (every tick is already saved).
enum TransferWalkthroughUpdate {
    static func handle(_ key: KeyEvent, _ walkthrough: TransferWalkthrough, _ state: inout AppState) -> [Effect] {
        var w = walkthrough
        guard let account = state.meetingAccount(w.accountID) else { return [] }
        var effects: [Effect] = []
        if var form = w.form {
            // Who is in the room is the walkthrough's own: kept until it closes, as in the other meetings.
            if form.purpose == .attendees {
                switch form.handle(key, today: state.today) {
                case .editing: w.form = form
                case .cancelled: w.form = nil
                case .submitted:
                    w.attendees = form.value(FieldKey.attendees).split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    w.form = nil
                }
                state.overlay = .walkthrough(w)
                return []
            }
            switch form.handle(key, today: state.today) {
            case .editing:
                w.form = form
            case .cancelled:
                w.form = nil
                switch form.purpose {
                case .change(.transferOverride):
                    state.message = "Nothing recorded: the gate stands and no override reason was given."
                case .change(.stage(.continuity)):
                    state.message = "Not transferred: the stage stays \(account.stage.title)."
                default:
                    break
                }
            case .submitted:
                switch state.submit(form) {
                case .failure(let refusal):
                    form.refused(refusal)
                    w.form = form
                case .success(let confirmed):
                    w.form = nil
                    effects += confirmed
                    if !confirmed.isEmpty { w.changedSomething = true }
                    // The reason given first: the change the lead asked for is recorded now.
                    if case .change(.transferOverride) = form.purpose, let pending = w.pendingTick,
                       let after = state.portfolio.account(id: w.accountID) {
                        w.pendingTick = nil
                        effects += toggle(.change(pending), account: after, &w, &state)
                    }
                }
            }
            state.overlay = .walkthrough(w)
            return effects
        }
        let rows = TransferWalkthrough.rows(for: account)
        guard let command = TransferWalkthroughKeys.table.command(for: key) else { return [] }
        switch command {
        case .move(let move):
            w.cursor = move.cursor(from: w.cursor, count: rows.count)
        case .close:
            state.overlay = nil
            return close(w, account: account, &state)
        case .attendees:
            w.form = FormState(title: "Who is in the room", purpose: .attendees, accountID: account.id, fields: [
                FormField(FieldKey.attendees, "Attendees", text: w.attendees.joined(separator: ", "),
                          hint: "names, separated by commas", completions: account.knownPeople(.ourSide)),
            ], guidance: ["The onboarding lead and the account manager sit together for 30 minutes (000:458)."])
        case .note:
            if case .area(let area) = rows[w.cursor] { w.form = FormState(change: .crmAreaNote(area), account: account) }
        case .tick:
            effects += toggle(rows[w.cursor], account: account, &w, &state)
            if !effects.isEmpty { w.changedSomething = true }
        }
        state.overlay = .walkthrough(w)
        return effects
    }

    static func toggle(_ row: TransferWalkthrough.Row, account: Account, _ w: inout TransferWalkthrough,
                       _ state: inout AppState) -> [Effect] {
        switch row {
        case .document(let doc):
            guard let entry = CRMRecordCheck.documents(of: account).first(where: { $0.document == doc }) else { return [] }
            return state.applyOrSay(.transfer(.fileDocument(doc, filed: !entry.present)), to: account.id)
        case .area(let area):
            let complete = account.crmTransfer.areas.first { $0.area == area }?.complete ?? false
            return state.applyOrSay(.transfer(.markArea(area, complete: !complete)), to: account.id)
        case .change(let change):
            if account.crmTransfer.changes.first(where: { $0.change == change })?.doneAt != nil {
                return state.applyOrSay(.transfer(.untick(change)), to: account.id)
            }
            // Change 1 is the stage advancing: the transfer, with whatever its gate asks first.
            if change == .stageAdvanced {
                if let form = TransferForms.transfer(account, today: state.today) {
                    w.form = form
                    return []
                }
                return state.applyOrSay(.stage(.transfer()), to: account.id)
            }
            // What comes before T-day (readiness, the meetings, the exit) asks for the reason before the first change.
            if KnowledgeTransfer.incompleteAreas(of: account).isEmpty,
               !TransferGate.allowsChanges(account, today: state.today) {
                w.pendingTick = change
                w.form = TransferForms.transferOverride(account: account,
                                                        blockers: TransferGate.beforeTDayBlockers(for: account, today: state.today))
                return []
            }
            // Change 5 is ticked by scheduling the touchpoint: ask for it once the nine areas let the ticks through.
            if change == .firstTouchpointScheduled && account.crmTransfer.firstTouchpoint == nil
                && KnowledgeTransfer.incompleteAreas(of: account).isEmpty {
                w.form = FormState(change: .firstTouchpoint, account: account)
                return []
            }
            return state.applyOrSay(.transfer(.tick(change)), to: account.id)
        case .step(let key):
            guard let item = account.timeline.first(where: { $0.templateKey == key }) else { return [] }
            return state.applyOrSay(.timeline(item.doneOn == nil ? .tick(itemID: item.id) : .untick(itemID: item.id)),
                                    to: account.id)
        }
    }

    /// Closing: a walkthrough that changed something is kept as a meeting in the account's record
    /// (who was there, what the record held, the changes made); a look that changed nothing is not.
    static func close(_ w: TransferWalkthrough, account: Account, _ state: inout AppState) -> [Effect] {
        guard w.changedSomething, let after = state.portfolio.account(id: w.accountID) else { return [] }
        guard !w.attendees.isEmpty else {
            state.message = "Walkthrough closed; not recorded as a meeting: nobody was named in the room (a)."
            return []
        }
        switch state.apply(w.record(after), to: account.id) {
        case .success(let effects): return effects
        case .failure(let refusal):
            state.message = "Walkthrough closed; not recorded: \(refusal.reason)"
            return []
        }
    }
}
