/// The handover document's life (000:300, 456): circulated 48 hours before the internal handover
/// meeting, so the meeting discusses it rather than composes it; finalised at T−3. Each is done
/// with a date; a step past its day and not done is late.
public struct HandoverLife: Equatable, Sendable {
    /// One of the two: when it is due and when it was done.
    public struct Step: Equatable, Sendable {
        public var which: HandoverStep
        /// nil where this kind of transition has no such step on its timeline.
        public var due: CalendarDate?
        public var doneOn: CalendarDate?

        /// Days past its day, not done; nil when done or not yet due.
        public func daysLate(today: CalendarDate) -> Int? {
            guard doneOn == nil, let due, today > due else { return nil }
            return due.days(until: today)
        }

        /// Done after its day.
        public var wasLate: Bool {
            guard let doneOn, let due else { return false }
            return doneOn > due
        }

        /// "finalised 2026-05-08 (due T−3, 2026-05-08)", "not finalised — due 2026-05-08, 2 days late".
        public func text(today: CalendarDate, tDay: CalendarDate) -> String {
            let dueText = due.map { "due \(TransferDay.label(daysFromTDay: tDay.days(until: $0)).replacingOccurrences(of: "T-day", with: "T")), \($0.iso)" }
            if let doneOn {
                return "\(which.title) \(doneOn.iso)" + (dueText.map { " (\($0)\(wasLate ? ": late" : ""))" } ?? "")
            }
            let late = daysLate(today: today).map { ", \(RuleText.count($0, "day", "days")) late" } ?? ""
            return "not \(which.title)" + (dueText.map { " — \($0)\(late)" } ?? "")
        }
    }

    public var circulation: Step
    public var finalisation: Step

    public init(_ account: Account) {
        // 48 hours before the internal handover meeting: the meeting as held, else as planned.
        let meeting = account.meetings.filter { $0.kind == .internalHandover }.map(\.on).min()
            ?? account.timeline.first { $0.templateKey == "internal-handover" }?.due
        // Earlier Batons ticked the timeline step without dating the document: the tick is the date.
        func ticked(_ step: HandoverStep) -> CalendarDate? { account.timeline.first { $0.templateKey == step.timelineKey }?.doneOn }
        // A deadline on a weekend is the Friday before it.
        circulation = Step(which: .circulated, due: meeting.map { BusinessDays.previous(onOrBefore: $0.adding(days: -2)) },
                           doneOn: account.handover.circulatedOn ?? ticked(.circulated))
        finalisation = Step(which: .finalised, due: account.timeline.first { $0.templateKey == HandoverStep.finalised.timelineKey }?.due,
                            doneOn: account.handover.finalisedOn ?? ticked(.finalised))
    }
}

/// The two dated steps in the handover document's life.
public enum HandoverStep: String, Codable, CaseIterable, Sendable {
    case circulated, finalised

    public var title: String { rawValue }

    /// The timeline step that says the same thing: ticking one is doing the other.
    public var timelineKey: String {
        switch self {
        case .circulated: "handover-document-circulated"
        case .finalised: "handover-document-finalised"
        }
    }

    /// The step a timeline key names, if it is one of the two.
    public init?(timelineKey: String?) {
        guard let step = Self.allCases.first(where: { $0.timelineKey == timelineKey }) else { return nil }
        self = step
    }

    /// Sets the document's date for this step, and the timeline step that says the same, to `day` (nil: not done).
    static func set(_ step: HandoverStep, on day: CalendarDate?, in account: inout Account) {
        switch step {
        case .circulated: account.handover.circulatedOn = day
        case .finalised: account.handover.finalisedOn = day
        }
        if let i = account.timeline.firstIndex(where: { $0.templateKey == step.timelineKey }) {
            account.timeline[i].doneOn = day
        }
    }
}
