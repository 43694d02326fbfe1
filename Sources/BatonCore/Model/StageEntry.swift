/// One move of the account into a stage, dated: the stage history behind time-in-stage and the
/// account card's history. An entry made through the stage gate's override carries its reason.
public struct StageEntry: Codable, Hashable, Sendable {
    public var stage: Stage
    public var on: CalendarDate
    /// Set when the move went past the gate without Cleared.
    public var overrideReason: String?

    public init(stage: Stage, on: CalendarDate, overrideReason: String? = nil) {
        self.stage = stage
        self.on = on
        self.overrideReason = overrideReason
    }
}
