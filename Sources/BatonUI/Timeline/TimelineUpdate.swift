import BatonCore

/// Space, `d`, `a`, `T` and `K` on the selected account's timeline: tick a step done, move it,
/// add one, change the T-day or the transition (the forms are in `TimelineForms`). In the
/// portfolio agenda, Space and `d` work on the step under the cursor, in its own account.
enum TimelineUpdate {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        if case .readOnly(let reason) = state.saveStatus {
            // Said before any typing, so nothing typed is lost to a refusal.
            state.message = "Not changed — the store is read-only: \(reason)"
            return []
        }
        // The step under the cursor, and its account: in the agenda, the entry's own account.
        let account: Account
        let index: Int?
        if state.showAgenda {
            guard [.tickTimelineItem, .tickTimelineItemOn, .moveTimelineItem].contains(command) else {
                state.message = "The agenda spans every account: Enter opens the step's account, where a, T and K work."
                return []
            }
            guard state.agenda.indices.contains(state.agendaCursor) else {
                state.message = "Nothing in the agenda."
                return []
            }
            let entry = state.agenda[state.agendaCursor]
            account = state.portfolio.accounts[entry.accountIndex]
            index = account.timeline.firstIndex { $0.id == entry.item.id }
        } else {
            guard let selected = state.selectedAccount else { return [] }
            account = selected
            index = account.timeline.indices.contains(state.timelineCursor) ? state.timelineCursor : nil
        }
        switch command {
        case .tickTimelineItem:
            guard let index else {
                state.message = "No step under the cursor: a adds one."
                return []
            }
            let item = account.timeline[index]
            return state.applyOrSay(.timeline(item.doneOn == nil ? .tick(itemID: item.id) : .untick(itemID: item.id)),
                                    to: account.id)
        case .tickTimelineItemOn:
            guard let index else {
                state.message = "No step under the cursor: a adds one."
                return []
            }
            let item = account.timeline[index]
            if let done = item.doneOn {
                state.message = "Done on \(done.iso) already. Space un-ticks it first."
                return []
            }
            state.overlay = .form(FormState(change: .tickStepOn(item.id), account: account))
        case .moveTimelineItem:
            guard let index else {
                state.message = "No step under the cursor: a adds one."
                return []
            }
            let item = account.timeline[index]
            if let done = item.doneOn {
                state.message = "Done on \(done.iso): it happened then. Space un-ticks it first."
                return []
            }
            state.overlay = .form(FormState(change: .moveStep(item.id), account: account))
        case .addTimelineItem:
            state.overlay = .form(FormState(change: .addStep, account: account))
        case .changeTDay:
            state.overlay = .form(FormState(change: .changeTDay, account: account))
        case .changeTransition:
            state.overlay = .form(FormState(change: .changeTransition, account: account))
        default:
            break
        }
        return []
    }

    /// After a confirmed change, the timeline's cursor stays on the step it was on — or lands on
    /// the step just added — wherever re-dating put it.
    static func followCursor(_ state: inout AppState) {
        guard let change = state.undoStack.last, change.accountID == state.selectedAccount?.id else { return }
        let before = change.before.timeline
        let after = change.after.timeline
        guard before != after, !after.isEmpty else { return }
        let beforeIDs = Set(before.map(\.id))
        // One step more than before: the one just added. A new template brings several; stay put.
        if after.count == before.count + 1, let added = after.firstIndex(where: { !beforeIDs.contains($0.id) }) {
            state.timelineCursor = added
        } else if before.indices.contains(state.timelineCursor),
                  let same = after.firstIndex(where: { $0.id == before[state.timelineCursor].id }) {
            state.timelineCursor = same
        } else {
            state.timelineCursor = min(state.timelineCursor, after.count - 1)
        }
    }
}
