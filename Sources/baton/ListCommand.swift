import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// `baton list`: the portfolio, one account per line. Read-only: no lock, nothing created or folded.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One line per account: stage, readiness n/6, verdict, T-day, health, high risks, overdue items, flags.",
        discussion: """
        Reads the store as it is on disk, without the lock: safe while the dashboard is open.
        Examples:
          baton list --attention                          what needs a look today
          baton list --stage 5,6 --sort readiness         the accounts near transfer, least ready first
          baton list --fields name,tDay,flags             just those columns
          baton list --lead "Daniel Ortiz" --stage 3-5    one lead's accounts near readiness
          baton list --attention --json | jq -r '.accounts[] | "\\(.name): \\([.flags[].text] | join("; "))"'
        """)

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Print JSON for scripts: {schemaVersion, today, accounts: […]} (see docs/commands.md and docs/list.schema.json).")
    var json = false

    @Flag(name: .long, help: "List archived accounts too, flagged \"archived\".")
    var archived = false

    @Flag(name: .long, help: "Only the accounts that need attention today (the dashboard's a).")
    var attention = false

    @Option(name: .long, help: ArgumentHelp("Order: t-day (default), readiness, health, stage or name.", valueName: "key"))
    var sort: String = "t-day"

    @Option(name: .long, help: ArgumentHelp("Only these stages, e.g. 5 or 3,4 or 5-8.", valueName: "stages"))
    var stage: String?

    @Flag(name: .long, help: "Only my accounts: where the portfolio's owner is the onboarding lead or the account manager.")
    var mine = false

    @Option(name: .long, help: ArgumentHelp("Only the accounts this person is the onboarding lead of (case does not matter).", valueName: "name"),
            completion: .custom(Completion.people))
    var lead: String?

    @Option(name: .long, help: ArgumentHelp("Only the accounts this person is the account manager of (case does not matter).", valueName: "name"),
            completion: .custom(Completion.people))
    var manager: String?

    @Option(name: .long, help: ArgumentHelp("Only these columns or JSON keys, e.g. name,tDay,flags (the JSON keys in docs/commands.md).", valueName: "fields"))
    var fields: String?

    @Option(name: .long, help: ArgumentHelp("Cut the table's widest columns (with …) to fit this many columns (default: the "
                                            + "terminal's width; no column is ever wider than \(PortfolioListing.columnLimit)).",
                                            valueName: "columns"))
    var width: Int?

    func run() throws {
        let today = try store.resolvedToday()
        let sortKey = SortKey.allCases.first { $0.rawValue.lowercased() == sort.lowercased().replacingOccurrences(of: "-", with: "") }
        guard let sortKey else { throw ValidationError("--sort \"\(sort)\": t-day, readiness, health, stage or name.") }
        let stages = try Self.stages(stage)
        var keys: [String]?
        if let fields {
            switch PortfolioListing.resolve(fields: fields) {
            case .failure(let refusal): throw ValidationError(refusal.reason)
            case .success(let resolved): keys = resolved
            }
        }
        for (flag, name) in [("--lead", lead), ("--manager", manager)] where name.map(TeamScope.isBlank) == true {
            throw ValidationError("\(flag) needs a name, e.g. \(flag) \"Daniel Ortiz\".")
        }
        let portfolio = StoreLook.portfolio(options: store, today: today)
        var team: [TeamScope] = []
        if mine {
            guard !TeamScope.isBlank(portfolio.owner) else {
                throw ValidationError("--mine: the portfolio names no owner to find your accounts by; use --lead NAME or --manager NAME.")
            }
            team.append(.mine(portfolio.owner))
        }
        if let lead { team.append(.person(.onboardingLead, lead)) }
        if let manager { team.append(.person(.accountManager, manager)) }
        let listing = PortfolioListing(portfolio: portfolio, today: today, includeArchived: archived, sort: sortKey,
                                       attentionOnly: attention, stages: stages, team: team)
        if json {
            FileHandle.standardOutput.write(try listing.json(fields: keys))
        } else {
            if let width, width < 1 { throw ValidationError("--width \(width): a number of columns, at least 1.") }
            print(listing.table(fields: keys ?? PortfolioListing.defaultFields, width: width ?? Shell.terminalWidth()), terminator: "")
        }
    }

    static func stages(_ text: String?) throws -> Set<Int> {
        guard let text else { return [] }
        var stages: Set<Int> = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                  (1...8).contains(low), (1...8).contains(high), low <= high else {
                throw ValidationError("--stage \"\(text)\": stages are 1 to 8, e.g. 5 or 3,4 or 5-8.")
            }
            stages.formUnion(low...high)
        }
        return stages
    }
}
