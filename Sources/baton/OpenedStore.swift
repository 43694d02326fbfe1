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
    /// Something the dashboard says once it is open (a store left in another tool's layout, and why).
    var openingNote: String?
    private let throwawayFolder: String?

    /// The throwaway demo with `--demo`, else the lead's store. A store that does not exist is
    /// created empty: the demo's invented accounts never go into a real store.
    /// `held`: a large store taken before it was read, behind its first frame (StoreLoading).
    convenience init(options: StoreOptions, today: CalendarDate, held: PortfolioStore.Held? = nil) throws {
        if options.database != nil, !options.demo {
            Shell.fail("this command does not work on a shared database yet: `baton db pull` a copy, or leave out --database.")
        }
        if options.demo {
            try self.init(demoFor: today)
        } else {
            let now = Date()
            let store = try Self.open(path: options.path, makeDefault: { Portfolio() }, held: held)
            self.init(store: store, displayPath: Self.abbreviate(options.path), isDemo: false,
                      openSeconds: Date().timeIntervalSince(now), throwawayFolder: nil)
        }
    }

    /// A throwaway copy of the demo portfolio in a private temporary folder, removed on close.
    convenience init(demoFor today: CalendarDate) throws {
        let now = Date()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("baton-demo-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let store = try Self.open(path: folder + "/portfolio.json", makeDefault: { DemoPortfolio.make(today: today, now: now) })
        self.init(store: store, displayPath: "demo portfolio", isDemo: true,
                  openSeconds: Date().timeIntervalSince(now), throwawayFolder: folder)
    }

    private init(store: PortfolioStore, displayPath: String, isDemo: Bool, openSeconds: TimeInterval,
                 throwawayFolder: String?) {
        self.store = store
        self.displayPath = displayPath
        self.isDemo = isDemo
        self.openSeconds = openSeconds
        self.throwawayFolder = throwawayFolder
    }

    /// The lead's own portfolio, created empty under their name when it does not exist yet (a
    /// store that appeared meanwhile is opened as it is). Errors are thrown, not printed: the
    /// dashboard shows them and stays on the demo.
    static func own(path: String, owner: String, displayPath: String? = nil) throws -> OpenedStore {
        let now = Date()
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio(owner: owner) })
        return OpenedStore(store: store, displayPath: displayPath ?? abbreviate(path), isDemo: false,
                           openSeconds: Date().timeIntervalSince(now), throwawayFolder: nil)
    }

    /// Whether this machine has a portfolio at `path`: the file, or what is left of one (its
    /// backup or journal), which opening reports rather than replacing.
    static func portfolioExists(at path: String) -> Bool {
        [path, path + ".bak", path + ".journal"].contains { FileManager.default.fileExists(atPath: $0) }
    }

    /// What `baton list` and `baton validate` say on a machine without a portfolio (the caller
    /// puts "baton: " before it, once).
    static func noPortfolioYet(at path: String) -> String {
        "no portfolio yet at \(abbreviate(path)). Run `baton` to try the demo, then press S there to start "
            + "your own (or `baton --store PATH` for another file)."
    }

    private static func open(path: String, makeDefault: () -> Portfolio, held: PortfolioStore.Held? = nil) throws -> PortfolioStore {
        do {
            return try PortfolioStore.open(path: path, creatingWith: makeDefault, held: held)
        } catch {
            // A store we cannot read is left exactly as it is; say what is wrong and stop.
            Say.error("baton: \(error)")
            throw ExitCode(2)
        }
    }

    /// Makes everything durable and releases the lock; a demo copy is then removed. A large
    /// store keeps its journal (every change is durable in it) rather than make quitting wait
    /// for a rewrite of hundreds of megabytes.
    func close() {
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
