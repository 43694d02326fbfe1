import Foundation

extension Date {
    /// This instant without its fraction of a second: the store writes ISO-8601 timestamps to the
    /// second, so a time kept in memory must match what reopening the store gives back.
    public var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }

    /// "14:05" in the user's own time zone, for ticks and logs read by a person.
    public var clockTime: String {
        let c = Calendar.current.dateComponents([.hour, .minute], from: self)
        let h = c.hour ?? 0, m = c.minute ?? 0
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
