import Foundation
import Testing
@testable import BatonCore

/// Documents state only true facts (issue 23, part 5): the onboarding period from the contract
/// start or kick-off, health "not rated" until someone rates it, and every date a document
/// proposes on a business day (000:367, 457; DOMAIN "dates a lead proposes to a customer").
@Suite("Documents state only true facts")
struct DocumentTruthTests {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// An account as a lead adds it: a contract that started on 1 September, added on `today`,
    /// already onboarding, with a sponsor and a milestone, and (by default) no T-day given.
    static func added(on today: CalendarDate, tDay: CalendarDate? = nil) throws -> Account {
        var new = NewAccount(name: "Kestrel Freight", tDay: tDay ?? BusinessDays.defaultTDay(today: today))
        new.purchased = "Dock scheduling"
        new.annualValue = 30_000
        new.currency = "GBP"
        new.startDate = CalendarDate(iso: "2026-09-01")!
        new.onboardingCoordinator = "Tom Reeves"
        new.accountManager = "Daniel Ortiz"
        new.stage = .onboardingActive
        let context = ChangeContext(today: today, now: Date(timeIntervalSince1970: TimeInterval(today.dayNumber) * 86_400 + 36_000),
                                    by: "Sarah Khan", timeZone: .utc)
        var account = try new.make(context: context, existing: []).get()
        account.contacts = [Contact(id: "c1", name: "Ines Varga", role: "COO", isSponsor: true, isDayToDay: true,
                                    communicationPreference: "Email")]
        account.milestones = [Milestone(id: "m1", name: "First dock booked online", targetDate: today.adding(days: 14), addedOn: today)]
        return account
    }

    static func documents(_ account: Account, today: CalendarDate) -> [(DocumentKind, String)] {
        let now = Date(timeIntervalSince1970: TimeInterval(today.dayNumber) * 86_400 + 36_000)
        return DocumentKind.allCases.map { ($0, Documents.render($0, account: account, today: today, now: now)) }
    }

    /// Every date written in a document, long ("3 January 2027"), ISO or iCalendar.
    static func dates(in text: String) -> [CalendarDate] {
        var found: [CalendarDate] = []
        let long = try! NSRegularExpression(pattern: #"\b(\d{1,2}) (\#(months.joined(separator: "|"))) (\d{4})\b"#)
        let ns = text as NSString
        for m in long.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let day = Int(ns.substring(with: m.range(at: 1)))!, month = months.firstIndex(of: ns.substring(with: m.range(at: 2)))! + 1
            found.append(CalendarDate(year: Int(ns.substring(with: m.range(at: 3)))!, month: month, day: day)!)
        }
        let ics = try! NSRegularExpression(pattern: #"DTSTART;VALUE=DATE:(\d{8})"#)
        for m in ics.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let s = ns.substring(with: m.range(at: 1))
            found.append(CalendarDate(iso: "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))")!)
        }
        return found
    }

    /// The dates on a weekend other than the facts the test gives (the T-day itself, the day written).
    static func weekendDates(_ account: Account, today: CalendarDate, except: Set<CalendarDate>) -> [String] {
        documents(account, today: today).flatMap { kind, text in
            dates(in: text).filter { !BusinessDays.isBusinessDay($0) && !except.contains($0) }.map { "\(kind.rawValue): \($0.iso)" }
        }
    }

    @Test("an account added on a Friday gets a T-day on a business day, and no document proposes a weekend")
    func addedOnAFriday() throws {
        let friday = CalendarDate(iso: "2026-12-04")!
        let account = try Self.added(on: friday)
        #expect(BusinessDays.isBusinessDay(account.tDay))
        #expect(BusinessDays.tDayToAvoid(account.tDay) == nil)
        #expect(Self.weekendDates(account, today: friday, except: []) == [])
    }

    @Test("the default T-day eight weeks out is never a weekend nor a quarter-end Friday, whatever day it is set",
          arguments: 0..<14)
    func defaultTDay(_ offset: Int) {
        let today = CalendarDate(iso: "2026-12-06")!.adding(days: offset) // a Sunday, as in the issue, and the fortnight after
        let tDay = BusinessDays.defaultTDay(today: today)
        #expect(BusinessDays.tDayToAvoid(tDay) == nil, "\(today.iso) → \(tDay.iso)")
        #expect((56...58).contains(today.days(until: tDay)) || today.days(until: tDay) == 55)
    }

