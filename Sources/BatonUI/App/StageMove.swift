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
        guard forward else { return state.applyOrSay(.stage(.back(to: stage)), to: account.id) }
        // The schedule never silently overrides the assessment: where the gate stands in the way, ask for the reason.
        if stage == .continuity {
            // The transfer: the core's gate says what to ask first (the reason for what is missing, T-day early).
            if let form = TransferForms.transfer(account, today: state.today) {
                state.overlay = .form(form)
                return []
            }
            return state.applyOrSay(.stage(.transfer()), to: account.id)
        }
        let gaps = StageGate.gaps(for: account, movingTo: stage, today: state.today)
        guard gaps.isEmpty else {
            state.overlay = .form(TransferForms.overrideReason(to: stage, account: account, gaps: gaps))
            return []
        }
        return state.applyOrSay(.stage(.forward(to: stage)), to: account.id)
    }
}
