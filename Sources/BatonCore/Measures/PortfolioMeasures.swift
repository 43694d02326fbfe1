/// The portfolio's measures: the per-account measures added up, each with its definition and
/// target beside it, now and month by month over the last twelve months (by the month of
/// T-day), and per account manager or per lead.
public struct PortfolioMeasures: Equatable, Sendable {
    /// One figure: what it measures, its value, the target, and the accounts behind it.
    public struct Figure: Equatable, Sendable {
        public enum Kind: String, CaseIterable, Sendable {
            case readinessScore, knowledgeTransfer, satisfaction, healthMaintained, daysToActivation,
                 jointMeetingSignals, reviewsOnTime, issuesDispositioned, scheduleDriven
        }

        public var kind: Kind
        /// The value as a number (a mean, a share 0…1, or days); nil when nothing could be measured.
        public var value: Double?
        /// How many accounts the figure is taken over.
        public var count: Int
        /// The ids of those accounts, for "the accounts behind it".
        public var accountIDs: [String]

        public var title: String { Self.titles[kind]! }
        public var definition: String { Self.definitions[kind]! }

        /// Where the source sets one: the value a figure should reach (or stay under).
        public var target: (value: Double, atLeast: Bool)? {
            switch kind {
            case .readinessScore: (6, true)
            case .knowledgeTransfer: (0.95, true)
            case .satisfaction: (4.5, true)
            case .healthMaintained, .jointMeetingSignals, .reviewsOnTime, .issuesDispositioned: (1, true)
            case .scheduleDriven: (0, false)
            case .daysToActivation: nil
            }
        }

        /// True when a target is set and met, false when missed, nil without value or target.
        public var meetsTarget: Bool? {
            guard let value, let target else { return nil }
            return target.atLeast ? value >= target.value - 1e-9 : value <= target.value + 1e-9
        }

        public static func == (a: Figure, b: Figure) -> Bool {
            a.kind == b.kind && a.value == b.value && a.count == b.count && a.accountIDs == b.accountIDs
        }

        static let titles: [Kind: String] = [
            .readinessScore: "Readiness score",
            .knowledgeTransfer: "Knowledge transfer",
            .satisfaction: "Customer satisfaction",
            .healthMaintained: "Health held 30/60/90",
            .daysToActivation: "Time to activation",
            .jointMeetingSignals: "Joint meetings, 3 signals",
            .reviewsOnTime: "30-day reviews on time",
            .issuesDispositioned: "Issues decided in 30 days",
            .scheduleDriven: "Schedule-driven",
        ]

        static let definitions: [Kind: String] = [
            .readinessScore: "Mean of the conditions valid (of 6): live before continuity, as transferred after. Target 6.",
            .knowledgeTransfer: "Complete CRM areas ÷ 9, mean over accounts at or past T-day. Target 95 % (all nine).",
            .satisfaction: "\"How smooth was the account transition?\" 1–5, asked in the 30-day review; mean. Target 4.5.",
            .healthMaintained: "Share of transferred accounts whose health at T+30/60/90 is no worse than at T-day. Target all.",
            .daysToActivation: "Mean days from the start of onboarding to the first day of the usage period condition 2 was evidenced with.",
            .jointMeetingSignals: "Share of joint transition meetings where all three success signals were ticked. Target all.",
            .reviewsOnTime: "Share of transferred accounts whose 30-day review was held by T+30 (a week's grace). Target all.",
            .issuesDispositioned: "Share of open issues closed, re-committed or re-scoped by the account manager by T+30. Target all.",
            .scheduleDriven: "Accounts moved past the stage gate without Cleared, on a recorded reason. Target none.",
        ]
    }

    public var figures: [Figure]

    public func figure(_ kind: Figure.Kind) -> Figure { figures.first { $0.kind == kind }! }