    @Test("a quarter-end Friday as the default T-day moves to the Thursday before (000:57)")
    func quarterEndFriday() {
        // Eight weeks after Friday 2 October 2026 is Friday 27 November… and after 1 February 2027, Friday 26 March 2027.
        let today = CalendarDate(iso: "2027-01-29")!
        #expect(today.adding(days: 56) == CalendarDate(iso: "2027-03-26"))
        #expect(BusinessDays.defaultTDay(today: today) == CalendarDate(iso: "2027-03-25"))
    }

    @Test("on a weekend T-day, every date a document proposes is still a business day; the T-day is warned of, never moved silently")
    func weekendTDay() throws {
        let monday = CalendarDate(iso: "2026-11-30")!
        let sunday = CalendarDate(iso: "2027-01-03")!
        let account = try Self.added(on: monday, tDay: sunday)
        #expect(Self.weekendDates(account, today: monday, except: [sunday]) == [])
        #expect(Attention.reasons(for: account, today: monday).contains(.tDayToAvoid(weekday: 7)))
        #expect(NewAccount.summary(account).contains("warning: T-day 2027-01-03 is a Sunday"))
        let followUp = Documents.render(.emailFollowUp, account: account, today: monday, now: Date())
        #expect(!followUp.contains("Sunday"), "no customer is invited to anything on a Sunday")
        #expect(followUp.contains("Monday 4 January 2027"), "the note goes on the next business day")
    }

    /// 000:456: finalised at T−3. A T-day on a Tuesday puts T−3 on a Saturday: it is due on the
    /// Friday, and the document names that day as it is (T−4), not as T−3. The near miss: a
    /// Thursday T-day's T−3 is a Monday and reads T−3.
    @Test("the handover document names the finalisation's due day as it is: T−4 when T−3 fell on a Saturday, T−3 otherwise")
    func finalisationDueNamedAsItIs() throws {
        let monday = CalendarDate(iso: "2026-11-30")!
        let tuesday = CalendarDate(iso: "2027-01-12")!
        let moved = Documents.render(.handover, account: try Self.added(on: monday, tDay: tuesday), today: monday, now: Date())
        #expect(moved.contains("due 8 January 2027 (T−4, the business day before T−3)"), "\(moved.prefix(900))")
        let thursday = CalendarDate(iso: "2027-01-14")!
        let kept = Documents.render(.handover, account: try Self.added(on: monday, tDay: thursday), today: monday, now: Date())
        #expect(kept.contains("due 11 January 2027 (T−3)"), "\(kept.prefix(900))")
    }

