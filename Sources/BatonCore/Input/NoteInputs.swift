import Foundation

/// Health with its rationale, a sentiment note from a named contact, and an interaction with
/// the day it happened — flagged when logged late.
public enum NoteInputs {
    public static let ratings = FieldChoice.of(Health.Rating.self) { $0.title }
    public static let tones = FieldChoice.of(SentimentNote.Tone.self) { $0.rawValue.capitalized }
    public static let interactionKinds = FieldChoice.of(Interaction.Kind.self) { $0.rawValue.capitalized }

    public static func health(account: Account?) -> ChangeInput<AccountChange> {
        let h = account?.health
        return ChangeInput("Health" + (account.map { " of \($0.name)" } ?? ""), fields: [
            InputField(.healthRating, "Rating", option: "rating", .choice(ratings), value: h?.rating?.rawValue ?? "",
                       pickFirst: false),
            InputField(.healthRationale, "Rationale", option: "why", .multiLine, help: "why: what you saw, not what you hope"),
        ], guidance: (h.map { $0.isRated ? ["Now: \($0.title) since \($0.setOn.iso) — \($0.rationale)"] : ["Now: not rated — nobody has rated it yet."] } ?? [])
            + ["The new rating is dated today."]) { v throws(InputRefusal) in
            .notes(.setHealth(v.choice(.healthRating, as: Health.Rating.self)!, rationale: v.text(.healthRationale)))
        }
    }

    public static func sentimentNote(account: Account?) -> ChangeInput<AccountChange> {
        let names = account?.knownPeople(.contact) ?? []
        return ChangeInput("Sentiment note" + (account.map { " on \($0.name)" } ?? ""), fields: [
            InputField(.sentimentWho, "Who", option: "from", .person(.contact), value: account?.sponsor?.name ?? "",
                       help: names.isEmpty ? "a contact on the account" : "one of: \(names.joined(separator: ", "))", completions: names),
            InputField(.sentimentOn, "On", option: "on", .date, required: false, help: "the day it was said; " + ReadinessInputs.dateHelp),
            InputField(.sentimentWords, "Their words", option: "words", .multiLine, help: "as they said it, ideally word for word"),
            InputField(.sentimentVerbatim, "Verbatim, yes or no (no: your paraphrase)", option: "verbatim", .choice(FieldChoice.yesNo),
                       value: "yes", help: "yes: their exact words; no: your paraphrase"),
            InputField(.sentimentTone, "Tone", option: "tone", .choice(tones), pickFirst: false),
        ], guidance: ["The sponsor's words keep sentiment fresh for 7 days. Condition 6 is judged on its own evidence: re-mark it Met with these words."]) { v throws(InputRefusal) in
            .notes(.addSentimentNote(contact: v.text(.sentimentWho), on: v.date(.sentimentOn) ?? v.context.today, words: v.text(.sentimentWords),
                                     isVerbatim: v.yes(.sentimentVerbatim), tone: v.choice(.sentimentTone, as: SentimentNote.Tone.self)!))
        }
    }

    public static func interaction(account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Log an interaction" + (account.map { " with \($0.name)" } ?? ""), fields: [
            InputField(.interactionKind, "Kind", option: "kind", .choice(interactionKinds), pickFirst: false),
            InputField(.happenedOn, "Happened on", option: "on", .date, required: false,
                       help: "the day it happened (counted from noon); " + ReadinessInputs.dateHelp),
            InputField(.interactionWith, "With", option: "with", .person(.anyone), help: "who was on the other side",
                       completions: account?.knownPeople(.anyone) ?? []),
            InputField(.interactionSummary, "Summary", option: "summary", .multiLine, help: "what was said or agreed"),
        ], guidance: ["Logged more than 24 hours after it happened is a stale record: it is flagged on the account."]) { v throws(InputRefusal) in
            let day = v.date(.happenedOn) ?? v.context.today
            return .notes(.logInteraction(v.choice(.interactionKind, as: Interaction.Kind.self)!, on: day,
                                          at: happenedAt(day, loggedAt: v.context.now, timeZone: v.context.timeZone),
                                          with: v.text(.interactionWith), summary: v.text(.interactionSummary)))
        }
    }

    /// A day typed without a time counts from noon that day in the lead's own zone — never later
    /// than the moment it is logged, so "today" is always on time.
    public static func happenedAt(_ day: CalendarDate, loggedAt: Date, timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let noon = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? loggedAt
        return min(noon, loggedAt.wholeSeconds)
    }
}

extension FieldKey {
    public static let healthRating = FieldKey("health.rating")
    public static let healthRationale = FieldKey("health.rationale")
    public static let sentimentWho = FieldKey("sentiment.who")
    public static let sentimentOn = FieldKey("sentiment.on")
    public static let sentimentWords = FieldKey("sentiment.words")
    public static let sentimentVerbatim = FieldKey("sentiment.verbatim")
    public static let sentimentTone = FieldKey("sentiment.tone")
    public static let interactionKind = FieldKey("interaction.kind")
    public static let happenedOn = FieldKey("interaction.happenedOn")
    public static let interactionWith = FieldKey("interaction.with")
    public static let interactionSummary = FieldKey("interaction.summary")
}
