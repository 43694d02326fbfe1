import Foundation

/// `baton load`: each person's load, as JSON for scripts (the table for people is drawn by BatonUI).
public struct TeamLoadListing: Sendable {
    /// The version of the JSON's shape.
    public static let schemaVersion = 1

    public var load: TeamLoad

    public init(portfolio: Portfolio, today: CalendarDate, horizon: Int = 14) {
        load = TeamLoad(accounts: portfolio.accounts, today: today, horizon: horizon)
    }

    /// Every T-day within the horizon once, soonest first, with the lead and the account manager on it.
    public func upcoming() -> [(day: TeamLoad.TransferDay, lead: String, manager: String)] {
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

    /// `{"schemaVersion": 1, "today", "horizon", "people": [{name, role, accounts, stages, transferDays}]}`.
    public func json() throws -> Data {
        try JSONOutput.encode(Document(schemaVersion: Self.schemaVersion, today: load.today.iso, horizon: load.horizon,
                                       people: load.people.map { p in
            Person(name: p.name, role: p.role.rawValue, accounts: p.accountCount,
                   stages: Stage.allCases.map { p.count(in: $0) }, accountIDs: p.accountIDs,
                   transferDays: p.transferDays.map { TransferDay(id: $0.accountID, name: $0.accountName, tDay: $0.tDay.iso,
                                                                   daysAway: $0.daysAway) })
        }))
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
