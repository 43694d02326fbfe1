import ArgumentParser
import BatonCore
import Foundation

extension Health.Rating: ExpressibleByArgument {}
extension Interaction.Kind: ExpressibleByArgument {}
extension SentimentNote.Tone: ExpressibleByArgument {}

/// `baton health ACCOUNT green|amber|red --why …`: the rating now; the old one goes into the history.
struct HealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "Set the account's health, with why; the previous rating is kept in the history.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions
    @OptionGroup var target: AccountArgument
    @Argument(help: "green, amber or red.") var rating: Health.Rating
    @Option(help: "Why (required).") var why: String?

    func run() throws {
        try ShellChange.run(store: store, write: write, account: target.account) { _, _ in
            .success(.notes(.setHealth(rating, rationale: why ?? "")))
        }
    }
}

/// `baton note ACCOUNT CONTACT WORDS`: what a named contact said (sentiment), dated.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Record a sentiment note: what a named contact said, ideally in their own words.",
        discussion: "Example: baton note northwind \"Ana Ruiz\" \"We're seeing exactly what was promised.\" --tone positive")
    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions
    @OptionGroup var target: AccountArgument
    @Argument(help: "The contact who said it (a contact on the account).") var contact: String
    @Argument(help: "What they said.") var words: String
    @Option(help: "positive, neutral or negative (default neutral).") var tone: SentimentNote.Tone = .neutral
    @Option(name: .customLong("on"), help: ArgumentHelp("When they said it (default today).", valueName: "date")) var on: String?
    @Flag(help: "The words are your paraphrase, not theirs verbatim.") var paraphrased = false

    func run() throws {
        try ShellChange.run(store: store, write: write, account: target.account) { account, context in
            let day = Shell.date(on, option: "on", today: context.today) ?? context.today
            // The contact as the lead writes it: the full name or a unique start, case and accents ignored.
            let who = Shell.item(contact, kind: "contact", in: account.contacts.map { ($0.name, $0.name) })
            let name = (try? who.get()) ?? contact
            return .success(.notes(.addSentimentNote(contact: name, on: day, words: words, isVerbatim: !paraphrased, tone: tone)))
        }
    }
}

/// `baton log ACCOUNT call|email|meeting|message SUMMARY --with NAME`: the interaction log.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a call, email, meeting or message; logged more than 24 hours after it happened is flagged.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions
    @OptionGroup var target: AccountArgument
    @Argument(help: "call, email, meeting or message.") var kind: Interaction.Kind
    @Argument(help: "What it was about.") var summary: String
    @Option(help: "Who it was with.") var with: String = ""
    @Option(name: .customLong("on"), help: ArgumentHelp("When it happened (default today).", valueName: "date")) var on: String?

    func run() throws {
        try ShellChange.run(store: store, write: write, account: target.account) { _, context in
            let day = Shell.date(on, option: "on", today: context.today) ?? context.today
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = .current
            // Noon that day in the lead's zone, never later than now: the same rule as the dashboard's form.
            let noon = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? context.now
            return .success(.notes(.logInteraction(kind, on: day, at: min(noon, context.now), with: with, summary: summary)))
        }
    }
}

/// `baton tick ACCOUNT STEP`: a timeline step done today.
struct TickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tick", abstract: "Tick a timeline step done today.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions
    @OptionGroup var target: AccountArgument
    @Argument(help: "The step: its id, its number in `baton show`, or a unique piece of its title.") var step: String

    func run() throws {
        try ShellChange.run(store: store, write: write, account: target.account) { account, _ in
            Shell.item(step, kind: "timeline step", in: account.timeline.map { ($0.id, $0.title) })
                .map { .timeline(.tick(itemID: $0)) }
        }
    }
}
