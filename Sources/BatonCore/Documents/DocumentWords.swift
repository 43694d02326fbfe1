/// Small phrasings the documents share: money, first names, evidence in one line.
enum DocumentWords {
    /// "GBP 84,000": whole units, grouped in thousands, the ISO code first (no symbol guessing).
    static func money(_ amount: Int, _ currency: String) -> String {
        let digits = String(abs(amount))
        var grouped = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        return "\(currency) \(amount < 0 ? "-" : "")\(grouped)"
    }

    /// The first word of a name, as an email greets someone ("Graham"); the whole name when it is one word.
    static func firstName(_ name: String) -> String {
        let cleaned = DocumentText.clean(name).trimmingSpaces()
        return cleaned.split(separator: " ").first.map(String.init) ?? cleaned
    }

    /// A list in prose: "a", "a and b", "a, b and c".
    static func joined(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// What backs a Met, in one line: the summary, then its date and who, then what the condition asks for.
    static func evidence(_ e: Evidence) -> String {
        var parts = [e.summary.isEmpty ? "(no summary)" : e.summary]
        var who = "\(DocumentDate.long(e.date)), \(e.providedBy)"
        if let s = e.signatory, !s.isEmpty { who += "; signed by \(s)" }
        if let start = e.periodStart, let end = e.periodEnd {
            who += "; covers \(DocumentDate.long(start)) to \(DocumentDate.long(end))"
        }
        if let o = e.observedBy, !o.isEmpty { who += "; observed by \(o)" }
        parts.append("(\(who))")
        if let words = e.sponsorWords, !words.isEmpty { parts.append("Sponsor's words: “\(words)”") }
        return parts.joined(separator: " ")
    }

    /// What will close a gap, in one line.
    static func action(_ a: GapAction) -> String {
        var text = "Action: \(a.what) (\(a.owner), by \(DocumentDate.long(a.deadline))"
        if let done = a.doneOn { text += "; done \(DocumentDate.long(done))" }
        return text + ")"
    }

    /// "Low × Medium = 2".
    static func severity(_ r: Risk) -> String {
        "\(r.likelihood.title) × \(r.impact.title) = \(r.severity)"
    }

    static func status(_ item: TimelineItem, today: CalendarDate) -> String {
        switch item.status(today: today) {
        case .done(let on): "Done \(DocumentDate.long(on))"
        case .due: "Due"
        case .overdue: "Overdue"
        }
    }

    static func riskStatus(_ s: Risk.Status) -> String {
        switch s {
        case .open: "Open"
        case .materialised: "Materialised"
        case .closed: "Closed"
        }
    }

    static func disposition(_ d: OpenIssue.Disposition) -> String {
        switch d {
        case .closed: "Closed"
        case .recommitted: "Re-committed"
        case .rescoped: "Re-scoped"
        }
    }

    static func stance(_ s: Contact.Stance) -> String { s.rawValue.capitalized }
    static func strength(_ s: Contact.Strength) -> String { s.rawValue.capitalized }
}
