import ArgumentParser
import BatonCore

extension Contact.Stance: ExpressibleByArgument {}
extension Contact.Strength: ExpressibleByArgument {}

/// `baton contact ACCOUNT NAME`: a person on the customer's side, through the same rule as the
/// account card (one sponsor at most; a name not already on the account).
struct ContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "Add a contact on the customer's side: role, sponsor or day-to-day, stance, relationship.",
        discussion: "Example: baton contact northwind \"Ana Ruiz\" --role COO --sponsor")
    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions
    @OptionGroup var target: AccountArgument
    @Argument(help: "The contact's name.") var name: String
    @Option(help: "Their role.") var role: String = ""
    @Flag(help: "The customer's sponsor (an account has one).") var sponsor = false
    @Flag(name: .customLong("day-to-day"), help: "The day-to-day contact.") var dayToDay = false
    @Option(help: "advocate, neutral or sceptic.") var stance: Contact.Stance = .neutral
    @Option(help: "weak, moderate or strong.") var strength: Contact.Strength = .moderate
    @Option(help: "How they like to be reached.") var prefers: String = ""

    func run() throws {
        try ShellChange.run(store: store, write: write, account: target.account) { _, _ in
            .success(.contacts(.add(ContactDetails(name: name, role: role, isSponsor: sponsor, isDayToDay: dayToDay,
                                                   communicationPreference: prefers, relationshipStrength: strength,
                                                   stance: stance))))
        }
    }
}
