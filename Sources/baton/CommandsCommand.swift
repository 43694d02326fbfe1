import ArgumentParser
import BatonCore

/// `baton commands`: every change command as a Markdown table — the table docs/commands.md holds.
struct CommandsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commands",
        abstract: "Print every change command as a Markdown table (docs/commands.md holds this output).")

    func run() {
        print(ShellCommands.markdown, terminator: "")
    }
}
