/// The account's timeline: changes through the one door (`AccountChange`). Not yet moved into the core.
public enum TimelineChange: Equatable, Sendable {
    /// Scaffolding until the group's changes move in; never built by any caller.
    case notYetInTheCore

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        .failure(ChangeRefusal("This change is not in the core yet."))
    }
}
