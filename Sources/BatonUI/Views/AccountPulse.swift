import BatonCore

/// Two lines on how the customer is doing: the latest health with its rationale and date, and the
/// sponsor's latest sentiment with its age — stale past 7 days, as condition 6 and the portfolio judge it.
enum AccountPulse {
    static let height = 2

    static func lines(for account: Account, today: CalendarDate) -> [(String, CellStyle)] {
        let h = account.health
        let health = h.isRated
            ? ("Health \(h.title) · \(h.setOn.iso) (\(age(h.setOn, today: today))) · \(h.rationale)",
               CellStyle(CardHistory.healthRole(h.rating), bold: true))
            : ("Health not rated — nobody has rated it yet (H)", CellStyle(.dim))
        guard let note = account.latestSponsorSentiment() else {
            return [health, ("Sponsor sentiment: none on record — stale", CellStyle(.stale))]
        }
        let stale = account.isSentimentStale(today: today)
        let words = note.isVerbatim ? "“\(note.words)”" : note.words
        let sentiment = ("Sponsor \(age(note.capturedOn, today: today))\(stale ? ", stale" : "") · \(note.contact), \(note.tone.rawValue): \(words)",
                         CellStyle(stale ? .stale : .accent))
        return [health, sentiment]
    }

    static func draw(_ account: Account, today: CalendarDate, into grid: inout CellGrid, rect: Rect) {
        for (i, line) in lines(for: account, today: today).prefix(max(0, rect.height)).enumerated() {
            grid.put(line.0, x: rect.x, y: rect.y + i, maxWidth: rect.width, style: line.1)
        }
    }

    static func age(_ day: CalendarDate, today: CalendarDate) -> String {
        let days = day.days(until: today)
        switch days {
        case 0: return "today"
        case 1: return "yesterday"
        case 2...: return "\(days) days ago"
        default: return "in \(-days) days"
        }
    }
}
