import Foundation

/// `baton list`: one row per account, as an aligned table for people or JSON for scripts.
///
/// The JSON is documented in docs/commands.md and described by `docs/list.schema.json`; a change to
/// its shape raises `schemaVersion`.
public struct PortfolioListing: Sendable {
    /// The version of the JSON's shape: a script can check it before trusting the keys.
    public static let schemaVersion = 1

    /// A flag on a row: a stable code for scripts and its English text for people.
    public struct Flag: Codable, Equatable, Sendable {
        public var code: String
        public var text: String
        /// The number behind the flag (overdue items, days to T-day…), when it has one.
        public var count: Int?
    }

    /// One account's row; also the JSON object in `accounts`.
    public struct Row: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var stage: Int
        public var stageName: String
        /// Conditions valid today, 0–6.
        public var readiness: Int
        public var cleared: Bool
        public var verdict: String
        /// From continuity on: the date of the run the transfer was made on (the verdict's source).
        public var verdictAtTransfer: String?
        public var gaps: [Int]
        public var tDay: String
        /// Days from T-day: negative before it ("T−3" is -3), positive after.
        public var tDayOffset: Int
        public var tDayLabel: String
        /// green, amber, red, or "not rated" (nobody has rated it: never counted as green).
        public var health: String
        public var highSeverityOpenRisks: Int
        public var overdueItems: Int
        /// Knowledge-transfer completeness, complete CRM areas of nine as a whole percentage.
        public var knowledgeTransfer: Int
        public var flags: [Flag]
        /// Set on an archived account (listed only with `--archived`): the day it was archived.
        public var archivedOn: String?
        /// The CRM record the account was imported from.
        public var crmRecordID: String?

        static let onlyKeys = CodingUserInfoKey(rawValue: "baton.onlyKeys")!

        enum CodingKeys: String, CodingKey {
            case id, name, stage, stageName, readiness, cleared, verdict, verdictAtTransfer, gaps, tDay, tDayOffset,
                 tDayLabel, health, highSeverityOpenRisks, overdueItems, knowledgeTransfer, flags, archivedOn, crmRecordID
        }

