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
                             discussion: shell.discussion(inputs: ChangeHelp.inputs(for: Name.words)))
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

/// The inputs a command's help lists: one for most; for `mark`, Met for each condition and Not Met.
enum ChangeHelp {
    static func inputs(for words: [String]) -> [(title: String, id: ChangeInputID)] {
        switch words {
        case ["mark"]:
            return ReadinessCondition.allCases.map { ("met, condition \($0.number) (\($0.title))", .markMet($0)) }
                + [("not-met", .markNotMet(.setupComplete))]
        case ["stage"]: return [("", .stage(.continuity))]
        case ["risk", "edit"]: return [("", .editRisk(""))]
        case ["risk", "rate"]: return [("--likelihood", .rerate("", likelihood: true)), ("--impact", .rerate("", likelihood: false))]
        case ["issue", "edit"]: return [("", .editIssue(""))]
        case ["contact", "edit"]: return [("", .editContact(""))]
        case ["milestone", "edit"]: return [("", .editMilestone(""))]
        case ["tick"]: return [("today", .tickStep("")), ("on another day", .tickStepOn(""))]
        case ["crm"]: return [("note", .crmAreaNote(.documentLibrary))]
        case ["transfer"]: return [("touchpoint", .firstTouchpoint), ("override", .transferOverride)]
        case ["meeting"]: return MeetingInputs.recordable.map { (MeetingInputs.word($0), .recordMeeting($0)) }
        case ["review"]: return MeetingInputs.Decision.allCases.map { ($0.rawValue, .review($0, itemID: "")) }
        case ["profile"]: return [("identity", .identity), ("contract", .contract), ("people", .people)]
        case ["exit"]: return [("done", .exitDone(.customerSignOff))]
        case ["handover"]: return [("", .handoverSection(.opportunities))]
        default:
            guard let id = ShellCommands.named(words)?.fixed else { return [] }
            return [("", id)]
        }
    }
}
