import ArgumentParser
import BatonCore
import Foundation

/// `baton export KIND ACCOUNT`: a document or calendar, written where the screen says.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a document, an email draft or a calendar for an account (or the portfolio's calendar).",
        discussion: """
        KIND is one of:
        \(DocumentKind.allCases.map { "  " + $0.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0) + $0.title }.joined(separator: "\n"))

        Customer-facing documents are built from a view of the account that holds nothing internal: \
        no unwritten briefing, no risk register or open issues log, no notes, no stances.

        ACCOUNT matches an account's id or name (a unique part of it is enough; accents and case are \
        ignored). `baton export calendar` with no ACCOUNT writes the whole portfolio's calendar.

        Files go to $XDG_DOCUMENTS_DIR/baton, else ~/Documents/baton, named ACCOUNT-KIND-DATE, with \
        -2, -3… when that name is taken; nothing is ever overwritten unless -o names the file and \
        --force is given. -o - prints to standard output.

        Examples:
          baton --demo export handover northwind
          baton --demo export summary "Northwind" -o summary.md
          baton export calendar                the portfolio agenda, for Outlook or Google Calendar
        """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("What to write (see the list above).", valueName: "kind"))
    var kind: DocumentKind

    @Argument(help: ArgumentHelp("The account's id or name; omit for the portfolio's calendar.", valueName: "account"))
    var account: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (- for standard output).", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the -o file if it exists.")
    var force = false

    func validate() throws {
        if account == nil, kind != .calendar {
            throw ValidationError("Name the account: baton export \(kind.rawValue) ACCOUNT (an id or name, as baton list shows).")
        }
        if force, output == nil {
            throw ValidationError("--force only replaces a file named with -o; without -o a new name is always chosen.")
        }
    }

    func run() throws {
        let today = try store.resolvedToday()
        // A shared database is read as `list` and `show` read it; a local store is opened (and closed) as before.
        let opened = SharedShell.settings(store) == nil ? try OpenedStore(options: store, today: today) : nil
        defer { opened?.close() }
        let portfolio = opened?.store.portfolio ?? StoreLook.portfolio(options: store, today: today)
        let now = Date()
        let text: String
        var accountID: String? = nil
        if let query = account {
            // The account as every other command finds it (Portfolio.find): one rule for "which account".
            let found: Account
            switch portfolio.find(query) {
            case .success(let a): found = a
            case .failure(let refusal): throw fail(refusal.reason)
            }
            accountID = found.id
            text = Documents.render(kind, account: found, today: today, now: now)
        } else {
            text = Documents.portfolioCalendar(portfolio, today: today, now: now)
        }

        if output == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let path: String
        do {
            if let output {
                path = URL(fileURLWithPath: (output as NSString).expandingTildeInPath).standardizedFileURL.path
                try DocumentExport.write(text, kind: kind, to: path, replacing: force)
            } else {
                path = try DocumentExport.writeNew(text, kind: kind, accountID: accountID, today: today)
            }
        } catch let failure as DocumentExport.Failure {
            throw fail("\(failure)")
        }
        let audience = kind.isCustomerFacing ? "for the customer" : kind == .calendar ? "calendar" : "internal"
        print("Wrote \(DocumentExport.shown(path)) (\(audience))")
    }
}

/// Says what went wrong on stderr, without the usage text (the command line itself was right),
/// and gives the exit status 1 to throw, so the store still closes on the way out.
private func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("baton: \(message)\n".utf8))
    return ExitCode(1)
}

extension DocumentKind: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
