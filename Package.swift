// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Baton",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baton", targets: ["baton"]),
    ],
    dependencies: [
        // The command line: subcommands, options before or after them, --help and --version.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Golden screens: readable line diffs on failure and one switch to re-record them.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        // The shared portfolio: PostgreSQL's wire protocol, bound parameters, a connection pool.
        // Named only by BatonShared, the executable and their tests: it adds minutes to a clean build.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // The domain, its rules and the store. Foundation only: no terminal code.
        .target(name: "BatonCore"),
        // The system library and a shim for the macros Swift cannot import.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The built-in themes: one editable file per theme, found from any working directory.
        .target(
            name: "BatonThemes",
            path: "Themes",
            // The .theme files are compiled in by embed-themes.sh, not shipped as a resource
            // bundle: Bundle.module on Linux calls fatalError when the binary is installed
            // without its build tree.
            exclude: ["dark.theme", "light.theme", "high-contrast.theme", "monochrome.theme", "embed-themes.sh"]
        ),
        // Accounts from a CRM's CSV export: reading the file record by record (SwiftCSV's rules, kept in
        // CSVReader: SwiftCSV needs the whole file as one string), mapping its columns, planning the import.
        .target(name: "BatonImport", dependencies: ["BatonCore"]),
        // A team on one portfolio: PostgreSQL as the shared store (connection settings, schema,
        // migrations, push and pull, changes through the core's door with no lost update).
        .target(name: "BatonShared", dependencies: ["BatonCore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // State, actions, update, keymap, themes and views into a cell grid. No ncurses.
        .target(name: "BatonUI", dependencies: ["BatonCore", "BatonThemes"]),
        // The only code that calls ncurses.
        .target(name: "BatonTerminal", dependencies: ["BatonUI", "CNcurses"]),
        .executableTarget(
            name: "baton",
            dependencies: [
                "BatonCore", "BatonUI", "BatonTerminal", "BatonImport", "BatonShared",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints open, save, durable-change, frame and import figures; run it in release mode.
        .executableTarget(name: "baton-bench", dependencies: ["BatonCore", "BatonUI", "BatonImport"]),
        // The live delay on a shared portfolio (needs a PostgreSQL server): kept apart so
        // baton-bench stays free of postgres-nio.
        .executableTarget(name: "baton-live-bench", dependencies: ["BatonCore", "BatonShared"]),
        // A child process the crash-safety tests kill with SIGKILL in the middle of saves.
        .executableTarget(name: "store-probe", dependencies: ["BatonCore"]),
        .testTarget(name: "BatonCoreTests", dependencies: ["BatonCore"], exclude: ["__Documents__"]),
        .testTarget(name: "BatonImportTests", dependencies: ["BatonImport", "BatonCore"], exclude: ["Fixtures"]),
        .testTarget(
            name: "BatonUITests",
            dependencies: ["BatonUI", "BatonCore", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
            exclude: ["__Snapshots__"]
        ),
        // Against a real PostgreSQL server when BATON_TEST_DATABASE_URL is set; skipped otherwise.
        .testTarget(name: "BatonSharedTests", dependencies: ["BatonShared", "BatonCore"]),
        // Drives the real binary: child processes for crash safety, tmux for the screen.
        .testTarget(name: "EndToEndTests", dependencies: ["BatonCore", "BatonShared"]),
    ],
    swiftLanguageModes: [.v6]
)
