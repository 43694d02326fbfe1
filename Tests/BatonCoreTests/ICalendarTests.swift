import Foundation
import Testing
@testable import BatonCore

/// The calendar files: RFC 5545 as a real parser reads it, one event per step, stable UIDs.
@Suite("Calendar export")
struct ICalendarTests {
    @Test("text values escape backslash, semicolon, comma and line breaks, and lose control characters")
    func escaping() {
        #expect(ICalendar.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICalendar.escape("red\u{1B}[31m!\u{7}") == "red!")
    }

    @Test("no physical line is longer than 75 octets, folds never split a character, and unfolding restores the line")
    func folding() {
        let line = "SUMMARY:" + String(repeating: "北斗精密工業 🐟 Müller ", count: 12)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        for p in physical { #expect(p.utf8.count <= 75, "\(p.utf8.count) octets: \(p)") }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test("every line ends in CRLF and events are all-day with a DTSTAMP from the given now")
    func shape() {
        let text = Documents.render(.calendar, account: DocumentTests.northwind, today: DocumentTests.today, now: DocumentTests.now)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20261126\r\n"))
        #expect(text.contains("DTSTAMP:20261123T093000Z\r\n"))
        #expect(text.contains("UID:northwind.tl-first-qbr@baton\r\n"))
    }

    @Test("a real iCalendar parser reads the account's and the portfolio's calendars: one event per step, the same UIDs on a second export")
    func parsesWithIcalendar() throws {
        guard let python = Python.withICalendar() else {
            // CI installs it and sets BATON_REQUIRE_ICALENDAR (.ci/run), so there it must be found;
            // a developer machine without it says so instead of failing.
            let required = ProcessInfo.processInfo.environment["BATON_REQUIRE_ICALENDAR"] != nil
            #expect(!required, "python3 with the icalendar package was not found, and .ci/run requires it")
            print("SKIPPED: python3 with the icalendar package was not found; `pip install icalendar` to run this check.")
            return
        }
        let northwind = DocumentTests.northwind
        let first = Documents.render(.calendar, account: northwind, today: DocumentTests.today, now: DocumentTests.now)
        let later = DocumentTests.now.addingTimeInterval(3 * 86_400 + 17)
        let second = Documents.render(.calendar, account: northwind, today: DocumentTests.today.adding(days: 3), now: later)
        let a = try python.parse(first)
        let b = try python.parse(second)
        #expect(a.count == northwind.timeline.count)
        #expect(Set(a.map(\.uid)).count == a.count, "UIDs repeat")
        #expect(a.map(\.uid) == b.map(\.uid))
        #expect(a.allSatisfy { $0.summary.hasPrefix("Northwind Logistics: ") })
        #expect(a.allSatisfy { $0.allDay })
        #expect(a.contains { $0.description.contains("T−1 for Northwind Logistics") })

        let portfolio = DocumentTests.portfolio
        let all = try python.parse(Documents.portfolioCalendar(portfolio, today: DocumentTests.today, now: DocumentTests.now))
        #expect(all.count == portfolio.accounts.filter(\.isActive).reduce(0) { $0 + $1.timeline.count })
        #expect(Set(all.map(\.uid)).count == all.count)

        var hostile = northwind
        hostile.identity.name = "Evil, Corp; \\ \"quoted\"\nline two 北斗 " + String(repeating: "long ", count: 30)
        let odd = try python.parse(Documents.render(.calendar, account: hostile, today: DocumentTests.today, now: DocumentTests.now))
        #expect(odd.first?.summary.hasPrefix("Evil, Corp; \\ \"quoted\"\nline two 北斗 long") == true, "\(odd.first?.summary ?? "")")
    }
}

/// python3 with the `icalendar` package, run on a file: the independent reader of what Baton writes.
struct Python {
    struct Event { var uid: String; var summary: String; var description: String; var allDay: Bool }

    let path: String

    static func withICalendar() -> Python? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let path = "\(folder)/python3"
            guard FileManager.default.isExecutableFile(atPath: path) else { continue }
            let probe = Python(path: path)
            if (try? probe.run(["-c", "import icalendar"])) != nil { return probe }
        }
        return nil
    }

    func parse(_ calendar: String) throws -> [Event] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baton-ics-\(UUID().uuidString).ics")
        try Data(calendar.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import icalendar, json, sys, datetime
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            out = []
            for e in cal.walk('VEVENT'):
                start = e.decoded('DTSTART')
                out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e['DESCRIPTION']),
                            'allDay': isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)})
            print(json.dumps(out))
            """
        let output = try run(["-c", script, file.path])
        let rows = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
        return rows.map { Event(uid: $0["uid"] as? String ?? "", summary: $0["summary"] as? String ?? "",
                                description: $0["description"] as? String ?? "", allDay: $0["allDay"] as? Bool ?? false) }
    }

    struct Failed: Error, CustomStringConvertible { var description: String }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "python3 failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
