import BatonCore
import Foundation

/// `baton load`: each person's load as an aligned table for people, or JSON for scripts.
public struct TeamLoadListing: Sendable {
    /// The version of the JSON's shape.
    public static let schemaVersion = 1

    public var load: TeamLoad

    public init(portfolio: Portfolio, today: CalendarDate, horizon: Int = 14) {
        load = TeamLoad(accounts: portfolio.accounts, today: today, horizon: horizon)
    }

    /// One row per person and role, then every T-day within the horizon once, with its lead and
    /// account manager.
    public func table() -> String {
        let header = ["Person", "Role", "Accounts"] + Stage.allCases.map { "\($0.rawValue)" } + ["T≤\(load.horizon)d"]
        let rows = load.people.map { p in
            [p.name.isEmpty ? "(nobody named)" : DisplayText.sanitize(p.name), p.role.title, "\(p.accountCount)"]
                + Stage.allCases.map { p.count(in: $0) == 0 ? "·" : "\(p.count(in: $0))" } + [p.transferDays.isEmpty ? "·" : "\(p.transferDays.count)"]
        }
        var out = Self.aligned([header] + rows, leftColumns: 2)
        out += "Stages: " + Stage.allCases.map { "\($0.rawValue) \($0.shortTitle)" }.joined(separator: " · ") + "\n"
        let days = upcoming()
        out += "\n"
        guard !days.isEmpty else {
            return out + "No T-day in the next \(load.horizon) days (to \(load.today.adding(days: load.horizon).iso)).\n"
        }
        out += "T-days in the next \(load.horizon) days (to \(load.today.adding(days: load.horizon).iso)):\n"
        let lines = days.map { d in
            ["  " + d.day.tDay.iso, d.day.daysAway == 0 ? "today" : "in \(d.day.daysAway) d", DisplayText.sanitize(d.day.accountName),
             "lead " + (d.lead.isEmpty ? "—" : DisplayText.sanitize(d.lead)),
             "manager " + (d.manager.isEmpty ? "—" : DisplayText.sanitize(d.manager))]
        }
        out += Self.aligned(lines, leftColumns: 5)
        return out
    }

    /// Every T-day within the horizon once, soonest first, with the lead and the account manager on it.
    func upcoming() -> [(day: TeamLoad.TransferDay, lead: String, manager: String)] {
        var lead: [String: String] = [:], manager: [String: String] = [:]
        var days: [String: TeamLoad.TransferDay] = [:]
        for p in load.people {
            for d in p.transferDays {
                days[d.accountID] = d
                if p.role == .onboardingLead { lead[d.accountID] = p.name } else { manager[d.accountID] = p.name }
            }
        }
        return days.values.sorted { ($0.tDay, $0.accountName, $0.accountID) < ($1.tDay, $1.accountName, $1.accountID) }
            .map { ($0, lead[$0.accountID] ?? "", manager[$0.accountID] ?? "") }
    }

    static func aligned(_ rows: [[String]], leftColumns: Int) -> String {
        var widths: [Int] = []
        for row in rows {
            for (i, c) in row.enumerated() {
                if widths.count <= i { widths.append(0) }
                widths[i] = max(widths[i], DisplayText.width(c))
            }
        }
        return rows.map { row in
            row.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - DisplayText.width(c))
                if i < leftColumns { return i == row.count - 1 ? c : c + pad }
                return pad + c
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `{"schemaVersion": 1, "today", "horizon", "people": [{name, role, accounts, stages, transferDays}]}`.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(schemaVersion: Self.schemaVersion, today: load.today.iso, horizon: load.horizon,
                                people: load.people.map { p in
            Person(name: p.name, role: p.role.rawValue, accounts: p.accountCount,
                   stages: Stage.allCases.map { p.count(in: $0) }, accountIDs: p.accountIDs,
                   transferDays: p.transferDays.map { TransferDay(id: $0.accountID, name: $0.accountName, tDay: $0.tDay.iso,
                                                                   daysAway: $0.daysAway) })
        })
        var data = SafeText.escapingControls(inJSON: try encoder.encode(document))
        data.append(0x0A)
        return data
    }

    struct Document: Encodable {
        var schemaVersion: Int
        var today: String
        var horizon: Int
        var people: [Person]
    }

    struct Person: Encodable {
        var name: String
        /// "onboardingLead" or "accountManager".
        var role: String
        var accounts: Int
        /// Accounts in stages 1 to 8, in order.
        var stages: [Int]
        var accountIDs: [String]
        var transferDays: [TransferDay]
    }

    struct TransferDay: Encodable {
        var id: String
        var name: String
        var tDay: String
        var daysAway: Int
    }
}
