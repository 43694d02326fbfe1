import BatonCore
import Foundation

/// The forms behind `H`, `N` and `I` on an account: health with its rationale, a sentiment note
/// from a named contact, and an interaction with the day it happened — flagged when logged late.
enum AccountNoteForms {
    static func health(account: Account) -> FormState {
        let h = account.health
        return FormState(title: "Health of \(account.name)", purpose: .health, accountID: account.id,
                         fields: [FormField(.healthRating, "Rating", .choice(FieldChoice.of(Health.Rating.self) { $0.title }), text: h.rating?.rawValue ?? "", pickFirst: h.isRated),
                                  FormField(.healthRationale, "Rationale", .multiLine, hint: "why: what you saw, not what you hope")],
                         guidance: [h.isRated ? "Now: \(h.title) since \(h.setOn.iso) — \(h.rationale)" : "Now: not rated — nobody has rated it yet.",
                                    "The new rating is dated today."])
    }

    static let verbatimLabel = "Verbatim, yes or no (no: your paraphrase)"

    static func sentimentNote(account: Account) -> FormState {
        let names = account.contacts.map(\.name).joined(separator: ", ")
        return FormState(title: "Sentiment note on \(account.name)", purpose: .sentimentNote, accountID: account.id,
                         fields: [FormField(.sentimentWho, "Who", text: account.sponsor?.name ?? "", hint: names.isEmpty ? nil : "one of: \(names)"),
                                  FormField(.sentimentOn, "On", .date, required: false),
                                  FormField(.sentimentWords, "Their words", .multiLine, hint: "as they said it, ideally word for word"),
                                  FormField(.sentimentVerbatim, verbatimLabel, .choice([FieldChoice("yes", "Yes", key: "y"), FieldChoice("no", "No", key: "n")]), text: "yes"),
                                  FormField(.sentimentTone, "Tone", .choice(FieldChoice.of(SentimentNote.Tone.self) { $0.rawValue.capitalized }), pickFirst: false)],
                         guidance: ["The sponsor's words keep sentiment fresh for 7 days. Condition 6 is judged on its own evidence: re-mark it Met (m) with these words."])
    }

    static func interaction(account: Account) -> FormState {
        FormState(title: "Log an interaction with \(account.name)", purpose: .interaction, accountID: account.id,
                  fields: [FormField(.interactionKind, "Kind", .choice(FieldChoice.of(Interaction.Kind.self) { $0.rawValue.capitalized }), pickFirst: false),
                           FormField(.happenedOn, "Happened on", .date, required: false,
                                     hint: "the day it happened (counted from noon); " + ReadinessForms.dateHint),
                           FormField(.interactionWith, "With", hint: "who was on the other side"),
                           FormField(.interactionSummary, "Summary", .multiLine, hint: "what was said or agreed")],
                  guidance: ["Logged more than 24 hours after it happened is a stale record: it is flagged on the account."])
    }

    /// The change the form describes: the names, words and days typed, read — or why they cannot be.
    static func change(_ form: FormState, account: Account, today: CalendarDate,
                       now: Date) -> Result<AccountChange, ChangeRefusal> {
        switch form.purpose {
        case .health:
            guard let rating = rating(named: form.value(.healthRating)) else {
                return .failure(ChangeRefusal("Rating: type green, amber or red."))
            }
            return .success(.notes(.setHealth(rating, rationale: form.value(.healthRationale))))

        case .sentimentNote:
            guard let contact = contact(named: form.value(.sentimentWho), in: account) else {
                let names = account.contacts.map(\.name).joined(separator: ", ")
                return .failure(ChangeRefusal("Who: \"\(form.value(.sentimentWho))\" is not a contact on the account (\(names))."))
            }
            let day = form.date(.sentimentOn, today: today) ?? today
            guard let verbatim = yesNo(form.value(.sentimentVerbatim)) else { return .failure(ChangeRefusal("Verbatim: type yes or no.")) }
            guard let tone = tone(named: form.value(.sentimentTone)) else {
                return .failure(ChangeRefusal("Tone: type positive, neutral or negative."))
            }
            return .success(.notes(.addSentimentNote(contact: contact.name, on: day, words: form.value(.sentimentWords),
                                                     isVerbatim: verbatim, tone: tone)))

        case .interaction:
            guard let kind = interactionKind(named: form.value(.interactionKind)) else {
                return .failure(ChangeRefusal("Kind: type call, email, meeting or message."))
            }
            let day = form.date(.happenedOn, today: today) ?? today
            return .success(.notes(.logInteraction(kind, on: day, at: happenedAt(day, loggedAt: now.wholeSeconds),
                                                   with: form.value(.interactionWith), summary: form.value(.interactionSummary))))

        default:
            return .failure(ChangeRefusal("Nothing to save."))
        }
    }

    /// A day typed without a time counts from noon that day in the lead's own zone — never later
    /// than the moment it is logged, so "today" is always on time.
    static func happenedAt(_ day: CalendarDate, loggedAt: Date, timeZone: TimeZone = .current) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let noon = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? loggedAt
        return min(noon, loggedAt)
    }

    /// The contact a lead means: the full name, or a unique start of it, ignoring case and accents.
    static func contact(named text: String, in account: Account) -> Contact? {
        let key = AccountSummary.fold(text.trimmingCharacters(in: .whitespaces))
        guard !key.isEmpty else { return nil }
        if let exact = account.contacts.first(where: { AccountSummary.fold($0.name) == key }) { return exact }
        let starts = account.contacts.filter { AccountSummary.fold($0.name).hasPrefix(key) }
        return starts.count == 1 ? starts[0] : nil
    }

    static func rating(named text: String) -> Health.Rating? { unique(text, in: Health.Rating.allCases, \.rawValue) }
    static func tone(named text: String) -> SentimentNote.Tone? { unique(text, in: SentimentNote.Tone.allCases, \.rawValue) }
    static func interactionKind(named text: String) -> Interaction.Kind? { unique(text, in: Interaction.Kind.allCases, \.rawValue) }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "y", "yes": true
        case "n", "no": false
        default: nil
        }
    }

    /// The one value whose name starts with what was typed ("a" is amber, "m" is ambiguous).
    static func unique<T>(_ text: String, in values: [T], _ name: (T) -> String) -> T? {
        let word = text.lowercased().trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty else { return nil }
        let matches = values.filter { name($0).hasPrefix(word) }
        return matches.count == 1 ? matches[0] : nil
    }
}

extension FieldKey {
    static let healthRating = FieldKey("health.rating")
    static let healthRationale = FieldKey("health.rationale")
    static let sentimentWho = FieldKey("sentiment.who")
    static let sentimentOn = FieldKey("sentiment.on")
    static let sentimentWords = FieldKey("sentiment.words")
    static let sentimentVerbatim = FieldKey("sentiment.verbatim")
    static let sentimentTone = FieldKey("sentiment.tone")
    static let interactionKind = FieldKey("interaction.kind")
    static let happenedOn = FieldKey("interaction.happenedOn")
    static let interactionWith = FieldKey("interaction.with")
    static let interactionSummary = FieldKey("interaction.summary")
}
