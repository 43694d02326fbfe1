import BatonCore

/// The measures view's state: which tab, where the cursor is, and the figures themselves,
/// worked out once when the view opens (a portfolio of thousands would otherwise recount them
/// on every frame).
public struct MeasuresBrowser: Equatable, Sendable {
    public enum Tab: Int, CaseIterable, Sendable {
        case now, months, audit, people, load

        public var title: String {
            switch self {
            case .now: "Now"
            case .months: "12 months"
            case .audit: "Audit"
            case .people: "By person"
            case .load: "Load"
            }
        }
    }

    public var tab: Tab = .now
    public var cursor = 0
    /// Showing the accounts behind the figure (or the person) under the cursor.
    public var drilling = false
    public var drillCursor = 0
    public var grouping: PortfolioMeasures.Grouping = .accountManager

    public let asOf: CalendarDate
    public let accountCount: Int
    public let now: PortfolioMeasures
    public let months: [CalendarDate]
    /// Per month, oldest first: the portfolio's measures for the accounts transferred that month.
    public let monthly: [PortfolioMeasures]
    public let audits: [TransitionAudit]
    /// Account names by id, for drawing the accounts behind a figure.
    public let names: [String: String]
    public private(set) var groups: [(name: String, measures: PortfolioMeasures)]
    /// Each lead's and account manager's accounts per stage and coming T-days.
    public let load: TeamLoad
    private let accounts: [Account]

    public init(accounts: [Account], today: CalendarDate) {
        asOf = today
        accountCount = accounts.count
        self.accounts = accounts
        now = PortfolioMeasures(accounts: accounts, today: today)
        let series = PortfolioMeasures.byMonth(accounts: accounts, today: today)
        months = series.map(\.month)
        monthly = series.map(\.measures)
        audits = accounts.compactMap { TransitionAudit(account: $0, today: today) }
        names = Dictionary(accounts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        groups = PortfolioMeasures.grouped(by: .accountManager, accounts: accounts, today: today)
        load = TeamLoad(accounts: accounts, today: today)
    }

    public static func == (a: MeasuresBrowser, b: MeasuresBrowser) -> Bool {
        a.tab == b.tab && a.cursor == b.cursor && a.drilling == b.drilling && a.drillCursor == b.drillCursor
            && a.grouping == b.grouping && a.asOf == b.asOf && a.now == b.now && a.audits == b.audits
            && a.groups.map(\.name) == b.groups.map(\.name) && a.accountCount == b.accountCount && a.load == b.load
    }

    mutating func regroup(_ grouping: PortfolioMeasures.Grouping) {
        self.grouping = grouping
        groups = PortfolioMeasures.grouped(by: grouping, accounts: accounts, today: asOf)
        cursor = 0
    }

    /// Rows the cursor moves over on the current tab.
    var rowCount: Int {
        switch tab {
        case .now, .months: now.figures.count
        case .audit: audits.count
        case .people: groups.count
        case .load: load.people.count
        }
    }

    /// The accounts behind the row under the cursor, as ids.
    var accountsBehindCursor: [String] {
        switch tab {
        case .now, .months:
            return now.figures.indices.contains(cursor) ? now.figures[cursor].accountIDs : []
        case .audit:
            guard audits.indices.contains(cursor) else { return [] }
            return [audits[cursor].accountID]
        case .people:
            guard groups.indices.contains(cursor) else { return [] }
            return groups[cursor].measures.figure(.readinessScore).accountIDs
        case .load:
            return load.people.indices.contains(cursor) ? load.people[cursor].accountIDs : []
        }
    }
}
