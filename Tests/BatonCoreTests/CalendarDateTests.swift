import Testing
@testable import BatonCore

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("a date survives the round trip through its day number")
    func roundTrip() {
        for n in stride(from: -1000, through: 30000, by: 37) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(CalendarDate(iso: "2026-11-21")!.adding(days: 10).iso == "2026-12-01")
    }

    @Test("a date that does not exist is refused")
    func badDates() {
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "2026-2-3") == nil)
        #expect(CalendarDate(iso: "soon") == nil)
        #expect(CalendarDate(iso: "2028-02-29") != nil)
    }

    @Test("only YYYY-MM-DD in ASCII digits reads as a date: signs, spaces, other digits and extra text are refused")
    func strictShape() {
        for text in ["+026-11-21", "2026-11-2 ", " 2026-11-21", "2026-11-21 ", "2026-1a-21", "2026/11/21", "2026-11-211",
                     "٢٠٢٦-١١-٢١", "２０２６-１１-２１", "0000-01-01", "2026-13-01", "2026-00-10", "2026-11-00", ""] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
        #expect(CalendarDate(iso: "9999-12-31")?.iso == "9999-12-31")
        #expect(CalendarDate(iso: "0001-01-01")?.iso == "0001-01-01")
    }

    @Test("2026-11-21 is a Saturday")
    func weekday() {
        #expect(CalendarDate(iso: "2026-11-21")!.weekday == 6)
    }
}
