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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            var data = try encoder.encode(Shown(schemaVersion: PortfolioListing.schemaVersion, today: today.iso,
                                                summary: summary, account: account))
            data.append(0x0A)
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

    static func text(_ a: Account, summary: PortfolioListing.Row?, today: CalendarDate) -> String {
        var lines: [String] = []
        lines.append("\(a.name)  (id \(a.id)\(a.crmRecord.map { ", \($0.source) record \($0.recordID)" } ?? ""))")
        if let s = summary {
            lines.append("Stage \(s.stage) \(s.stageName) · readiness \(s.readiness)/6, \(s.verdict) · T-day \(s.tDay) (\(s.tDayLabel)) · health \(s.health)")
            if !s.flags.isEmpty { lines.append("Needs attention: " + s.flags.map(\.text).joined(separator: "; ")) }
        }
        lines.append("People: coordinator \(a.people.onboardingCoordinator.isEmpty ? "—" : a.people.onboardingCoordinator), "
                     + "lead \(a.people.onboardingLead), account manager \(a.people.accountManager.isEmpty ? "—" : a.people.accountManager)")
        if !a.contacts.isEmpty {
            lines.append("Contacts: " + a.contacts.map { $0.name + ($0.isSponsor ? " (sponsor)" : "") }.joined(separator: ", "))
        }
        lines.append(a.health.isRated ? "Health: \(a.health.title) since \(a.health.setOn.iso) — \(a.health.rationale)"
                                      : "Health: not rated (baton health sets it)")
        lines.append("")
        lines.append("Readiness")
        for condition in ReadinessCondition.allCases {
            let mark = a.readiness[condition]
            let validity = Readiness.validity(of: condition, in: a, today: today)
            var detail = ""
            if let e = mark.evidence { detail = " — \(e.summary) (\(e.date.iso))" }
            if let act = mark.action { detail = " — \(act.what): \(act.owner) by \(act.deadline.iso)" }
            let stale = mark.status == .met && !validity.isValid ? " [not valid: \(validity.reason ?? "")]" : ""
            lines.append("  \(condition.number) \(condition.title): \(mark.status.title)\(detail)\(stale)")
        }
        lines.append("")
        lines.append("Risks (baton risk close|materialise \(a.id) N)")
        if a.risks.isEmpty { lines.append("  none recorded") }
        for (i, r) in a.risks.enumerated() {
            lines.append("  \(i + 1). [\(r.status.rawValue)] \(r.statement) — \(r.likelihood.title)×\(r.impact.title) = \(r.severity), "
                         + "\(r.owner), review \(r.nextReview.iso)")
        }
        lines.append("")
        lines.append("Open issues (baton issue close|recommit|rescope \(a.id) N)")
        if a.openIssues.isEmpty { lines.append("  none recorded") }
        for (i, issue) in a.openIssues.enumerated() {
            lines.append("  \(i + 1). [\(issue.isClosed ? "closed" : "open")] \(issue.description) — \(issue.owner) by \(issue.deadline.iso)")
        }
        lines.append("")
        lines.append("Timeline (baton tick \(a.id) N)")
        for (i, step) in a.timeline.enumerated() {
            let state = step.doneOn.map { "done \($0.iso)" } ?? (step.due < today ? "OVERDUE" : "due")
            lines.append("  \(i + 1). \(step.due.iso) \(TransferDay.label(daysFromTDay: step.offsetDays))  \(step.title)  [\(state)]")
        }
        return lines.joined(separator: "\n")
    }
}
