import BatonCore

/// A step over several accounts for the runtime to write as one (an import, or its undo or
/// redo), carrying the change it belongs to so the screen can record it once it is durable.
public struct BatchWrite: Equatable, Sendable {
    public enum Step: Equatable, Sendable { case apply, undo, redo }

    public var step: Step
    public var change: Change

    public init(_ step: Step, _ change: Change) {
        self.step = step
        self.change = change
    }

    private var parts: [BatchPart] { change.batch ?? [] }

    /// Applied or redone: every account as the step left it. Undone: the updated ones as they were.
    public var upserts: [Account] {
        step == .undo ? parts.compactMap(\.before) : parts.map(\.after)
    }

    /// Undone: the accounts the step added.
    public var removals: Set<String> {
        step == .undo ? Set(parts.filter { $0.before == nil }.map(\.after.id)) : []
    }

    /// Every account the step touches: a change to one of them still waiting to be saved is superseded.
    public var accountIDs: Set<String> { Set(parts.map(\.after.id)) }
}
