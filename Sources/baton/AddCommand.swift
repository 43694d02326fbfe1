import ArgumentParser
import BatonCore
import Foundation

/// `baton add NAME [--OPTION VALUE …]`: a new account, from the same input definition as the
/// dashboard's `n` (`ProfileInputs.newAccount`) and through the same door (`NewAccount.make`).
struct AddCommand: ParsableCommand {
    static var input: ChangeInput<NewAccount> { ProfileInputs.newAccount(owner: "", defaultTDay: nil) }

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: "Add an account to the portfolio (starts your portfolio if there is none yet).",
            usage: "baton add NAME [--OPTION VALUE …]",
            discussion: "Only the name is needed; the rest can be filled in as it is learned.\n\nOptions:\n"
                + ShellArguments.help(input, positional: [.accountName])
                + "\n\nExamples:\n  baton add \"Acme Freight\" --t-day 2027-01-15 --coordinator \"Tom Reeves\" --term-months 24\n"
                + "  baton add \"Zephyr Ötztal\" --kind rep --planning unplanned")
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions

    @Option(help: ArgumentHelp("Your name, when this starts your portfolio (default: your system account's name).", valueName: "name"))
    var owner: String?

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The customer's name, then its fields (listed below).", valueName: "words"),
              completion: .custom(Completion.addOptions))
    var words: [String] = []

    func run() throws {
        let today = try store.resolvedToday()
        let context = ChangeContext(today: today, now: Date().wholeSeconds, by: owner ?? Shell.ownerName(), timeZone: .current)
        let input = ProfileInputs.newAccount(owner: "", defaultTDay: NewAccount.defaultTDay(today: today))
        let read: (texts: [FieldKey: String], newPeople: Set<String>, given: Set<FieldKey>)
        switch ShellArguments.texts(words, input: input, positional: [.accountName]) {
        case .failure(let refusal): Shell.fail(ShellCommand.said(refusal, input: input))
        case .success(let r): read = r
        }
        let new: NewAccount
        switch input.build(read.texts, account: nil, context: context, newPeople: read.newPeople) {
        case .failure(let refusal): Shell.fail(ShellCommand.said(refusal, input: input))
        case .success(let n): new = n
        }
        let tDayGiven = read.given.contains(.newTDay)
        if let settings = SharedShell.settings(store) {
            return SharedShell.add(new, settings: settings, today: today, write: write, owner: owner, tDayGiven: tDayGiven)
        }
        let opened = try OpenedStore.forWriting(options: store, today: today, wait: write.wait, createFor: owner ?? Shell.ownerName())
        defer { opened.close() }
        let portfolio = opened.store.portfolio
        switch new.make(context: ChangeContext(today: today, now: context.now, by: portfolio.owner, timeZone: .current),
                        existing: portfolio.accounts) {
        case .failure(let refusal):
            opened.close()
            Shell.fail(refusal.reason)
        case .success(let account):
            do { try opened.store.commit(account) } catch { opened.close(); Shell.fail("not added: \(error)", code: 2) }
            Shell.say(NewAccount.summary(account) + " (id \(account.id))" + (tDayGiven ? "" : "; T-day eight weeks from today, --t-day sets it"))
        }
    }
}
