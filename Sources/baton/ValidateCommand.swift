import ArgumentParser
import BatonCore
import Foundation

/// `baton validate [PATH]`: is this store readable? Every problem found, and an exit code to script on.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a store file (or, with --database, that every shared account can be read); exit 0 when valid, otherwise print every problem and exit 1.")

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The file to check (default: the store).", valueName: "path"))
    var file: String?

    func run() throws {
        // No file named and a shared database in force: check that every account there can be read.
        if file == nil, let settings = SharedShell.settings(store) { return SharedShell.validate(settings) }
        let path = file.map { ($0 as NSString).expandingTildeInPath } ?? store.path
        if file == nil, !OpenedStore.portfolioExists(at: path) {
            FileHandle.standardError.write(Data(("baton: " + OpenedStore.noPortfolioYet(at: path) + "\n").utf8))
            throw ExitCode(1)
        }
        // Validation only reads: it takes no lock and never writes, so it is safe beside a running baton.
        let problems = StoreValidator.validate(path: path)
        if problems.isEmpty {
            Say.out("\(path): valid")
            return
        }
        // The report is the command's output: stdout, so `baton validate > report.txt` keeps it.
        for problem in problems {
            Say.out("\(problem)")
        }
        let total = StoreProblem.total(problems)
        Say.out("\(path): \(total) problem\(total == 1 ? "" : "s"); the file was not changed.")
        throw ExitCode(1)
    }
}