    public init(accounts: [Account], today: CalendarDate) {
        let measured = accounts.map { ($0, AccountMeasures(account: $0, today: today)) }
        func mean(_ values: [(String, Double)]) -> (Double?, Int, [String]) {
            guard !values.isEmpty else { return (nil, 0, []) }
            return (values.map(\.1).reduce(0, +) / Double(values.count), values.count, values.map(\.0))
        }
        func share(_ values: [(String, Bool)]) -> (Double?, Int, [String]) {
            mean(values.map { ($0.0, $0.1 ? 1 : 0) })
        }
        var figures: [Figure] = []
        func add(_ kind: Figure.Kind, _ m: (Double?, Int, [String])) {
            figures.append(Figure(kind: kind, value: m.0, count: m.1, accountIDs: m.2))
        }
        add(.readinessScore, mean(measured.map { ($0.0.id, Double($0.1.readinessScore)) }))
        add(.knowledgeTransfer, mean(measured.filter { $0.0.stage >= .transferDay }.map { ($0.0.id, $0.1.knowledgeTransfer) }))
        add(.satisfaction, mean(measured.compactMap { a, m in m.satisfaction.map { (a.id, Double($0)) } }))
        add(.healthMaintained, share(measured.compactMap { a, m in m.health.maintained.map { (a.id, $0) } }))
        add(.daysToActivation, mean(measured.compactMap { a, m in m.daysToActivation.map { (a.id, Double($0)) } }))
        add(.jointMeetingSignals, share(measured.compactMap { a, m in m.jointMeetingAllSignals.map { (a.id, $0) } }))
        add(.reviewsOnTime, share(measured.compactMap { a, m in m.reviewOnTime.map { (a.id, $0) } }))
        let issues = measured.compactMap { a, m in m.issuesDispositioned.map { (a.id, $0) } }.filter { $0.1.of > 0 }
        let issueTotal = issues.reduce(0) { $0 + $1.1.of }
        figures.append(Figure(kind: .issuesDispositioned,
                              value: issueTotal == 0 ? nil : Double(issues.reduce(0) { $0 + $1.1.done }) / Double(issueTotal),
                              count: issues.count, accountIDs: issues.map(\.0)))
        let overridden = measured.filter { $0.1.scheduleDriven }.map(\.0.id)
        figures.append(Figure(kind: .scheduleDriven, value: accounts.isEmpty ? nil : Double(overridden.count),
                              count: accounts.count, accountIDs: overridden))
        self.figures = figures
    }

    /// The first day of each of the last twelve months, oldest first, ending with today's month.
    public static func lastTwelveMonths(today: CalendarDate) -> [CalendarDate] {
        (0..<12).reversed().map { back in
            let total = today.year * 12 + (today.month - 1) - back
            return CalendarDate(year: total / 12, month: total % 12 + 1, day: 1)!
        }
    }

    /// The portfolio's measures for the accounts whose T-day fell in each of the last twelve
    /// months, each judged as of that month's end (or today, for this month).
    public static func byMonth(accounts: [Account], today: CalendarDate) -> [(month: CalendarDate, measures: PortfolioMeasures)] {
        let months = lastTwelveMonths(today: today)
        return months.map { start in
            let next = CalendarDate(year: start.month == 12 ? start.year + 1 : start.year,
                                    month: start.month == 12 ? 1 : start.month + 1, day: 1)!
            let end = min(next.adding(days: -1), today)
            let inMonth = accounts.filter { $0.tDay >= start && $0.tDay < next && $0.tDay <= today }
            return (start, PortfolioMeasures(accounts: inMonth, today: end))
        }
    }

    /// Who a group is about: the account manager, or the onboarding lead.
    public enum Grouping: String, CaseIterable, Sendable { case accountManager, onboardingLead }

    /// The measures per account manager (or per lead), names in alphabetical order.
    public static func grouped(by grouping: Grouping, accounts: [Account], today: CalendarDate)
        -> [(name: String, measures: PortfolioMeasures)] {
        let groups = Dictionary(grouping: accounts) { account in
            grouping == .accountManager ? account.people.accountManager : account.people.onboardingLead
        }
        return groups.keys.sorted().map { ($0, PortfolioMeasures(accounts: groups[$0]!, today: today)) }
    }
}
