#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// `baton` with no subcommand: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default).")

    @OptionGroup var store: StoreOptions

    @Option(name: .long, help: ArgumentHelp("Colour theme: dark, light, high-contrast, monochrome, or one of yours.", valueName: "name"),
            completion: .custom(Completion.themes))
    var theme: String?

    @Flag(name: .long, help: "Turn the mouse on (off by default; `:mouse` toggles it).")
    var mouse = false

    @Flag(name: .long, help: "Start in present mode, for a screen shared with the customer: only what they may see, PRESENT in the title bar (p leaves it).")
    var present = false

    @Option(name: .customLong("as"), help: ArgumentHelp("Who you are in a shared portfolio's change log (default: $USER).", valueName: "name"))
    var actingAs: String?

    func run() throws {
        if let settings = SharedShell.settings(store) {
            // A shared portfolio: its own runtime glue (SharedSync.swift), from a local copy.
            return try SharedLink.runDashboard(settings: settings, options: store, actingAs: actingAs, theme: theme, mouse: mouse,
                                               present: present)
        }
        let today = try store.resolvedToday()
        // A machine without a portfolio gets the demo, as a throwaway copy, and S to start its own.
        let fresh = !OpenedStore.portfolioExists(at: store.path)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            if fresh, !store.demo {
                FileHandle.standardError.write(Data(("baton: " + OpenedStore.noPortfolioYet(at: store.path) + "\n").utf8))
                return
            }
            // Not a terminal (a pipe, a script): print what `baton list` prints instead of drawing.
            let opened = try OpenedStore(options: store, today: today)
            defer { opened.close() }
            print(PortfolioListing(portfolio: opened.store.portfolio, today: today).table(), terminator: "")
            return
        }
        var opened: OpenedStore?
        var info = stat()
        let bytes = stat(store.path, &info) == 0 ? Int(info.st_size) : 0
        var loading: StoreLoading?
        // Present mode never draws the index's first frame: it would show the whole portfolio's names.
        if !fresh, !store.demo, !present, bytes >= StoreLoading.threshold {
            // The first frame from the summary index beside the store, the store opening behind it.
            let options = store
            loading = StoreLoading.start(path: store.path, displayPath: OpenedStore.abbreviate(store.path), today: today,
                                         changesAtOnce: true) { held in
                try OwnLayout.open(options: options, today: today, held: held)
            }
        }
        if loading != nil {
            opened = nil
        } else if !fresh, !store.demo, bytes >= OpeningScreen.threshold {
            // A large store takes seconds to read: say so from the first moment, with progress.
            let options = store
            opened = try OpeningScreen.open(path: store.path, bytes: bytes) { try OwnLayout.open(options: options, today: today) }
        } else {
            opened = fresh ? try OpenedStore(demoFor: today) : try OwnLayout.open(options: store, today: today)
        }
        defer { opened?.close() }
        let runtime = try DashboardRuntime(opened: opened, loading: loading, ownPortfolioPath: fresh ? store.path : nil,
                                           fixedToday: store.today == nil ? nil : today, themeName: theme, mouse: mouse,
                                           present: present)
        // After S the runtime holds the lead's own store: close that one too (closing twice is harmless).
        defer { runtime.opened?.close() }
        var code = runtime.run()
        // Everything is durable now: close the store and end here, without taking a model of
        // hundreds of megabytes apart piece by piece (a second or more at 10,000 accounts).
        runtime.opened?.close()
        opened?.close()
        // Written beside the store because another program changed it: the exit status says so.
        var aside: [String] = []
        for path in (runtime.opened?.store.writtenAside ?? []) + (opened?.store.writtenAside ?? []) where !aside.contains(path) {
            aside.append(path)
        }
        if !aside.isEmpty {
            Say.error("baton: the store was changed by another program while it was open; this session's version was written "
                      + "beside it, in " + aside.map(OpenedStore.abbreviate).joined(separator: " and ")
                      + " — compare the two and keep what you want")
            if code == 0 { code = DashboardRuntime.writtenAsideExitStatus }
        }
        fflush(nil)
        Glibc.exit(code)
    }
}
