/// The handover document: its eight sections and its life, circulated and finalised, each with
/// a date — changes through the one door (`AccountChange`).
public enum HandoverChange: Equatable, Sendable, Codable {
    /// The lead's text for one section; blank clears it. Section 7 is internal only wherever it goes.
    case setSection(HandoverSection, text: String)
    /// Circulated (48 hours before the internal handover meeting) or finalised (T−3) on `on`, a
    /// day not in the future; the timeline step that says the same is done on the same day.
    case mark(HandoverStep, on: CalendarDate)
    /// Not circulated or not finalised after all: its date, and its timeline step's, are cleared.
    case unmark(HandoverStep)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        switch self {
        case .setSection(let section, let text):
            // Trailing blank lines are an artefact of typing, not content.
            var kept = text
            while let last = kept.last, last.isWhitespace { kept.removeLast() }
            after.handover[section] = kept
            let label = "handover section \(section.rawValue), \(section.title)\(section.isInternalOnly ? " (INTERNAL)" : "")"
            return .success(ChangeOutcome(after, "\(account.name): \(label) \(kept.isEmpty ? "cleared" : "saved")"))

        case .mark(let step, let day):
            guard day <= context.today else {
                return .failure(ChangeRefusal("Refused: the handover document cannot be \(step.title) on \(day.iso), a day still to come."))
            }
            HandoverStep.set(step, on: day, in: &after)
            let life = HandoverLife(after)
            let done = step == .circulated ? life.circulation : life.finalisation
            return .success(ChangeOutcome(after, "\(account.name): handover document \(done.text(today: context.today, tDay: after.tDay))"))

        case .unmark(let step):
            let life = HandoverLife(account)
            guard (step == .circulated ? life.circulation : life.finalisation).doneOn != nil else { return .failure(ChangeRefusal("The handover document is not marked \(step.title).")) }
            HandoverStep.set(step, on: nil, in: &after)
            return .success(ChangeOutcome(after, "\(account.name): handover document not \(step.title)"))
        }
    }
}