        /// Every key, or only those `--fields` asked for; an absent optional is left out.
        public func encode(to encoder: Encoder) throws {
            let only = encoder.userInfo[Self.onlyKeys] as? Set<String>
            var c = encoder.container(keyedBy: CodingKeys.self)
            func put<T: Encodable>(_ value: T?, _ key: CodingKeys) throws {
                guard only?.contains(key.rawValue) ?? true, let value else { return }
                try c.encode(value, forKey: key)
            }
            try put(id, .id); try put(name, .name); try put(stage, .stage); try put(stageName, .stageName)
            try put(readiness, .readiness); try put(cleared, .cleared); try put(verdict, .verdict)
            try put(verdictAtTransfer, .verdictAtTransfer); try put(gaps, .gaps); try put(tDay, .tDay)
            try put(tDayOffset, .tDayOffset); try put(tDayLabel, .tDayLabel); try put(health, .health)
            try put(highSeverityOpenRisks, .highSeverityOpenRisks); try put(overdueItems, .overdueItems)
            try put(knowledgeTransfer, .knowledgeTransfer)
            try put(flags, .flags); try put(archivedOn, .archivedOn); try put(crmRecordID, .crmRecordID)
        }
    }

    /// The keys `--fields` takes, in table order, with their column headings.
    public static let fields: [(key: String, heading: String)] = [
        ("name", "Account"), ("id", "Id"), ("stage", "Stage"), ("readiness", "Ready"), ("verdict", "Verdict"),
        ("tDay", "T-day"), ("tDayLabel", "T±"), ("health", "Health"), ("highSeverityOpenRisks", "High risks"),
        ("overdueItems", "Overdue"), ("knowledgeTransfer", "KT"), ("flags", "Flags"), ("gaps", "Gaps"), ("tDayOffset", "T offset"),
        ("crmRecordID", "CRM record"), ("archivedOn", "Archived"),
    ]
    public static let defaultFields = ["name", "stage", "readiness", "verdict", "tDay", "tDayLabel", "health",
                                       "highSeverityOpenRisks", "overdueItems", "knowledgeTransfer", "flags"]

    public var rows: [Row]
    public var today: CalendarDate

    /// Rows in `sort` order (T-day, soonest first, by default); only accounts needing attention
    /// with `attentionOnly`; only the given stages when `stages` is not empty; archived accounts
    /// only when asked, flagged as archived; only the accounts in every one of `team`'s scopes
    /// (`--mine`, `--lead`, `--manager`), strictly: "mine" here means mine, even when that is none.
    public init(portfolio: Portfolio, today: CalendarDate, includeArchived: Bool = false, sort: SortKey = .tDay,
                attentionOnly: Bool = false, stages: Set<Int> = [], team: [TeamScope] = []) {
        self.today = today
        let listed = portfolio.accounts.lazy
            .filter { includeArchived || $0.archived == nil }
            .filter { stages.isEmpty || stages.contains($0.stage.rawValue) }
            .filter { a in team.allSatisfy { $0.includes(onboardingLead: a.people.onboardingLead, accountManager: a.people.accountManager) } }
            .map { (summary: AccountSummary(account: $0, today: today), crm: $0.crmRecord?.recordID) }
            .filter { !attentionOnly || !$0.summary.attention.isEmpty }
            .sorted { sort.precedes($0.summary, $1.summary) }
        rows = listed.map { Self.row($0.summary, crmRecordID: $0.crm) }
    }

    /// One account's row, from its summary.
    static func row(_ s: AccountSummary, crmRecordID: String?) -> Row {
        let flags = s.archived.map { [Flag(code: "archived", text: "archived: \($0.reason.title.lowercased()) \($0.on.iso)", count: nil)] }
            ?? s.attention.map(Self.flag)
        return Row(
            id: s.id, name: s.name, stage: s.stage.rawValue, stageName: s.stage.title,
            readiness: s.verdict.score, cleared: s.verdict.isCleared, verdict: s.verdict.isCleared ? "cleared" : "not cleared",
            verdictAtTransfer: s.verdictAtTransfer?.iso,
            gaps: s.verdict.gaps.map(\.condition.number), tDay: s.tDay.iso, tDayOffset: -s.daysToTDay,
            tDayLabel: s.tDayLabel, health: s.health?.rawValue ?? Health.notRatedTitle, highSeverityOpenRisks: s.highRisks,
            overdueItems: s.overdueItems, knowledgeTransfer: s.knowledgeTransfer, flags: flags, archivedOn: s.archived?.on.iso,
            crmRecordID: crmRecordID.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// A stable code for each attention reason, for scripts (`jq '.accounts[] | select(.flags[].code == "stale-sentiment")'`).
    static func flag(_ reason: AttentionReason) -> Flag {
        switch reason {
        case .tDaySoonNotCleared(let days): Flag(code: "t-day-soon-not-cleared", text: reason.label, count: days)
        case .overdueActions(let n): Flag(code: "overdue-actions", text: reason.label, count: n)
        case .rerunCondition(let condition): Flag(code: "re-run-condition", text: reason.label, count: condition.number)
        case .staleVerdict: Flag(code: "stale-verdict", text: reason.label, count: nil)
        case .overdueRiskReviews(let n): Flag(code: "overdue-risk-reviews", text: reason.label, count: n)
        case .staleSentiment: Flag(code: "stale-sentiment", text: reason.label, count: nil)
        case .scheduleDrivenTransition: Flag(code: "schedule-driven-transition", text: reason.label, count: nil)
        case .lateLoggedInteractions(let n): Flag(code: "late-logged-interactions", text: reason.label, count: n)
        case .dispositionOverdue(let n): Flag(code: "disposition-overdue", text: reason.label, count: n)
        case .tDayToAvoid: Flag(code: "t-day-to-avoid", text: reason.label, count: nil)
        case .handoverNotCirculated(let n): Flag(code: "handover-not-circulated", text: reason.label, count: n)
        case .handoverNotFinalised(let n): Flag(code: "handover-not-finalised", text: reason.label, count: n)
        case .overdueGapAction(_, let days): Flag(code: "overdue-gap-action", text: reason.label, count: days)
        case .redHealth: Flag(code: "red-health", text: reason.label, count: nil)
        case .negativeSponsorSentiment: Flag(code: "negative-sponsor-sentiment", text: reason.label, count: nil)
        case .materialisedRisksNotFollowedUp(let n): Flag(code: "materialised-risk-not-followed-up", text: reason.label, count: n)
        case .nothingAtRisk: Flag(code: "nothing-at-risk", text: reason.label, count: nil)
        case .exitIncomplete(let missing): Flag(code: "exit-incomplete", text: reason.label, count: missing.count)
        }
    }

    /// `{"schemaVersion": 1, "today": "…", "accounts": [ … ]}`, keys sorted; with `fields`, each
    /// account holds only those keys (and its id).
    public func json(fields: [String]? = nil) throws -> Data {
        try JSONOutput.encode(Document(schemaVersion: Self.schemaVersion, today: today.iso, accounts: rows),
                              userInfo: fields.map { [Row.onlyKeys: Set($0 + ["id"])] } ?? [:])
    }

    struct Document: Encodable {
        var schemaVersion: Int
        var today: String
        var accounts: [Row]
    }

    /// The keys of `--fields a,b,c` as the JSON spells them (case and hyphens ignored), or the unknown one.
    public static func resolve(fields text: String) -> Result<[String], ChangeRefusal> {
        var keys: [String] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let wanted = part.lowercased().replacingOccurrences(of: "-", with: "")
            guard let key = fields.first(where: { $0.key.lowercased() == wanted })?.key else {
                return .failure(ChangeRefusal("--fields: \"\(part)\" is not a field; the fields are "
                                              + fields.map(\.key).joined(separator: ", ")))
            }
            keys.append(key)
        }
        return .success(keys)
    }

    /// What the table shows of `key` on row `r`.
    public static func cell(_ r: Row, _ key: String) -> String {
        switch key {
        case "name": r.name
        case "id": r.id
        case "stage": "\(r.stage) \(r.stageName)"
        case "readiness": "\(r.readiness)/6"
        case "verdict": r.verdict + (r.verdictAtTransfer == nil ? "" : " at T")
        case "tDay": r.tDay
        case "tDayLabel": r.tDayLabel
        case "tDayOffset": "\(r.tDayOffset)"
        case "health": r.health == Health.notRatedTitle ? r.health : r.health.capitalized
        case "highSeverityOpenRisks": "\(r.highSeverityOpenRisks)"
        case "overdueItems": "\(r.overdueItems)"
        case "knowledgeTransfer": "\(r.knowledgeTransfer)%"
        case "flags": r.flags.map(\.text).joined(separator: "; ")
        case "gaps": r.gaps.map(String.init).joined(separator: ",")
        case "crmRecordID": r.crmRecordID ?? ""
        case "archivedOn": r.archivedOn ?? ""
        default: ""
        }
    }
}
