import Foundation

/// One copy of the text that repeats from account to account because it comes from a template or
/// names a colleague: timeline steps (their ids, titles and template keys), agenda section titles,
/// and the people on the account. A portfolio of 10,000 accounts holds the same "30-day review"
/// 10,000 times; decoded, each was its own allocation, together about a tenth of the portfolio.
///
/// Only what repeats by its nature is shared: a customer's own words (evidence, summaries, notes)
/// are not, because in a real portfolio they do not repeat. Swift strings are values, so sharing
/// their storage changes nothing a reader can see.
enum SharedText {
    /// Past this many distinct texts (a portfolio of hand-written timelines) new ones are left
    /// unshared, so the pool itself stays small.
    static let limit = 16_384

    private static let pool = Pool()

    static func shared(_ text: String) -> String {
        // Up to 15 bytes of UTF-8 sit inside the String itself, with no allocation to share.
        guard text.utf8.count > 15 else { return text }
        return pool.shared(text)
    }

    static func shared(_ text: String?) -> String? { text.map { shared($0) } }

    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var texts = Set<String>()

        func shared(_ text: String) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let kept = texts.firstIndex(of: text) { return texts[kept] }
            if texts.count < SharedText.limit { texts.insert(text) }
            return text
        }
    }
}

extension Account {
    /// The account with its repeated text shared (`SharedText`): done once as it is decoded.
    mutating func shareRepeatedText() {
        for i in timeline.indices {
            timeline[i].id = SharedText.shared(timeline[i].id)
            timeline[i].title = SharedText.shared(timeline[i].title)
            timeline[i].templateKey = SharedText.shared(timeline[i].templateKey)
        }
        for m in meetings.indices {
            for s in meetings[m].sections.indices {
                meetings[m].sections[s].title = SharedText.shared(meetings[m].sections[s].title)
            }
            meetings[m].attendees = meetings[m].attendees.map { SharedText.shared($0) }
        }
        people.onboardingCoordinator = SharedText.shared(people.onboardingCoordinator)
        people.onboardingLead = SharedText.shared(people.onboardingLead)
        people.accountManager = SharedText.shared(people.accountManager)
        people.accountManagementDirector = SharedText.shared(people.accountManagementDirector)
        people.primaryOwner = SharedText.shared(people.primaryOwner)
        for i in interactions.indices {
            interactions[i].with = SharedText.shared(interactions[i].with)
        }
        for r in readiness.runs.indices {
            readiness.runs[r].attendees = readiness.runs[r].attendees.map { SharedText.shared($0) }
        }
    }
}
