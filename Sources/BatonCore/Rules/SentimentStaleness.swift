extension Account {
    /// The most recent sentiment note from a contact tagged sponsor, matched by name.
    ///
    /// Names are compared trimmed and case-insensitively, because the note's contact is typed
    /// in a meeting and "amira haddad " is still Amira Haddad. Among notes on the same day the
    /// later one in the list wins: it was written down later.
    public func latestSponsorSentiment() -> SentimentNote? {
        latestSponsorSentiment(onOrBefore: nil)
    }

    /// No sponsor sentiment captured within the last 7 days: captured 7 days ago is fresh,
    /// 8 days ago is stale, as for condition 6. A note dated after today does not count, and
    /// neither does a negative one: it is a signal to act on (`isSponsorSentimentNegative`),
    /// never fresh evidence of confidence.
    public func isSentimentStale(today: CalendarDate) -> Bool {
        guard let latest = latestSponsorSentiment(onOrBefore: today, excludingNegative: true) else { return true }
        return latest.capturedOn.days(until: today) > Readiness.freshnessDays
    }

    /// The sponsor's latest note (as of today) is negative.
    public func isSponsorSentimentNegative(today: CalendarDate) -> Bool {
        latestSponsorSentiment(onOrBefore: today)?.tone == .negative
    }

    func latestSponsorSentiment(onOrBefore day: CalendarDate?, excludingNegative: Bool = false) -> SentimentNote? {
        let sponsors = Set(contacts.filter(\.isSponsor).map { Self.nameKey($0.name) })
        guard !sponsors.isEmpty else { return nil }
        var latest: SentimentNote?
        for note in sentiment where sponsors.contains(Self.nameKey(note.contact)) {
            if let day, note.capturedOn > day { continue }
            if excludingNegative, note.tone == .negative { continue }
            if latest.map({ note.capturedOn >= $0.capturedOn }) ?? true { latest = note }
        }
        return latest
    }

    private static func nameKey(_ name: String) -> String { PersonName.fold(name) }
}

extension Account {
    /// A contact on the customer's side, by name (trimmed, any case).
    public func isCustomerContact(_ name: String) -> Bool {
        let key = Self.personKey(name)
        return !key.isEmpty && contacts.contains { Self.personKey($0.name) == key }
    }

    /// The contact tagged sponsor, by name.
    public func isSponsorContact(_ name: String) -> Bool {
        let key = Self.personKey(name)
        return !key.isEmpty && contacts.contains { $0.isSponsor && Self.personKey($0.name) == key }
    }

    /// A contact the account names as an authorised signatory, by name.
    public func isAuthorisedSignatory(_ name: String) -> Bool {
        let key = Self.personKey(name)
        return !key.isEmpty && contacts.contains { $0.isAuthorisedSignatory && Self.personKey($0.name) == key }
    }

    /// Someone on our side who may observe a competence check: the onboarding coordinator (the
    /// operator) or the onboarding lead — never a customer contact, whose word is self-report.
    public func isOurObserver(_ name: String) -> Bool {
        let key = Self.personKey(name)
        guard !key.isEmpty, !isCustomerContact(name) else { return false }
        return [people.onboardingCoordinator, people.onboardingLead].map(Self.personKey).contains(key)
    }

    /// Names compared as the rest of Baton compares them (`PersonName`).
    static func personKey(_ name: String) -> String { PersonName.fold(name) }
}
