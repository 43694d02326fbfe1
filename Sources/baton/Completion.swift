import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// What Tab offers beyond subcommands and options: the accounts in the store the command line
/// names (read without the lock, never created), and the themes on this machine.
enum Completion {
    @Sendable static func accounts(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        let path: String
        if let i = arguments.firstIndex(of: "--store"), i + 1 < arguments.count {
            path = (arguments[i + 1] as NSString).expandingTildeInPath
        } else if let inline = arguments.first(where: { $0.hasPrefix("--store=") }) {
            path = (String(inline.dropFirst(8)) as NSString).expandingTildeInPath
        } else {
            path = StoreLocation.defaultPath(environment: ProcessInfo.processInfo.environment)
        }
        let portfolio: Portfolio
        if arguments.contains("--demo") {
            portfolio = DemoPortfolio.make(today: CalendarDate(Date()), now: Date())
        } else if let read = try? StoreReader.read(path: path) {
            portfolio = read
        } else {
            return []
        }
        let key = prefix.lowercased()
        // bash splits what it is offered on spaces: there the ids (the names, hyphenated) are offered.
        let useIDs = CompletionShell.requesting == .bash
        return portfolio.accounts.filter(\.isActive)
            .map { useIDs ? $0.id : DisplayText.sanitize($0.name) }
            .filter { key.isEmpty || $0.lowercased().hasPrefix(key) }
            .sorted()
    }

    @Sendable static func themes(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        ThemeLoader.live().availableNames.filter { prefix.isEmpty || $0.hasPrefix(prefix) }
    }
}
