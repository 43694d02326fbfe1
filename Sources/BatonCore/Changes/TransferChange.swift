/// The T-day walkthrough's CRM areas, changes and first touchpoint: changes through the one door (`AccountChange`). Not yet moved into the core.
public enum TransferChange: Equatable, Sendable {
    /// Scaffolding until the group's changes move in; never built by any caller.
    case notYetInTheCore

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        .failure(ChangeRefusal("This change is not in the core yet."))
    }
}
