import Testing
@testable import BatonCore

@Suite("Dates typed in a hurry")
struct RelativeDateTests {
    /// A Saturday.
    let saturday = CalendarDate(iso: "2026-11-21")!

    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func parsed(_ text: String, today: CalendarDate? = nil) -> String? {
        RelativeDate.parse(text, today: today ?? saturday)?.iso
    }

    @Test("the fixed today is a Saturday")
    func fixture() {
        #expect(saturday.weekday == 6)
    }

    @Test("a full date is taken as it is")
    func isoDate() {
        #expect(parsed("2026-11-24") == "2026-11-24")
        #expect(parsed("  2027-02-28 ") == "2027-02-28")
    }

    @Test("today, tomorrow and yesterday, in any case and with spaces around")
    func namedDays() {
        #expect(parsed("today") == "2026-11-21")
        #expect(parsed(" Today ") == "2026-11-21")
        #expect(parsed("TOMORROW") == "2026-11-22")
        #expect(parsed("tmrw") == "2026-11-22")
        #expect(parsed("yesterday") == "2026-11-20")
    }

    @Test("+3d, 3d, -1w and +2w count days and weeks from today")
    func dayAndWeekOffsets() {
        #expect(parsed("+3d") == "2026-11-24")
        #expect(parsed("3d") == "2026-11-24")
        #expect(parsed("-1w") == "2026-11-14")
        #expect(parsed("+2w") == "2026-12-05")
        #expect(parsed("+0d") == "2026-11-21")
        #expect(parsed("+3 days") == "2026-11-24")
        #expect(parsed("2 weeks") == "2026-12-05")
    }

    @Test("+1m is a calendar month, clamped to the last day of a shorter month")
    func monthOffsets() {
        #expect(parsed("+1m") == "2026-12-21")
        #expect(parsed("+1m", today: day("2027-01-31")) == "2027-02-28")
        #expect(parsed("+1m", today: day("2028-01-31")) == "2028-02-29")
        #expect(parsed("-1m", today: day("2027-03-31")) == "2027-02-28")
        #expect(parsed("+2m", today: day("2026-12-15")) == "2027-02-15")
        #expect(parsed("-12m") == "2025-11-21")
    }

    @Test("a weekday is the next such day strictly after today: fri is next Friday, sat on a Saturday is a week away")
    func weekdays() {
        #expect(parsed("fri") == "2026-11-27")
        #expect(parsed("sat") == "2026-11-28")
        #expect(parsed("sun") == "2026-11-22")
        #expect(parsed("mon") == "2026-11-23")
        #expect(parsed("Friday") == "2026-11-27")
        #expect(parsed("thurs") == "2026-11-26")
        #expect(parsed("weds") == "2026-11-25")
    }

    @Test("next fri means the same as fri")
    func nextWeekday() {
        #expect(parsed("next fri") == "2026-11-27")
        #expect(parsed("Next  Saturday") == "2026-11-28")
    }

    @Test("a day that does not exist, a vague word and an unknown unit are refused")
    func refusals() {
        for text in ["2026-02-30", "someday", "+3x", "", "   ", "fr", "next", "+d", "3", "2026-13-01", "next 3d"] {
            #expect(RelativeDate.parse(text, today: saturday) == nil, "\(text)")
        }
    }

    @Test("an offset past the year 9999 is refused, not wrapped")
    func farAway() {
        #expect(parsed("+999999w") == nil)
        #expect(parsed("+99999999999999999999d") == nil)
        #expect(RelativeDate.problem(with: "+999999w", today: saturday)?.contains("9999") == true)
    }

    @Test("the problem names what was typed and what to type instead")
    func problems() {
        let impossible = RelativeDate.problem(with: "2026-02-30", today: saturday)
        #expect(impossible == "“2026-02-30” is not a date: February 2026 has 28 days, not 30")
        let vague = RelativeDate.problem(with: " someday ", today: saturday)
        #expect(vague == "“someday” is not a date: use YYYY-MM-DD, today, tomorrow, +3d, -1w or a weekday (fri)")
        let unit = RelativeDate.problem(with: "+3x", today: saturday)
        #expect(unit?.hasPrefix("“+3x” is not a date: “x” is not a unit") == true)
        #expect(RelativeDate.problem(with: "2026-13-01", today: saturday)?.contains("no month 13") == true)
        #expect(RelativeDate.problem(with: "", today: saturday)?.hasPrefix("No date given") == true)
    }

    @Test("there is no problem with a date that parses")
    func noProblem() {
        for text in ["fri", "+3d", "2026-11-24", "today"] {
            #expect(RelativeDate.problem(with: text, today: saturday) == nil, "\(text)")
        }
    }
}

@Suite("Dates counted from the T-day")
struct TDayRelativeDateTests {
    let today = CalendarDate(iso: "2026-11-23")!
    let tDay = CalendarDate(iso: "2026-12-07")!

    @Test("T-3, T+7, T and t+2w count from the account's transfer day")
    func fromTDay() {
        #expect(RelativeDate.parse("T-3", today: today, tDay: tDay)?.iso == "2026-12-04")
        #expect(RelativeDate.parse("T+7", today: today, tDay: tDay)?.iso == "2026-12-14")
        #expect(RelativeDate.parse("T", today: today, tDay: tDay)?.iso == "2026-12-07")
        #expect(RelativeDate.parse("t + 2w", today: today, tDay: tDay)?.iso == "2026-12-21")
        #expect(RelativeDate.parse("T−1", today: today, tDay: tDay)?.iso == "2026-12-06")
    }

    @Test("T-3 where there is no T-day says so instead of guessing; today and tomorrow still read")
    func withoutTDay() {
        #expect(RelativeDate.parse("T-3", today: today) == nil)
        #expect(RelativeDate.problem(with: "T-3", today: today)?.contains("counts from the T-day") == true)
        #expect(RelativeDate.parse("today", today: today, tDay: tDay) == today)
        #expect(RelativeDate.parse("tmrw", today: today, tDay: tDay) == today.adding(days: 1))
    }
}
