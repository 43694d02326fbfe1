import ArgumentParser
import BatonCore
import BatonImport
import Foundation

/// `baton import FILE.csv`: accounts from a CRM's account export, as one change.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add and update accounts from a CRM export (CSV): Salesforce and HubSpot columns are known.",
        discussion: """
        Re-importing the same or a newer export updates the accounts it matches (by the CRM's record id) and
        never adds them twice. A field you changed in Baton since the last import is not overwritten: it is
        reported as a conflict (--prefer-file takes the file's value). The whole import is one change: all of it
        is saved before Baton says it is done, and nothing is imported while any row is refused.
        Examples:
          baton import accounts.csv --dry-run            what would be added, updated and refused, per row
          baton import accounts.csv                      import it
          baton import companies.csv --map "Customer=name,CRM Key=record-id"
          baton import --fields                          the fields a column can map to
        """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var write: WriteOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"), completion: .file(extensions: ["csv", "txt"]))
    var file: String?

    @Flag(name: .long, help: "List the fields a column can map to, and the column names known out of the box.")
    var fields = false

    @Option(name: .long, help: ArgumentHelp("COLUMN=field pairs, comma-separated (repeatable).", valueName: "column=field,…"))
    var map: [String] = []

    @Flag(name: .long, help: "Show what would be added, updated and refused, per row; change nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Import the rows that can be read and list the ones skipped.")
    var skipBadRows = false

    @Flag(name: .long, help: "Where you changed a field in Baton since the last import, take the file's value.")
    var preferFile = false

    @Option(name: .customLong("t-day"), help: ArgumentHelp("T-day of added accounts the file gives none (default: eight weeks from today, on a business day).",
                                                            valueName: "date"))
    var tDay: String?

    @Option(name: .long, help: ArgumentHelp("Stage of added accounts the file gives none (default 1).", valueName: "n"))
    var stage: Int?

    @Option(name: .long, help: ArgumentHelp("The separator, when it is not the first , ; or tab of the header.", valueName: "char"))
    var delimiter: String?

    @Option(help: ArgumentHelp("Your name, when this starts your portfolio (default: your system account's name).", valueName: "name"))
    var owner: String?

    func run() throws {
        if fields {
            Shell.say(Self.fieldList())
            return
        }
        guard let file else { throw ValidationError("Which file? baton import FILE.csv (or --fields to list the fields).") }
        let today = try store.resolvedToday()
        let path = (file as NSString).expandingTildeInPath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
              FileManager.default.isReadableFile(atPath: path) else {
            Shell.fail("\(file): cannot be read (no such file, or no permission).")
        }
        if let delimiter, delimiter.count != 1 { throw ValidationError("--delimiter is one character, e.g. \";\".") }
        var options = ImportPlan.Options(preferFile: preferFile, defaultTDay: Shell.date(tDay, option: "t-day", today: today))
        if let stage {
            guard let s = Stage(rawValue: stage) else { throw ValidationError("--stage is 1 to 8.") }
            options.defaultStage = s
        }
        // The header and the mapping first: a file or a --map that cannot be read is said before any store is opened.
        let (reader, mapping) = readingFile(file) {
            let reader = try CSVReader(path: path, delimiter: delimiter?.first)
            return (reader, try ColumnMapping(header: reader.header, overrides: try ColumnMapping.pairs(map)))
        }
        if let settings = SharedShell.settings(store) {
            let table = readingFile(file) { try CSVTable.parse(try Data(contentsOf: URL(fileURLWithPath: path)), delimiter: delimiter?.first) }
            return runOnDatabase(settings, file: file, table: table, mapping: mapping, options: options, today: today)
        }
        let now = Date().wholeSeconds
        // First against the store as it is (read, no lock): a refused import creates and locks nothing.
        let current: Portfolio
        if store.demo {
            current = DemoPortfolio.make(today: today, now: now)
        } else if OpenedStore.portfolioExists(at: store.path) {
            current = StoreLook.portfolio(options: store, today: today)
        } else {
            current = Portfolio(owner: owner ?? Shell.ownerName())
        }
        let preview = readPlan(file, reader: reader, mapping: mapping, portfolio: current,
                               context: ChangeContext(today: today, now: now, by: current.owner, timeZone: .current), options: options)
        if stopsAtDryRun(preview, file: file) { return }
        let opened = try OpenedStore.forWriting(options: store, today: today, wait: write.wait, createFor: owner ?? Shell.ownerName())
        defer { opened.close() }
        let portfolio = opened.store.portfolio
        // Again against the store now that it is locked, unless it is the one planned against: nothing
        // changes it between this plan and the write.
        let plan = portfolio == current ? preview
            : readPlan(file, reader: readingFile(file) { try CSVReader(path: path, delimiter: delimiter?.first) }, mapping: mapping,
                       portfolio: portfolio, context: ChangeContext(today: today, now: now, by: portfolio.owner, timeZone: .current),
                       options: options)
        if !plan.refused.isEmpty && !skipBadRows {
            opened.close()
            Shell.fail("nothing was imported: \(plan.refused.count) row(s) refused (the store changed meanwhile); run it again.")
        }
        let accounts = plan.accounts
        do {
            if !accounts.isEmpty { ShellProgress.say(ImportProgress.saving(accounts.count, to: opened.displayPath)) }
            defer { ShellProgress.clear() }
            try opened.store.apply(batch: accounts, now: now)
        } catch {
            opened.close()
            Shell.fail("nothing was imported: \(error)", code: 2)
        }
        Shell.say("\(file): \(plan.headline(done: true))\(opened.isDemo ? " (demo: a throwaway copy, not kept)" : "")")
        Shell.say(plan.report().map { "  " + $0 }.joined(separator: "\n"))
        if !plan.refused.isEmpty {
            Shell.say("Skipped \(plan.refused.count) refused row\(plan.refused.count == 1 ? "" : "s") (--skip-bad-rows): lines "
                      + plan.refused.map { "\($0.line)" }.joined(separator: ", ") + ".")
        }
        Shell.say(accounts.isEmpty ? "Nothing to change in \(opened.displayPath)." : "Saved to \(opened.displayPath).")
    }

    /// The file read record by record (from just after its header) into a plan against `portfolio`, with its progress on stderr
    /// when that is a terminal; a file that cannot be read ends the command, nothing imported.
    func readPlan(_ file: String, reader: CSVReader, mapping: ColumnMapping, portfolio: Portfolio, context: ChangeContext,
                  options: ImportPlan.Options) -> ImportPlan {
        var progress = ImportProgress()
        let name = (file as NSString).lastPathComponent
        defer { ShellProgress.clear() }
        return readingFile(file) {
            try ImportPlan(reader: reader, mapping: mapping, portfolio: portfolio, context: context, options: options) { reader in
                guard ShellProgress.shown, progress.due() else { return }
                ShellProgress.say(ImportProgress.reading(name, rows: reader.recordsRead, bytesRead: reader.bytesRead,
                                                         totalBytes: reader.totalBytes))
            }
        }
    }

    /// `body`'s result, or the command ended with why the file cannot be read.
    func readingFile<T>(_ file: String, _ body: () throws -> T) -> T {
        do {
            return try body()
        } catch let error as ImportFileError {
            ShellProgress.clear()
            Shell.fail("\(file): \(error). Nothing was imported.")
        } catch {
            ShellProgress.clear()
            Shell.fail("\(file): \(error). Nothing was imported.")
        }
    }

    /// The dry run's report, and the refusal when rows were refused without --skip-bad-rows: true
    /// when the import stops there (the same words on a local store and on a database).
    func stopsAtDryRun(_ plan: ImportPlan, file: String) -> Bool {
        guard dryRun || (!plan.refused.isEmpty && !skipBadRows) else { return false }
        Shell.say("\(file): \(plan.headline(done: false))")
        Shell.say(plan.report().map { "  " + $0 }.joined(separator: "\n"))
        if !plan.refused.isEmpty && !skipBadRows {
            Shell.fail("nothing \(dryRun ? "would be" : "was") imported: \(plan.refused.count) row\(plan.refused.count == 1 ? "" : "s") "
                       + "refused. Fix \(plan.refused.count == 1 ? "it" : "them") in the file (the line numbers are the file's), "
                       + "or give --skip-bad-rows to import the rest.")
        }
        if dryRun { Shell.say("Dry run: nothing was changed.") }
        return true
    }

    static func fieldList() -> String {
        var lines = ["Fields a column can map to (--map \"COLUMN=field\"):"]
        let width = CRMField.allCases.map(\.rawValue.count).max() ?? 10
        for field in CRMField.allCases {
            lines.append("  " + field.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + field.meaning)
        }
        lines.append("")
        lines.append("Known out of the box:")
        lines.append("  Salesforce: Account Name, Account ID, Account Owner, Industry, Employees, Billing City, "
                     + "Billing State/Province, Billing Country")
        lines.append("  HubSpot: Company name, Record ID, Company owner, Industry, Number of Employees, City, State/Region, "
                     + "Country/Region")
        lines.append("  Annual Revenue is the customer's own revenue and is left out (map it to annual-value if your CRM keeps the "
                     + "contract value there); any field name above is also known as a column name.")
        return lines.joined(separator: "\n")
    }
}
