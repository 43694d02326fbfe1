import Foundation

extension Date {
    /// This instant without its fraction of a second: the store writes ISO-8601 timestamps to the
    /// second, so a time kept in memory must match what reopening the store gives back.
    public var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }

    /// "14:05" in the lead's time zone, for ticks and logs read by a person. The zone is given
    /// (from the change's context or the app's state), never read from the machine here.
    public func clockTime(in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: self)
        let h = c.hour ?? 0, m = c.minute ?? 0
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

extension TimeZone {
    /// Coordinated Universal Time: the zone of a test, a demo, and anything written for other programs.
    public static let utc = TimeZone(identifier: "UTC")!
}