    @Test("a joint meeting recorded on a Saturday is not proposed in the introduction email: it asks for a time instead")
    func jointMeetingOnASaturday() throws {
        let monday = CalendarDate(iso: "2026-11-30")!
        var account = try Self.added(on: monday, tDay: CalendarDate(iso: "2026-12-14")!)
        let saturday = CalendarDate(iso: "2026-12-12")!
        account.meetings = [Meeting(id: "j1", kind: .jointTransition, on: saturday)]
        let email = Documents.render(.emailIntroduction, account: account, today: monday, now: Date())
        #expect(!email.contains("Saturday"), "\(email)")
        #expect(email.contains("Let's schedule a brief call"))
        // A near miss: the same meeting on the Friday is proposed as it stands.
        account.meetings = [Meeting(id: "j1", kind: .jointTransition, on: saturday.adding(days: -1))]
        #expect(Documents.render(.emailIntroduction, account: account, today: monday, now: Date())
            .contains("Let's meet on Friday 11 December 2026"))
    }

    @Test("a first one-to-one on the template's T+17 that falls on a weekend is proposed on the Monday after")
    func firstOneToOne() throws {
        // T-day Thursday 17 December 2026: T+17 is Sunday 3 January 2027, the date the issue saw proposed.
        let account = try Self.added(on: CalendarDate(iso: "2026-11-30")!, tDay: CalendarDate(iso: "2026-12-17")!)
        let safe = CustomerSafeAccount(account)
        #expect(safe.firstOneToOne == CalendarDate(iso: "2027-01-04"))
        let summary = Documents.render(.summary, account: account, today: CalendarDate(iso: "2026-11-30")!, now: Date())
        #expect(summary.contains("Monday 4 January 2027"))
        #expect(!summary.contains("Sunday"))
    }

    @Test("the onboarding period runs from the contract start, not the day the account was entered (000:278)")
    func periodFromContractStart() throws {
        let sunday = CalendarDate(iso: "2026-12-06")!
        let account = try Self.added(on: sunday, tDay: CalendarDate(iso: "2026-12-17")!)
        let handover = Documents.render(.handover, account: account, today: sunday, now: Date())
        #expect(handover.contains("**Period:** 1 September – 17 December 2026 (15 weeks)"))
        #expect(!handover.contains("6 December – 17 December"))
        let report = Documents.render(.completionReport, account: account, today: sunday, now: Date())
        #expect(report.contains("**Onboarding period:** 1 September – 17 December 2026"))
    }

    @Test("a kick-off Baton saw happen starts the period instead: the move into onboarding active")
    func periodFromKickOff() throws {
        var account = try Self.added(on: CalendarDate(iso: "2026-10-01")!, tDay: CalendarDate(iso: "2026-12-17")!)
        account.stage = .salesHandover
        account.stageHistory = [StageEntry(stage: .salesHandover, on: CalendarDate(iso: "2026-10-01")!)]
        let kickOff = ChangeContext(today: CalendarDate(iso: "2026-10-05")!, now: Date(), by: "Sarah Khan", timeZone: .utc)
        let moved = try AccountChange.stage(.forward(to: .onboardingActive)).apply(to: account, context: kickOff).get().account
        let handover = Documents.render(.handover, account: moved, today: CalendarDate(iso: "2026-10-06")!, now: Date())
        #expect(handover.contains("**Period:** 5 October – 17 December 2026 (10 weeks)"))
    }

    @Test("an account nobody has rated reads \"not rated\", never Green (000:140)")
    func notRated() throws {
        let monday = CalendarDate(iso: "2026-11-30")!
        let account = try Self.added(on: monday)
        #expect(!account.health.isRated)
        let handover = Documents.render(.handover, account: account, today: monday, now: Date())
        #expect(handover.contains("**Health:** not rated"))
        for (kind, text) in Self.documents(account, today: monday) {
            #expect(!text.contains("Green"), "\(kind.rawValue) says Green of an account nobody rated")
        }
        #expect(Attention.reasons(for: account, today: monday).allSatisfy { $0 != .redHealth })
    }

    @Test("not rated at T-day is no baseline: the 30/60/90 check cannot count it as Green held")
    func notRatedIsNoBaseline() {
        var account = Fixture.account(stage: .continuity, tDayIn: -40)
        account.health = .notRated(since: Fixture.day(-60))
        account.healthHistory = []
        let measured = HealthAfterTransfer(account: account, today: Fixture.today)
        #expect(measured.atTransfer == nil)
        #expect(measured.maintained == nil)
        // Near miss: rated Green before T-day, it is a baseline.
        account.health = Health(rating: .green, rationale: "On plan", setOn: Fixture.day(-45))
        #expect(HealthAfterTransfer(account: account, today: Fixture.today).maintained == true)
    }

    @Test("a store written when new accounts were assumed Green reads them back as not rated")
    func oldAssumedGreen() throws {
        let json = #"{"rating":"green","rationale":"Not rated yet: added on 2026-12-06 (H sets it).","setOn":"2026-12-06"}"#
        let health = try JSONDecoder().decode(Health.self, from: Data(json.utf8))
        #expect(!health.isRated)
        let rated = try JSONDecoder().decode(Health.self, from: Data(#"{"rating":"green","rationale":"On plan","setOn":"2026-12-06"}"#.utf8))
        #expect(rated.rating == .green, "near miss: a real Green stays Green")
    }
}
