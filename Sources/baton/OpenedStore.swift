import ArgumentParser
import BatonCore
import Foundation

/// The store a subcommand works on: the real one, or a throwaway demo copy removed on close.
final class OpenedStore {
    let store: PortfolioStore
    let displayPath: String
    let isDemo: Bool
    /// How long opening took: a full save of the same store takes about as long.
    let openSeconds: TimeInterval
    private let throwawayFolder: String?

    init(options: StoreOptions, today: CalendarDate) throws {
        let now = Date()
        let makeDemo = { DemoPortfolio.make(today: today, now: now) }
        if options.demo {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("baton-demo-\(getpid())-\(UUID().uuidString.prefix(8))").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            throwawayFolder = folder
            isDemo = true
            displayPath = "demo portfolio"
            store = try Self.open(path: folder + "/portfolio.json", makeDefault: makeDemo)
        } else {
            throwawayFolder = nil
            isDemo = false
            displayPath = Self.abbreviate(options.path)
            store = try Self.open(path: options.path, makeDefault: makeDemo)
        }
        openSeconds = Date().timeIntervalSince(now)
    }

    private static func open(path: String, makeDefault: () -> Portfolio) throws -> PortfolioStore {
        do {
            return try PortfolioStore.open(path: path, creatingWith: makeDefault)
        } catch {
            // A store we cannot read is left exactly as it is; say what is wrong and stop.
            Say.error("baton: \(error)")
            throw ExitCode(2)
        }
    }

    /// Makes everything durable and releases the lock; a demo copy is then removed.
    func close() {
        if store.access.isWritable, store.journalRecordCount > 0, store.portfolio.accounts.count >= 2_000 {
            // Folding the journal into a large store takes seconds: say so rather than look hung.
            Say.error("baton: saving \(store.journalRecordCount) change(s) into \(displayPath)…")
        }
        do {
            try store.close()
        } catch {
            Say.error("baton: could not fold the journal into the store: \(error)")
        }
        if let folder = throwawayFolder { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// ~/… instead of /home/name/… in the title bar.
    static func abbreviate(_ path: String) -> String {
        let home = NSHomeDirectory()
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}
