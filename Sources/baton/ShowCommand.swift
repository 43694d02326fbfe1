import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// `baton show ACCOUNT`: one account in full, its registers and timeline numbered as `risk`,
/// `issue` and `tick` take them. Read-only: no lock, nothing created or folded.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One account: readiness, risks, open issues and timeline, numbered for the other commands.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var target: AccountArgument

    @Flag(name: .long, help: "Print JSON: {schemaVersion, today, summary (as in list --json), account (as stored)}.")
    var json = false

    func run() throws {
        let today = try store.resolvedToday()
        let portfolio = StoreLook.portfolio(options: store, today: today)
        let account: Account
        switch portfolio.find(target.account) {
        case .failure(let refusal): Shell.fail(refusal.reason)
        case .success(let found): account = found
        }
        let summary = PortfolioListing(portfolio: Portfolio(owner: portfolio.owner, accounts: [account]), today: today,
                                       includeArchived: true).rows.first
        if json {
            // The one JSON writer: C1, bidi controls and DEL escaped, as in `list --json`.
            let data = try JSONOutput.encode(Shown(schemaVersion: PortfolioListing.schemaVersion, today: today.iso,
                                                   summary: summary, account: account))
            FileHandle.standardOutput.write(data)
            return
        }
        Shell.say(Self.text(account, summary: summary, today: today))
    }

    struct Shown: Encodable {
        var schemaVersion: Int
        var today: String
        var summary: PortfolioListing.Row?
        var account: Account
    }

    /// The summary line and the flags, then every part of the account (`AccountSheet`).
    static func text(_ a: Account, summary: PortfolioListing.Row?, today: CalendarDate) -> String {
        var lines: [String] = ["\(a.name)  (id \(a.id)\(a.crmRecord.map { ", \($0.source) record \($0.recordID)" } ?? ""))"]
        if let s = summary {
            lines.append("Stage \(s.stage) \(s.stageName) · readiness \(s.readiness)/6, \(s.verdict) · T-day \(s.tDay) (\(s.tDayLabel)) · health \(s.health)")
            if !s.flags.isEmpty { lines.append("Needs attention: " + s.flags.map(\.text).joined(separator: "; ")) }
        }
        return lines.joined(separator: "\n") + "\n\n" + AccountSheet.text(a, today: today, timeZone: .current)
    }
}
