import BatonCore

/// `>` and `<` on the portfolio: a stage forward through the gate, or a stage back.
enum StageMove {
    static func run(forward: Bool, _ state: inout AppState) -> [Effect] {
        guard let account = state.selectedAccount else { return [] }
        let target = Stage(rawValue: account.stage.rawValue + (forward ? 1 : -1))
        guard let stage = target else {
            state.message = forward ? "Already in account management: the last stage." : "Already at the first stage."
            return []
        }
        var after = account
        do {
            if stage == .continuity && forward {
                try TransferToContinuity.apply(&after, today: state.today, overrideReason: nil)
            } else {
                try StageGate.advance(&after, to: stage, today: state.today, overrideReason: nil, by: account.people.onboardingLead)
            }
        } catch StageGateError.notCleared(let gaps) {
            // The schedule never silently overrides the assessment: ask for the reason.
            state.overlay = .form(TransferForms.overrideReason(to: stage, account: account, gaps: gaps))
            return []
        } catch let error as StageGateError {
            state.message = error.message
            return []
        } catch {
            state.message = "\(error)"
            return []
        }
        return state.confirm(after, summary: "\(account.name): stage \(stage.rawValue) \(stage.title)")
    }
}
