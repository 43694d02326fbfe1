/// Dates as a person types them in a hurry, in a meeting: "fri", "+3d", "tmrw", "2026-11-24".
///
/// Every form is read against a given `today` (never the clock), ignoring case and surrounding
/// spaces:
/// - `2026-11-24`: that day, exactly `YYYY-MM-DD`;
/// - `today`, `tomorrow` / `tmrw` / `tmr`, `yesterday`;
/// - an offset: `+3d`, `-1w`, `+2w`, `+1m`, and `3d` meaning `+3d`; the unit may also be spelled
///   out and spaced (`+3 days`, `2 weeks`); a signed bare number counts days (`+7`, `-3`). A
///   month is a calendar month, clamped to the month's last day (`+1m` from 31 January is 28 or
///   29 February);
/// - a weekday, `mon` … `sun`, any spelling from three letters to the full name (`thurs`,
///   `wednesday`), optionally after `next`: the next such day strictly after today. So "fri"
///   typed on a Friday means the Friday a week later, never today: a deadline set in a meeting is
///   for a day still to come, and "today" is there for today;
/// - relative to the account's transfer day, when one is given: `T`, `T-3`, `T+7`, `t+2w`
///   (the timeline's own words: the joint meeting is at T−1, the 30-day review at T+30).
public enum RelativeDate {
    public static func parse(_ text: String, today: CalendarDate, tDay: CalendarDate? = nil) -> CalendarDate? {
        if case .date(let date) = read(text, today: today, tDay: tDay) { return date }
        return nil
    }

    /// A reason a person can act on when `parse` fails, naming what they typed; nil when it parses.
    public static func problem(with text: String, today: CalendarDate, tDay: CalendarDate? = nil) -> String? {
        switch read(text, today: today, tDay: tDay) {
        case .date: return nil
        case .blank: return "No date given: \(forms)"
        case .noSuchDay(let year, let month, let day):
            let shown = quoted(text)
            guard year >= 1 else { return "\(shown) is not a date: the year must be 0001 to 9999" }
            guard (1...12).contains(month) else { return "\(shown) is not a date: there is no month \(month)" }
            guard day >= 1 else { return "\(shown) is not a date: there is no day 0" }
            return "\(shown) is not a date: \(monthNames[month - 1]) \(year) has "
                + "\(CalendarDate.daysIn(month: month, year: year)) days, not \(day)"
        case .unknownUnit(let unit):
            return "\(quoted(text)) is not a date: “\(unit)” is not a unit; use d (days), w (weeks) or m (months), as in +3d"
        case .outOfRange:
            return "\(quoted(text)) is too far away: a date must fall between the years 1 and 9999"
        case .unrecognised:
            return "\(quoted(text)) is not a date: \(forms)"
        case .noTDay:
            return "\(quoted(text)) counts from the T-day, and there is none here: give a date, or +3d from today"
        }
    }

    // MARK: Reading

    private static let forms = "use YYYY-MM-DD, today, tomorrow, +3d, -1w or a weekday (fri)"

    private enum Reading {
        case date(CalendarDate)
        case blank
        case noSuchDay(year: Int, month: Int, day: Int)
        case unknownUnit(String)
        case outOfRange
        case unrecognised
        case noTDay
    }

    private static func read(_ raw: String, today: CalendarDate, tDay: CalendarDate?) -> Reading {
        let words = raw.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return .blank }
        let phrase = words.joined(separator: " ")
        // "T", "T-3", "t+7", "T + 2w", "T−1": counted from the account's transfer day.
        let joined = words.joined()
        if joined.first == "t", joined.count == 1 || "+-−".contains(joined.dropFirst().first ?? " ") {
            guard let tDay else { return .noTDay }
            let rest = String(joined.dropFirst())
            if rest.isEmpty { return .date(tDay) }
            let bare = rest.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
            return offset(bare ? rest + "d" : rest, from: tDay)
        }
        switch phrase {
        case "today": return .date(today)
        case "tomorrow", "tmrw", "tmr": return .date(today.adding(days: 1))
        case "yesterday": return .date(today.adding(days: -1))
        default: break
        }
        if let weekday = weekday(named: words.count == 2 && words[0] == "next" ? words[1] : phrase) {
            let ahead = (weekday - today.weekday + 7) % 7
            return .date(today.adding(days: ahead == 0 ? 7 : ahead))
        }
        if let date = CalendarDate(iso: phrase) { return .date(date) }
        if let parts = isoShaped(phrase) { return .noSuchDay(year: parts.0, month: parts.1, day: parts.2) }
        return offset(words.joined(), from: today)
    }

    /// The ISO weekday (1 = Monday) for "fri", "friday", "thurs" …; nil for anything else.
    private static func weekday(named word: String) -> Int? {
        if word == "weds" { return 3 }
        guard word.count >= 3 else { return nil }
        return weekdayNames.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    /// Four digits, two, two, joined by hyphens, that `CalendarDate(iso:)` refused: a day that
    /// does not exist, worth a specific reason.
    private static func isoShaped(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return (y, m, d)
    }

    /// "+3d", "-1w", "2w", "+1m", "+3days": a sign, up to six digits, a unit.
    private static func offset(_ text: String, from today: CalendarDate) -> Reading {
        var rest = Substring(text)
        var sign = 1
        var signed = false
        if let first = rest.first, first == "+" || first == "-" || first == "−" {
            sign = first == "+" ? 1 : -1
            signed = true
            rest = rest.dropFirst()
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        // A signed bare number counts days ("+7", "-3"), as scripts have always written it; an
        // unsigned one ("7") could be a day of the month, and is not guessed at.
        let unit = signed && rest.count == digits.count ? "d" : String(rest.dropFirst(digits.count))
        guard !digits.isEmpty, !unit.isEmpty else { return .unrecognised }
        guard digits.count <= 6, let amount = Int(digits) else { return .outOfRange }
        let n = sign * amount
        let result: CalendarDate?
        switch unit {
        case "d", "day", "days": result = today.adding(days: n)
        case "w", "wk", "wks", "week", "weeks": result = today.adding(days: 7 * n)
        case "m", "mo", "mos", "month", "months": result = adding(months: n, to: today)
        default:
            return unit.allSatisfy(\.isLetter) ? .unknownUnit(unit) : .unrecognised
        }
        // Re-checked through the validating initialiser: far offsets leave the years 1…9999.
        guard let date = result, let valid = CalendarDate(year: date.year, month: date.month, day: date.day) else {
            return .outOfRange
        }
        return .date(valid)
    }

    /// The same day `months` calendar months away, or the last day of that month if it is shorter.
    private static func adding(months: Int, to date: CalendarDate) -> CalendarDate? {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        guard (1...9999).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: min(date.day, CalendarDate.daysIn(month: month, year: year)))
    }

    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// What was typed, trimmed and kept short, between quotes.
    private static func quoted(_ text: String) -> String {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return "“" + (trimmed.count > 24 ? String(trimmed.prefix(23)) + "…" : trimmed) + "”"
    }
}
