/// What a named customer contact said, on a date, ideally in their own words.
public struct SentimentNote: Codable, Hashable, Sendable, Identifiable {
    public enum Tone: String, Codable, CaseIterable, Sendable { case positive, neutral, negative }

    public var id: String
    public var capturedOn: CalendarDate
    /// The contact's name, as they are known on the account.
    public var contact: String
    public var words: String
    public var isVerbatim: Bool
    public var tone: Tone

    public init(id: String, capturedOn: CalendarDate, contact: String, words: String,
                isVerbatim: Bool = true, tone: Tone) {
        self.id = id
        self.capturedOn = capturedOn
        self.contact = contact
        self.words = words
        self.isVerbatim = isVerbatim
        self.tone = tone
    }
}
