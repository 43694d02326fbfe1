import ArgumentParser
import BatonCore
import Foundation

/// The account a command works on, completed with Tab.
struct AccountArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The account: its id, its name, or a unique start of the name.", valueName: "account"),
              completion: .custom(Completion.accounts))
    var account: String
}

/// Names one of the shell's change commands (`ShellCommands`): the type argument that makes each
/// `ChangeCommand` its own subcommand.
protocol ChangeCommandName {
    static var words: [String] { get }
}

/// Every change from the shell: the account, then the words of `ShellCommand` — what the change is
/// about, and the fields as the change's one input definition names them (`--evidence`, `--owner`…).
/// Built and refused by the same definition and the same door as the dashboard's form.
struct ChangeCommand<Name: ChangeCommandName>: ParsableCommand {
    static var shell: ShellCommand {
        guard let command = ShellCommands.named(Name.words) else { fatalError("no shell command \(Name.words)") }
        return command
    }

    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: Name.words.last!, abstract: shell.abstract,
                             usage: "baton \(Name.words.joined(separator: " ")) ACCOUNT \(shell.subjects.joined(separator: " ")) [--OPTION VALUE …]",
                             discussion: shell.discussion(inputs: shell.helpInputs))
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions
    @OptionGroup var target: AccountArgument
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What the change is about, then its fields (listed below).", valueName: "words"),
              completion: .custom(Completion.changeOptions(Name.words)))
    var words: [String] = []

    func run() throws {
        let command = Self.shell
        try ShellChange.run(store: store, write: write, account: target.account) { account, context in
            switch command.read(words, account: account) {
            case .failure(let refusal):
                return .failure(refusal)
            case .success(let (_, input, texts, newPeople)):
                return input.build(texts, account: account, context: context, newPeople: newPeople)
                    .mapError { ChangeRefusal(ShellCommand.said($0, input: input)) }
            }
        }
    }
}
