import BatonCore
import Foundation

/// The forms behind `H`, `N` and `I` on an account: health with its rationale, a sentiment note
/// from a named contact, and an interaction with the day it happened — flagged when logged late.
enum AccountNoteForms {
    static func health(account: Account) -> FormState {
        let h = account.health
        return FormState(title: "Health of \(account.name)", purpose: .health, accountID: account.id,
                         fields: [FormField("Rating", text: h.rating.rawValue, hint: "green, amber or red (g, a, r)"),
                                  FormField("Rationale", .multiLine, hint: "why: what you saw, not what you hope")],
                         guidance: ["Now: \(h.rating.title) since \(h.setOn.iso) — \(h.rationale)",
                                    "The new rating is dated today."])
    }

    static let verbatimLabel = "Verbatim, yes or no (no: your paraphrase)"

    static func sentimentNote(account: Account) -> FormState {
        let names = account.contacts.map(\.name).joined(separator: ", ")
        return FormState(title: "Sentiment note on \(account.name)", purpose: .sentimentNote, accountID: account.id,
                         fields: [FormField("Who", text: account.sponsor?.name ?? "", hint: names.isEmpty ? nil : "one of: \(names)"),
                                  FormField("On", .date, required: false),
                                  FormField("Their words", .multiLine, hint: "as they said it, ideally word for word"),
                                  FormField(verbatimLabel, text: "yes"),
                                  FormField("Tone", hint: "positive, neutral or negative")],
                         guidance: ["The sponsor's words keep sentiment fresh for 7 days. Condition 6 is judged on its own evidence: re-mark it Met (m) with these words."])
    }

    static func interaction(account: Account) -> FormState {
        FormState(title: "Log an interaction with \(account.name)", purpose: .interaction, accountID: account.id,
                  fields: [FormField("Kind", hint: "call, email, meeting or message"),
                           FormField("Happened on", .date, required: false,
                                     hint: "the day it happened (counted from noon); " + ReadinessForms.dateHint),
                           FormField("With", hint: "who was on the other side"),
                           FormField("Summary", .multiLine, hint: "what was said or agreed")],
                  guidance: ["Logged more than 24 hours after it happened is a stale record: it is flagged on the account."])
    }

    static func apply(_ form: FormState, to account: Account, today: CalendarDate,
                      now: Date) -> Result<(Account, String), Refusal> {
        var after = account
        switch form.purpose {
        case .health:
            guard let rating = rating(named: form.value("Rating")) else {
                return .failure(Refusal("Rating: type green, amber or red."))
            }
            let rationale = form.value("Rationale")
            guard !rationale.isEmpty else { return .failure(Refusal("Rationale is needed.")) }
            after.health = Health(rating: rating, rationale: rationale, setOn: today)
            return .success((after, "\(account.name): health \(rating.title) (\(today.iso))"))

        case .sentimentNote:
            guard let contact = contact(named: form.value("Who"), in: account) else {
                let names = account.contacts.map(\.name).joined(separator: ", ")
                return .failure(Refusal("Who: \"\(form.value("Who"))\" is not a contact on the account (\(names))."))
            }
            let day = form.date("On", today: today) ?? today
            guard day <= today else { return .failure(Refusal("Refused: \(day.iso) has not happened yet.")) }
            guard let verbatim = yesNo(form.value(verbatimLabel)) else { return .failure(Refusal("Verbatim: type yes or no.")) }
            guard let tone = tone(named: form.value("Tone")) else {
                return .failure(Refusal("Tone: type positive, neutral or negative."))
            }
            let note = SentimentNote(id: newID(prefix: "\(account.id)-sentiment-", taken: account.sentiment.map(\.id)),
                                     capturedOn: day, contact: contact.name, words: form.value("Their words"),
                                     isVerbatim: verbatim, tone: tone)
            after.sentiment.append(note)
            var summary = "\(account.name): \(contact.name), \(tone.rawValue), \(day.iso)"
            if contact.isSponsor {
                let freshUntil = day.adding(days: Readiness.freshnessDays)
                summary += freshUntil >= today ? " — sponsor sentiment fresh until \(freshUntil.iso)" : " — already stale"
            } else {
                summary += " (not the sponsor: sentiment staleness unchanged)"
            }
            return .success((after, summary))

        case .interaction:
            guard let kind = interactionKind(named: form.value("Kind")) else {
                return .failure(Refusal("Kind: type call, email, meeting or message."))
            }
            let day = form.date("Happened on", today: today) ?? today
            guard day <= today else { return .failure(Refusal("Refused: \(day.iso) has not happened yet.")) }
            let loggedAt = now.wholeSeconds
            let interaction = Interaction(id: newID(prefix: "\(account.id)-interaction-", taken: account.interactions.map(\.id)),
                                          kind: kind, happenedAt: happenedAt(day, loggedAt: loggedAt),
                                          loggedAt: loggedAt, summary: form.value("Summary"), with: form.value("With"))
            after.interactions.append(interaction)
            var summary = "\(account.name): \(kind.rawValue) with \(interaction.with) on \(day.iso) logged"
            if interaction.isLateLogged {
                let days = day.days(until: today)
                summary += " \(days) day\(days == 1 ? "" : "s") late — flagged"
            }
            return .success((after, summary))

        default:
            return .failure(Refusal("Nothing to save."))
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

    static func newID(prefix: String, taken: [String]) -> String {
        let used = Set(taken)
        var n = taken.count + 1
        while used.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }
}
