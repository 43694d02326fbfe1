import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// What Tab offers beyond subcommands and options: the accounts in the store the command line
/// names (read without the lock, never created), and the themes on this machine.
enum Completion {
    @Sendable static func accounts(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let portfolio = portfolio(arguments) else { return [] }
        let key = prefix.lowercased()
        // bash splits what it is offered on spaces: there the ids (the names, hyphenated) are offered.
        let useIDs = CompletionShell.requesting == .bash
        return portfolio.accounts.filter(\.isActive)
            .map { useIDs ? $0.id : DisplayText.sanitize($0.name) }
            .filter { key.isEmpty || $0.lowercased().hasPrefix(key) }
            .sorted()
    }

    /// A change command's words: after `--`, the options of every input the command may fill.
    static func changeOptions(_ words: [String]) -> @Sendable ([String], Int, String) -> [String] {
        { _, _, prefix in
            guard prefix.hasPrefix("-") else { return [] }
            var options = Set(["--\(ShellArguments.newPersonOption)"])
            for (_, id) in ShellCommands.named(words)?.helpInputs ?? [] {
                for field in id.input(for: nil).fields { options.insert("--\(field.option)") }
            }
            return options.filter { $0.hasPrefix(prefix) }.sorted()
        }
    }

    /// `baton add`'s options: the new-account input's.
    @Sendable static func addOptions(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        guard prefix.hasPrefix("-") else { return [] }
        return ProfileInputs.newAccount(owner: "", defaultTDay: nil).fields.map { "--\($0.option)" }.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The onboarding leads and account managers named in the store, for `list --lead` and `--manager`.
    @Sendable static func people(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let portfolio = portfolio(arguments) else { return [] }
        let key = prefix.lowercased()
        let names = portfolio.accounts.filter(\.isActive).flatMap { [$0.people.onboardingLead, $0.people.accountManager] }
        return Set(names.map(DisplayText.sanitize)).filter { !$0.isEmpty && (key.isEmpty || $0.lowercased().hasPrefix(key)) }.sorted()
    }

    /// The portfolio the command line names: --demo, --store, or the default store; nil when there is none.
    static func portfolio(_ arguments: [String]) -> Portfolio? {
        let path: String
        if let i = arguments.firstIndex(of: "--store"), i + 1 < arguments.count {
            path = (arguments[i + 1] as NSString).expandingTildeInPath
        } else if let inline = arguments.first(where: { $0.hasPrefix("--store=") }) {
            path = (String(inline.dropFirst(8)) as NSString).expandingTildeInPath
        } else {
            path = StoreLocation.defaultPath(environment: ProcessInfo.processInfo.environment)
        }
        if arguments.contains("--demo") { return DemoPortfolio.make(today: CalendarDate(Date(), in: .current), now: Date()) }
        return try? StoreReader.read(path: path)
    }

    @Sendable static func themes(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        ThemeLoader.live().availableNames.filter { prefix.isEmpty || $0.hasPrefix(prefix) }
    }
}
