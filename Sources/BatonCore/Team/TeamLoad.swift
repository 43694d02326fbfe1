/// Each person's load across a team's portfolio: for every onboarding lead and every account
/// manager, their accounts per stage and the T-days coming in the next days (14 by default) —
/// what a director reads to see who is carrying too much before a week of transfers lands.
public struct TeamLoad: Equatable, Sendable {
    /// A T-day still to be walked, within the horizon.
    public struct TransferDay: Equatable, Sendable {
        public var accountID: String
        public var accountName: String
        public var tDay: CalendarDate
        /// 0 is today.
        public var daysAway: Int
    }

    /// One person in one role.
    public struct Person: Equatable, Sendable {
        /// The name as first written on an account; "" when the role is left empty.
        public var name: String
        public var role: TeamRole
        /// Their accounts, in the order the portfolio holds them.
        public var accountIDs: [String]
        /// Accounts per stage; a stage with none is absent.
        public var byStage: [Stage: Int]
        /// T-days within the horizon, soonest first.
        public var transferDays: [TransferDay]

        public var accountCount: Int { accountIDs.count }
        public func count(in stage: Stage) -> Int { byStage[stage] ?? 0 }
    }

    /// Onboarding leads first, then account managers; within a role, the most accounts first, then by name.
    public var people: [Person]
    public var today: CalendarDate
    /// How many days ahead a T-day counts as coming: today through today + horizon.
    public var horizon: Int

    /// Active accounts only: an archived account is nobody's load. An account is the onboarding
    /// lead's load until T-day change 4 moves its reporting to the new owner (000:452), and the
    /// account manager's from then on. A T-day counts, for both of them, when it falls within the
    /// horizon and the account has not reached transfer day yet (as the portfolio's "T-day ≤ 14d"
    /// counts it), so a transfer already made is not load still to come.
    public init(accounts: [Account], today: CalendarDate, horizon: Int = 14) {
        self.today = today
        self.horizon = horizon
        var people: [Person] = []
        for role in TeamRole.allCases {
            var mine: [Person] = []
            // One row per person however their name was typed (as `TeamScope.sameName` matches them).
            var rows: [String: Int] = [:]
            for account in accounts where account.isActive {
                let name = role.name(in: account.people).trimmingCharacters(in: .whitespaces)
                let key = name.lowercased()
                let i: Int
                if let known = rows[key] {
                    i = known
                } else {
                    mine.append(Person(name: name, role: role, accountIDs: [], byStage: [:], transferDays: []))
                    i = mine.count - 1
                    rows[key] = i
                }
                if account.reportsToAccountManager == (role == .accountManager) {
                    mine[i].accountIDs.append(account.id)
                    mine[i].byStage[account.stage, default: 0] += 1
                }
                let days = today.days(until: account.tDay)
                if account.stage < .transferDay && (0...horizon).contains(days) {
                    mine[i].transferDays.append(TransferDay(accountID: account.id, accountName: account.name,
                                                            tDay: account.tDay, daysAway: days))
                }
            }
            for i in mine.indices {
                mine[i].transferDays.sort { ($0.tDay, $0.accountName) < ($1.tDay, $1.accountName) }
            }
            // Someone whose accounts have all moved on, with no T-day coming, carries no load.
            mine.removeAll { $0.accountIDs.isEmpty && $0.transferDays.isEmpty }
            mine.sort { a, b in
                if a.name.isEmpty != b.name.isEmpty { return !a.name.isEmpty }
                if a.accountCount != b.accountCount { return a.accountCount > b.accountCount }
                return a.name < b.name
            }
            people += mine
        }
        self.people = people
    }

    /// The people in one role.
    public func people(in role: TeamRole) -> [Person] { people.filter { $0.role == role } }
}

extension Account {
    /// Reporting reflects the new owner (T-day change 4, or a transfer made before it was ticked):
    /// the account has left onboarding's load and joined the account manager's portfolio.
    public var reportsToAccountManager: Bool {
        stage >= .continuity || crmTransfer.changes.contains { $0.change == .reportingUpdated && $0.doneAt != nil }
    }
}
