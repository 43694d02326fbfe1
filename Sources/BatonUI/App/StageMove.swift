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
            // The transfer: the exit and the T-day are judged too.
            let blockers = TransferGate.blockers(for: account, today: state.today)
            if !blockers.isEmpty, !TransferGate.isOverridden(account) {
                state.overlay = .form(TransferForms.transferOverride(account: account, blockers: blockers))
                return []
            }
            if state.today < account.tDay {
                state.overlay = .form(TransferForms.earlyTransfer(account: account, today: state.today))
                return []
            }
            return state.applyOrSay(.stage(.transfer(overrideReason: TransferGate.overrideReason(account))), to: account.id)
        }
        let gaps = StageGate.gaps(for: account, movingTo: stage, today: state.today)
        guard gaps.isEmpty else {
            state.overlay = .form(TransferForms.overrideReason(to: stage, account: account, gaps: gaps))
            return []
        }
        return state.applyOrSay(.stage(.forward(to: stage)), to: account.id)
    }
}
