import Foundation

/// The portfolio `baton --demo` opens: a dozen accounts, one in every situation a lead meets.
///
/// Every date is an offset from `today`, so the demo never goes stale, and nothing reads the
/// clock or draws a random number: the same `today` always gives the same portfolio.
public enum DemoPortfolio {
    /// Whose portfolio the demo is.
    public static let owner = "Sarah Khan"

    /// The demo accounts, in the order a lead would meet them: from Sales to Account Management.
    ///
    /// `now` is accepted for symmetry with the store; timestamps are derived from `today` at fixed
    /// hours in UTC instead, so a golden screen does not change with the minute it was drawn.
    public static func make(today: CalendarDate, now: Date) -> Portfolio {
        let day = DemoDay(today: today)
        var accounts = [
            sahyadri(day),
            cascadia(day),
            ferreira(day),
            lyon(day),
            mueller(day),
            coralCoast(day),
            northwind(day),
            blueFin(day),
            alpenblick(day),
            hokuto(day),
            pinecrest(day),
            hanbit(day),
        ]
        for i in accounts.indices {
            DemoRecords.apply(to: &accounts[i])
            DemoTimelines.apply(to: &accounts[i], today: today)
        }
        return Portfolio(owner: owner, accounts: accounts)
    }
}

/// Dates and instants relative to the demo's `today`: `d(-3)` is three days ago.
struct DemoDay {
    let today: CalendarDate

    /// The calendar day `offset` days from today.
    func d(_ offset: Int) -> CalendarDate { today.adding(days: offset) }

    /// An instant on the day `offset` days from today, at a fixed time in UTC.
    func at(_ offset: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        let seconds = (today.dayNumber + offset) * 86_400 + hour * 3_600 + minute * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// An interaction that happened at `hour` UTC on the day `offset` from today, logged some hours later.
    /// Logging more than 24 hours late is the "stale record" failure the demo shows once on purpose.
    func interaction(_ id: String, _ kind: Interaction.Kind, _ offset: Int, _ hour: Int, with: String,
                     _ summary: String, loggedHoursLater: Int = 1) -> Interaction {
        let happened = at(offset, hour)
        return Interaction(id: id, kind: kind, happenedAt: happened,
                           loggedAt: happened.addingTimeInterval(TimeInterval(loggedHoursLater * 3_600)),
                           summary: summary, with: with)
    }

    /// `months` calendar months after `date`, on the same day or the month's last day.
    func adding(months: Int, to date: CalendarDate) -> CalendarDate {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        let last = CalendarDate.daysIn(month: month, year: year)
        return CalendarDate(year: year, month: month, day: min(date.day, last))!
    }

    /// A contract that started `startOffset` days from today and renews after `termMonths`.
    func contract(_ purchased: String, _ value: Int, _ currency: String, termMonths: Int, startOffset: Int) -> Contract {
        let start = d(startOffset)
        return Contract(purchased: purchased, annualValue: value, currency: currency, termMonths: termMonths,
                        startDate: start, renewalDate: adding(months: termMonths, to: start))
    }
}

// MARK: - Small builders shared by the demo accounts

extension DemoPortfolio {
    /// A condition marked Met on `on`, backed by `evidence`.
    static func met(_ condition: ReadinessCondition, on: CalendarDate, _ evidence: Evidence) -> ConditionAssessment {
        ConditionAssessment(condition: condition, status: .met, evidence: evidence, markedOn: on)
    }

    /// A condition marked Not Met on `on`, with the named action that will close the gap.
    static func notMet(_ condition: ReadinessCondition, on: CalendarDate, _ action: GapAction) -> ConditionAssessment {
        ConditionAssessment(condition: condition, status: .notMet, action: action, markedOn: on)
    }

    /// A recorded run: the six marks as they stood, Cleared only when all six are Met.
    static func run(_ id: String, on: CalendarDate, attendees: [String], _ results: [ConditionAssessment]) -> AssessmentRun {
        let score = results.filter { $0.status == .met }.count
        return AssessmentRun(id: id, on: on, attendees: attendees, results: results,
                             cleared: score == ReadinessCondition.allCases.count, score: score)
    }

    /// All nine CRM areas complete, each with the note the walkthrough left.
    static func allAreasComplete(_ notes: [CRMArea: String] = [:]) -> [CRMAreaCheck] {
        CRMArea.allCases.map { CRMAreaCheck(area: $0, complete: true, note: notes[$0] ?? "Checked in the T-day walkthrough.") }
    }

    /// CRM areas complete except those named, which carry the note saying what is missing.
    static func areas(incomplete: [CRMArea: String], complete notes: [CRMArea: String] = [:]) -> [CRMAreaCheck] {
        CRMArea.allCases.map { area in
            if let missing = incomplete[area] { return CRMAreaCheck(area: area, complete: false, note: missing) }
            return CRMAreaCheck(area: area, complete: true, note: notes[area] ?? "Reviewed with the account manager.")
        }
    }

    /// The five T-day changes, all ticked on the T-day morning a few minutes apart.
    static func allChangesDone(_ day: DemoDay, tDayOffset: Int) -> [TDayChangeCheck] {
        TDayChange.allCases.enumerated().map { i, change in
            TDayChangeCheck(change: change, doneAt: day.at(tDayOffset, 9, 5 + i * 4))
        }
    }

    /// Exit components done on the given days (nil for not done yet), in component order.
    static func exit(_ done: [CalendarDate?]) -> [ExitStep] {
        ExitComponent.allCases.enumerated().map { i, component in
            ExitStep(component: component, doneOn: i < done.count ? done[i] : nil)
        }
    }

    /// A meeting's standard agenda with the notes taken in each section, in order.
    static func agenda(_ kind: Meeting.Kind, notes: [String]) -> [AgendaSection] {
        MeetingAgenda.sections(for: kind).enumerated().map { i, section in
            var section = section
            if i < notes.count { section.notes = notes[i] }
            return section
        }
    }

    /// Handover text per section, numbered 1–8 as in the template.
    static func handover(_ texts: [HandoverSection: String], circulated: CalendarDate?, finalised: CalendarDate?) -> HandoverDocument {
        var sections: [Int: String] = [:]
        for (section, text) in texts { sections[section.rawValue] = text }
        return HandoverDocument(sections: sections, circulatedOn: circulated, finalisedOn: finalised)
    }
}
