import BatonCore

/// `H`, `N` and `I` on the selected account: each opens its form, unless nothing could be saved.
enum AccountNoteUpdate {
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let account = state.selectedAccount else { return [] }
        if case .readOnly(let reason) = state.saveStatus {
            state.message = "Not changed — the store is read-only: \(reason)"
            return []
        }
        switch command {
        case .setHealth: state.overlay = .form(FormState(change: .health, account: account))
        case .addSentimentNote: state.overlay = .form(FormState(change: .sentimentNote, account: account))
        case .logInteraction: state.overlay = .form(FormState(change: .interaction, account: account))
        default: break
        }
        return []
    }
}
