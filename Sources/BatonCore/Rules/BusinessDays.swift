/// Business days for the transfer: the joint meeting tells the customer the CRM transition
/// "will occur the next business day", and a transfer on a weekend, or on a Friday afternoon
/// at the end of a quarter, is one to avoid.
public enum BusinessDays {
    /// Monday to Friday.
    public static func isBusinessDay(_ day: CalendarDate) -> Bool { day.weekday <= 5 }

    /// The last business day before `day`: the Friday before a Monday.
    public static func previous(before day: CalendarDate) -> CalendarDate {
        var d = day.adding(days: -1)
        while !isBusinessDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// `day` itself when it is a business day, else the Monday after.
    public static func next(onOrAfter day: CalendarDate) -> CalendarDate {
        var d = day
        while !isBusinessDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// `day` itself when it is a business day, else the Friday before.
    public static func previous(onOrBefore day: CalendarDate) -> CalendarDate {
        isBusinessDay(day) ? day : previous(before: day)
    }

    /// What is wrong with transferring on `tDay`, in the domain's words; empty when nothing is.
    public static func tDayWarnings(_ tDay: CalendarDate) -> [String] {
        tDayToAvoid(tDay).map { [$0.text(tDay)] } ?? []
    }

    /// Why `tDay` is a day to avoid for a transfer (000:57, 457), or nil.
    public static func tDayToAvoid(_ tDay: CalendarDate) -> TDayToAvoid? {
        switch tDay.weekday {
        case 6: .saturday
        case 7: .sunday
        case 5 where isLastWeekOfQuarter(tDay): .quarterEndFriday
        default: nil
        }
    }

    /// The T-day an account gets when none is given: eight weeks out, on a business day that is
    /// not the Friday as a quarter closes (the Monday after a weekend, the Thursday before that Friday).
    public static func defaultTDay(today: CalendarDate) -> CalendarDate {
        let day = next(onOrAfter: today.adding(days: 56))
        return tDayToAvoid(day) == .quarterEndFriday ? day.adding(days: -1) : day
    }

    /// `day` moved onto a business day, for a date a document proposes to the customer: the
    /// Friday before for a step ahead of T-day (a deadline met early), the Monday after for one
    /// from T-day on.
    public static func proposable(_ day: CalendarDate, tDay: CalendarDate) -> CalendarDate {
        day < tDay ? previous(onOrBefore: day) : next(onOrAfter: day)
    }

    /// The last seven days of March, June, September or December.
    static func isLastWeekOfQuarter(_ day: CalendarDate) -> Bool {
        guard day.month % 3 == 0 else { return false }
        return CalendarDate.daysIn(month: day.month, year: day.year) - day.day < 7
    }
}

/// The source: freshness is judged at the assessment, and "if the clearing run is older than 7
/// days at the joint transition meeting, re-run it". The timeline carries the re-check.
public enum ReadinessRecheck {
    public static let templateKey = "readiness-recheck"

    /// The last run that cleared the account.
    public static func clearingRun(of account: Account) -> AssessmentRun? {
        account.readiness.runs.last { $0.cleared }
    }

    /// The re-check is due when the clearing run will be more than 7 days old at the joint meeting.
    public static func isNeeded(for account: Account) -> Bool {
        guard let run = clearingRun(of: account), let joint = jointMeetingDay(of: account) else { return false }
        return run.on.days(until: joint) > Readiness.freshnessDays
    }

    static func jointMeetingDay(of account: Account) -> CalendarDate? {
        account.timeline.first { $0.templateKey == "joint-transition-meeting" }?.due
    }

    /// Adds the re-check before the joint meeting when it is needed; drops it when it is not
    /// (unless the lead already did or moved it). Only before the joint meeting has happened.
    public static func follow(_ account: inout Account) {
        guard account.stage < .jointTransitionMeeting, let joint = jointMeetingDay(of: account) else { return }
        let existing = account.timeline.firstIndex { $0.templateKey == templateKey }
        if isNeeded(for: account) {
            let due = BusinessDays.previous(before: joint)
            let title = "Readiness re-check before the joint meeting: the clearing run of "
                + "\(clearingRun(of: account)!.on.iso) is more than \(Readiness.freshnessDays) days old"
            if let i = existing {
                if account.timeline[i].doneOn == nil && !account.timeline[i].moved {
                    account.timeline[i].due = due
                    account.timeline[i].offsetDays = account.tDay.days(until: due)
                    account.timeline[i].title = title
                }
            } else {
                account.timeline.append(TimelineItem(id: TimelineTemplate.itemID(key: templateKey), title: title,
                                                     offsetDays: account.tDay.days(until: due), due: due, templateKey: templateKey))
            }
        } else if let i = existing, account.timeline[i].doneOn == nil, !account.timeline[i].moved {
            account.timeline.remove(at: i)
        }
        account.timeline = TimelineChange.inDateOrder(account.timeline)
    }
}

/// Why a day is one to avoid for a transfer: the weekend (the CRM transition happens "the next
/// business day", 000:367, 457), or a Friday as the quarter closes (000:57).
public enum TDayToAvoid: Int, Codable, Sendable, Equatable {
    case quarterEndFriday = 5, saturday = 6, sunday = 7

    /// "T-day on a Sunday": short enough for a portfolio row and `baton list` flags.
    public var label: String {
        switch self {
        case .saturday: "T-day on a Saturday"
        case .sunday: "T-day on a Sunday"
        case .quarterEndFriday: "T-day on a quarter-end Friday"
        }
    }

    public func text(_ tDay: CalendarDate) -> String {
        switch self {
        case .saturday: "T-day \(tDay.iso) is a Saturday: the CRM transfer happens on a business day."
        case .sunday: "T-day \(tDay.iso) is a Sunday: the CRM transfer happens on a business day."
        case .quarterEndFriday: "T-day \(tDay.iso) is a Friday at the end of a quarter: avoid a transfer as the quarter closes."
        }
    }
}
