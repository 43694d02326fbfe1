import Foundation

extension Date {
    /// This instant without its fraction of a second: the store writes ISO-8601 timestamps to the
    /// second, so a time kept in memory must match what reopening the store gives back.
    public var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }

    /// "14:05" in the user's own time zone, for ticks and logs read by a person.
    public var clockTime: String { clockTime(in: .current) }

    /// "09:05" on the clock of `timeZone`: what a view or a change shows, its zone given by the
    /// state or the context rather than read from the machine.
    public func clockTime(in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: self)
        let h = c.hour ?? 0, m = c.minute ?? 0
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
