import Foundation

/// What the portfolio shows of one account, worked out once per change instead of once per frame.
public struct AccountSummary: Equatable, Sendable, Codable {
    public var id: String
    public var name: String
    /// The name folded for the filter: lower case, accents removed.
    public var searchKey: String
    public var stage: Stage
    /// Live before continuity; from continuity on, the verdict recorded at transfer.
    public var verdict: Verdict
    /// Set when `verdict` is the run the account was transferred on.
    public var verdictAtTransfer: CalendarDate?
    /// nil: not rated.
    public var health: Health.Rating?
    public var tDay: CalendarDate
    public var tDayLabel: String
    public var daysToTDay: Int
    public var highRisks: Int
    public var overdueItems: Int
    /// Knowledge-transfer completeness: complete CRM areas ÷ 9, as a whole percentage (target 95).
    public var knowledgeTransfer: Int
    public var owner: String
    /// Our people the team's views are cut by ("my accounts", a person's accounts).
    public var onboardingLead: String
    public var accountManager: String
    public var scheduleDriven: Bool
    public var attention: [AttentionReason]
    /// Set when the account left the portfolio: listed only on the archived toggle, marked.
    public var archived: Archival?

    public init(account: Account, today: CalendarDate) {
        id = account.id
        name = account.name
        searchKey = Self.fold(account.name)
        stage = account.stage
        let shown = Readiness.displayedVerdict(for: account, today: today)
        verdict = shown.verdict
        verdictAtTransfer = shown.atTransfer?.on
        health = account.health.rating
        knowledgeTransfer = Int((KnowledgeTransfer.completeness(of: account) * 100).rounded())
        tDay = account.tDay
        tDayLabel = account.tDayLabel(today: today)
        daysToTDay = today.days(until: account.tDay)
        highRisks = account.highSeverityOpenRisks().count
        archived = account.archived
        // An account that left the portfolio needs nothing more from the lead.
        attention = account.isActive ? Attention.reasons(for: account, today: today) : []
        overdueItems = attention.reduce(0) {
            if case .overdueActions(let n) = $1 { return $0 + n }
            if case .overdueGapAction = $1 { return $0 + 1 }
            return $0
        }
        owner = account.people.primaryOwner
        onboardingLead = account.people.onboardingLead
        accountManager = account.people.accountManager
        scheduleDriven = account.isScheduleDrivenTransition
    }

    /// Case- and accent-insensitive: "societe" finds "Société", "MULLER" finds "Müller".
    public static func fold(_ text: String) -> String {
        // Contiguous UTF-8 once, here: the filter reads every name's bytes at each key, and a
        // string Foundation hands back may need converting on every read.
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        folded.makeContiguousUTF8()
        return folded
    }
}
