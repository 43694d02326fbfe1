import Foundation

/// A minimal RFC 5545 writer: all-day events in one VCALENDAR, text escaped, lines folded at 75
/// octets, CRLF line ends. Pure: the time stamp comes in as a parameter.
public struct ICalendar: Sendable {
    /// One all-day event. The UID is what lets a calendar update the event on a re-import instead
    /// of adding a copy, so it must be the same every time the same step is exported.
    public struct Event: Equatable, Sendable {
        public var uid: String
        public var day: CalendarDate
        public var summary: String
        public var description: String

        public init(uid: String, day: CalendarDate, summary: String, description: String) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.description = description
        }
    }

    public var name: String
    public var events: [Event]

    public init(name: String, events: [Event]) {
        self.name = name
        self.events = events
    }

    /// The file's text. `now` is the DTSTAMP every event carries (when this export was made).
    public func text(now: Date) -> String {
        let stamp = Self.utcStamp(now)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Baton//Baton \(BatonDocuments.version)//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Self.escape(name),
        ]
        for e in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escape(e.uid),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + Self.basic(e.day),
                "DTEND;VALUE=DATE:" + Self.basic(e.day.adding(days: 1)),
                "SUMMARY:" + Self.escape(e.summary),
                "DESCRIPTION:" + Self.escape(e.description),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`,
    /// and no control character left.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in DocumentText.clean(text, keepLineBreaks: true) {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): a break then one
    /// space, never inside a UTF-8 sequence (and never inside a grapheme, so a viewer that shows
    /// folded text raw still shows whole characters).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var width = 0
        var limit = 75
        for ch in line {
            let n = String(ch).utf8.count
            if width + n > limit {
                out += "\r\n "
                width = 0
                limit = 74  // the leading space counts
            }
            out.append(ch)
            width += n
        }
        return out
    }

    /// "20261126".
    static func basic(_ d: CalendarDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    /// "20261123T093000Z", without reading the machine's zone or calendar.
    static func utcStamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return basic(CalendarDate(dayNumber: days)) + "T" + two(rest / 3_600) + two(rest % 3_600 / 60) + two(rest % 60) + "Z"
    }
}

/// Facts about the documents Baton writes.
public enum BatonDocuments {
    /// Written into PRODID so a calendar can tell which Baton made a file.
    public static let version = "0.1"
}
