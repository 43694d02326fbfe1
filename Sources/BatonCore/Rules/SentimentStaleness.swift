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
    /// 8 days ago is stale, as for condition 6. A note dated after today does not count.
    public func isSentimentStale(today: CalendarDate) -> Bool {
        guard let latest = latestSponsorSentiment(onOrBefore: today) else { return true }
        return latest.capturedOn.days(until: today) > Readiness.freshnessDays
    }

    func latestSponsorSentiment(onOrBefore day: CalendarDate?) -> SentimentNote? {
        let sponsors = Set(contacts.filter(\.isSponsor).map { Self.nameKey($0.name) })
        guard !sponsors.isEmpty else { return nil }
        var latest: SentimentNote?
        for note in sentiment where sponsors.contains(Self.nameKey(note.contact)) {
            if let day, note.capturedOn > day { continue }
            if latest.map({ note.capturedOn >= $0.capturedOn }) ?? true { latest = note }
        }
        return latest
    }

    private static func nameKey(_ name: String) -> String { RuleText.trimmed(name).lowercased() }
}
