/// What backs a Met: a summary, a date, who provided or observed it, and what the condition asks for.
///
/// The condition-specific fields are optional here because each condition asks for different
/// ones; `EvidenceRequirement` says which a given condition cannot do without.
public struct Evidence: Codable, Hashable, Sendable {
    public var summary: String
    /// The evidence's own date: sign-off signed, report produced, check observed, sentiment captured.
    public var date: CalendarDate
    public var providedBy: String
    /// Condition 1: who signed the implementation sign-off.
    public var signatory: String?
    /// Condition 2: the period the usage report covers.
    public var periodStart: CalendarDate?
    public var periodEnd: CalendarDate?
    /// Condition 4: who observed the competence check (the onboarding operator).
    public var observedBy: String?
    /// Condition 6: the sponsor's own words.
    public var sponsorWords: String?

    public init(summary: String, date: CalendarDate, providedBy: String, signatory: String? = nil,
                periodStart: CalendarDate? = nil, periodEnd: CalendarDate? = nil, observedBy: String? = nil,
                sponsorWords: String? = nil) {
        self.summary = summary
        self.date = date
        self.providedBy = providedBy
        self.signatory = signatory
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.observedBy = observedBy
        self.sponsorWords = sponsorWords
    }
}
