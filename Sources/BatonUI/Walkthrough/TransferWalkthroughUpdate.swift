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
                if case .overrideReason = form.purpose {
                    state.message = "Not transferred: readiness is not Cleared and no override was recorded."
                }
            case .submitted:
                switch FormSubmission.apply(form, to: account, today: state.today, now: state.now) {
                case .failure(let refusal):
                    form.problem = refusal.reason
                    w.form = form
                case .success(let (after, summary)):
                    w.form = nil
                    effects += state.confirm(after, summary: summary)
                    effects += transferIfDue(&w, &state)
                }
            }
            state.overlay = .walkthrough(w)
            return effects
        }
        let rows = TransferWalkthrough.rows(for: account)
        switch key {
        case .char("j"), .down: w.cursor = min(rows.count - 1, w.cursor + 1)
        case .char("k"), .up: w.cursor = max(0, w.cursor - 1)
        case .char("g"), .home: w.cursor = 0
        case .char("G"), .end: w.cursor = rows.count - 1
        case .escape, .char("q"):
            state.overlay = nil
            return []
        case .char("e"):
            if case .area(let area) = rows[w.cursor] { w.form = TransferForms.note(for: area, account: account) }
        case .char(" "), .enter:
            effects += toggle(rows[w.cursor], account: account, &w, &state)
            effects += transferIfDue(&w, &state)
        default:
            break
        }
        state.overlay = .walkthrough(w)
        return effects
    }

    static func toggle(_ row: TransferWalkthrough.Row, account: Account, _ w: inout TransferWalkthrough,
                       _ state: inout AppState) -> [Effect] {
        var after = account
        switch row {
        case .area(let area):
            guard let i = after.crmTransfer.areas.firstIndex(where: { $0.area == area }) else { return [] }
            after.crmTransfer.areas[i].complete.toggle()
            let pct = Int((KnowledgeTransfer.completeness(of: after.crmTransfer) * 100).rounded())
            return state.confirm(after, summary: "\(area.title): \(after.crmTransfer.areas[i].complete ? "Complete" : "Incomplete") — knowledge transfer \(pct)%")
        case .change(let change):
            guard let i = after.crmTransfer.changes.firstIndex(where: { $0.change == change }) else { return [] }
            if after.crmTransfer.changes[i].doneAt != nil {
                after.crmTransfer.changes[i].doneAt = nil
                return state.confirm(after, summary: "\(change.title): not done")
            }
            // Nine areas first: the record changes hands only once it is complete.
            let missing = KnowledgeTransfer.incompleteAreas(of: account.crmTransfer)
            guard missing.isEmpty else {
                state.message = "Complete the nine CRM areas first: \(9 - missing.count) of 9 (\(missing.map(\.title).joined(separator: ", ")))"
                return []
            }
            if change == .firstTouchpointScheduled && after.crmTransfer.firstTouchpoint == nil {
                w.form = TransferForms.firstTouchpoint(account: account)
                return []
            }
            after.crmTransfer.changes[i].doneAt = state.now.wholeSeconds
            return state.confirm(after, summary: "\(change.title): done at \(state.now.clockTime)")
        case .step(let key):
            guard let i = after.timeline.firstIndex(where: { $0.templateKey == key }) else { return [] }
            after.timeline[i].doneOn = after.timeline[i].doneOn == nil ? state.today : nil
            return state.confirm(after, summary: "\(after.timeline[i].title): \(after.timeline[i].doneOn == nil ? "not done" : "done")")
        }
    }

    /// With all five changes ticked the account moves to Continuity — through the stage gate.
    static func transferIfDue(_ w: inout TransferWalkthrough, _ state: inout AppState) -> [Effect] {
        guard w.form == nil, var account = state.portfolio.account(id: w.accountID), account.stage < .continuity,
              account.crmTransfer.changes.allSatisfy({ $0.doneAt != nil }) else { return [] }
        do {
            try TransferToContinuity.apply(&account, today: state.today, overrideReason: nil)
            return state.confirm(account, summary: "\(account.name) transferred: Continuity, \(account.people.accountManager) primary owner; \(account.people.onboardingLead) secondary contact for 30 days")
        } catch StageGateError.notCleared(let gaps) {
            w.form = TransferForms.overrideReason(to: .continuity, account: account, gaps: gaps)
            return []
        } catch {
            state.message = "Not transferred: \(error)"
            return []
        }
    }
}
