import BatonCore
import Foundation

/// Keys during the T-day walkthrough: Space ticks, `e` writes an area's note, Esc closes
/// (every tick is already saved).
enum TransferWalkthroughUpdate {
    static func handle(_ key: KeyEvent, _ walkthrough: TransferWalkthrough, _ state: inout AppState) -> [Effect] {
        var w = walkthrough
        guard let account = state.portfolio.account(id: w.accountID) else {
            state.overlay = nil
            return []
        }
        var effects: [Effect] = []
        if var form = w.form {
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
            return []
        case .note:
            if case .area(let area) = rows[w.cursor] { w.form = FormState(change: .crmAreaNote(area), account: account) }
        case .tick:
            effects += toggle(rows[w.cursor], account: account, &w, &state)
        }
        state.overlay = .walkthrough(w)
        return effects
    }

    static func toggle(_ row: TransferWalkthrough.Row, account: Account, _ w: inout TransferWalkthrough,
                       _ state: inout AppState) -> [Effect] {
        switch row {
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
}
