/// What backs a Met: a summary, a date, who provided or observed it, and the facts the
/// condition's standard names, each as its own field so that a rule can judge it.
///
/// The condition-specific fields are optional because each condition asks for different ones
/// (and stores written before a field existed lack it); `Readiness.validity` says which a given
/// condition cannot do without.
public struct Evidence: Codable, Hashable, Sendable {
    public var summary: String
    /// The evidence's own date: sign-off signed, report produced, check observed, conversation
    /// held, sentiment captured.
    public var date: CalendarDate
    /// Who provided it. Condition 5: the sponsor the conversation was with; condition 6: the
    /// sponsor whose words these are.
    public var providedBy: String
    /// Condition 1: who signed the implementation sign-off (the sponsor, or a contact the
    /// account names as an authorised signatory).
    public var signatory: String?
    /// Condition 1: where the signed sign-off is filed ("the CRM, Documents › Sign-off.pdf").
    public var filedIn: String?
    /// Condition 2: the period the usage report covers.
    public var periodStart: CalendarDate?
    public var periodEnd: CalendarDate?
    /// Condition 2: how many named end-users the purchase expects, and how many the report
    /// shows at baseline activity.
    public var expectedUsers: Int?
    public var baselineUsers: Int?
    /// Condition 4: who observed the competence check (someone on our side, never the customer).
    public var observedBy: String?
    /// Condition 4: the core workflows the users demonstrated without operator support.
    public var demonstrated: String?
    /// Condition 5: the processes the conversation with the sponsor covered, each ticked.
    public var topics: Set<ProcessTopic>?
    /// Conditions 5 and 6: where the conversation, or the sponsor's words, were captured in
    /// writing (minutes, an email, the CRM).
    public var capturedIn: String?
    /// Condition 6: the sponsor's own words, as said: first person, quoted.
    public var sponsorWords: String?
    /// Condition 6: the tone of the sponsor's words, chosen by the lead; the standard asks for positive.
    public var tone: SentimentNote.Tone?

    public init(summary: String, date: CalendarDate, providedBy: String, signatory: String? = nil,
                filedIn: String? = nil, periodStart: CalendarDate? = nil, periodEnd: CalendarDate? = nil,
                expectedUsers: Int? = nil, baselineUsers: Int? = nil, observedBy: String? = nil,
                demonstrated: String? = nil, topics: Set<ProcessTopic>? = nil, capturedIn: String? = nil,
                sponsorWords: String? = nil, tone: SentimentNote.Tone? = nil) {
        self.summary = summary
        self.date = date
        self.providedBy = providedBy
        self.signatory = signatory
        self.filedIn = filedIn
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.expectedUsers = expectedUsers
        self.baselineUsers = baselineUsers
        self.observedBy = observedBy
        self.demonstrated = demonstrated
        self.topics = topics
        self.capturedIn = capturedIn
        self.sponsorWords = sponsorWords
        self.tone = tone
    }

    /// As the synthesized encoding writes it (absent optionals left out), but with the topics in
    /// the standard's order: a set's own order changes from run to run, and the store, the journal
    /// and a shared database compare what they write.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(summary, forKey: .summary)
        try c.encode(date, forKey: .date)
        try c.encode(providedBy, forKey: .providedBy)
        try c.encodeIfPresent(signatory, forKey: .signatory)
        try c.encodeIfPresent(filedIn, forKey: .filedIn)
        try c.encodeIfPresent(periodStart, forKey: .periodStart)
        try c.encodeIfPresent(periodEnd, forKey: .periodEnd)
        try c.encodeIfPresent(expectedUsers, forKey: .expectedUsers)
        try c.encodeIfPresent(baselineUsers, forKey: .baselineUsers)
        try c.encodeIfPresent(observedBy, forKey: .observedBy)
        try c.encodeIfPresent(demonstrated, forKey: .demonstrated)
        try c.encodeIfPresent(topics?.sorted(), forKey: .topics)
        try c.encodeIfPresent(capturedIn, forKey: .capturedIn)
        try c.encodeIfPresent(sponsorWords, forKey: .sponsorWords)
        try c.encodeIfPresent(tone, forKey: .tone)
    }
}
