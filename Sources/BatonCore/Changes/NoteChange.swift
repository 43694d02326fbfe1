import Foundation

/// Health, sentiment notes and the interaction log: changes through the one door (`AccountChange`).
/// Nothing is overwritten: a new health rating puts the old one in the history; notes and
/// interactions are added, never replaced.
public enum NoteChange: Equatable, Sendable, Codable {
    /// The rating now, with why; dated today. The previous rating goes into `healthHistory`.
    case setHealth(Health.Rating, rationale: String)
    /// What a named contact said, on a day that has happened.
    case addSentimentNote(contact: String, on: CalendarDate, words: String, isVerbatim: Bool, tone: SentimentNote.Tone)
    /// A call, email, meeting or message that happened on `on` — counted from `at` (noon that day
    /// in the lead's zone), never later than the moment it is logged. Logged more than 24 hours
    /// late is flagged.
    case logInteraction(Interaction.Kind, on: CalendarDate, at: Date, with: String, summary: String)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        var after = account
        switch self {
        case .setHealth(let rating, let rationale):
            guard !RuleText.isBlank(rationale) else { return .failure(ChangeRefusal("Rationale is needed.")) }
            // "Not rated" was no rating: the history keeps ratings only.
            if account.health.isRated { after.healthHistory.append(account.health) }
            after.health = Health(rating: rating, rationale: RuleText.trimmed(rationale), setOn: today)
            return .success(ChangeOutcome(after, "\(account.name): health \(rating.title) (\(today.iso))"))

        case .addSentimentNote(let name, let day, let words, let isVerbatim, let tone):
            guard let contact = account.contacts.first(where: { $0.name == name }) else {
                let names = account.contacts.map(\.name).joined(separator: ", ")
                return .failure(ChangeRefusal("Who: \"\(name)\" is not a contact on the account (\(names))."))
            }
            guard day <= today else { return .failure(ChangeRefusal("Refused: \(day.iso) has not happened yet.")) }
            guard !RuleText.isBlank(words) else { return .failure(ChangeRefusal("Their words are needed.")) }
            let id = NewID.next(prefix: "\(account.id)-sentiment-", taken: account.sentiment.map(\.id))
            after.sentiment.append(SentimentNote(id: id, capturedOn: day, contact: contact.name, words: RuleText.trimmed(words),
                                                 isVerbatim: isVerbatim, tone: tone))
            var summary = "\(account.name): \(contact.name), \(tone.rawValue), \(day.iso)"
            if contact.isSponsor {
                let freshUntil = day.adding(days: Readiness.freshnessDays)
                summary += freshUntil >= today ? " — sponsor sentiment fresh until \(freshUntil.iso)" : " — already stale"
            } else {
                summary += " (not the sponsor: sentiment staleness unchanged)"
            }
            return .success(ChangeOutcome(after, summary))

        case .logInteraction(let kind, let day, let at, let with, let summaryText):
            guard day <= today else { return .failure(ChangeRefusal("Refused: \(day.iso) has not happened yet.")) }
            let loggedAt = context.now.wholeSeconds
            let id = NewID.next(prefix: "\(account.id)-interaction-", taken: account.interactions.map(\.id))
            let interaction = Interaction(id: id, kind: kind, happenedAt: min(at, loggedAt), loggedAt: loggedAt,
                                          summary: summaryText, with: with)
            after.interactions.append(interaction)
            var summary = "\(account.name): \(kind.rawValue) with \(with) on \(day.iso) logged"
            if interaction.isLateLogged {
                let days = day.days(until: today)
                summary += " \(days) day\(days == 1 ? "" : "s") late — flagged"
            }
            return .success(ChangeOutcome(after, summary))
        }
    }
}
