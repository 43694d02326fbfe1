/// Dates as a document says them, in English and without reading the machine's locale or zone:
/// "26 November 2026", "Thursday 26 November", "T−3".
public enum DocumentDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// "26 November 2026".
    public static func long(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "Thursday 26 November 2026": for a day someone has to turn up.
    public static func withWeekday(_ date: CalendarDate) -> String {
        "\(weekdays[date.weekday - 1]) \(long(date))"
    }

    /// "November 2026": for what is months away.
    public static func month(_ date: CalendarDate) -> String {
        "\(months[date.month - 1]) \(date.year)"
    }

    /// "T−3", "T", "T+7": where a day sits against the transfer day (a true minus sign, as on screen).
    public static func relative(_ date: CalendarDate, tDay: CalendarDate) -> String {
        let days = tDay.days(until: date)
        return days == 0 ? "T" : days < 0 ? "T−\(-days)" : "T+\(days)"
    }

    /// "1 March – 26 April 2026 (8 weeks)": the year once when both ends share it.
    public static func period(from start: CalendarDate, to end: CalendarDate) -> String {
        let first = start.year == end.year ? "\(start.day) \(months[start.month - 1])" : long(start)
        let weeks = Int((Double(start.days(until: end)) / 7).rounded())
        return "\(first) – \(long(end)) (\(weeks) week\(weeks == 1 ? "" : "s"))"
    }
}
