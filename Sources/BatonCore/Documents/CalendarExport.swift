import Foundation

/// The account's timeline and the portfolio agenda as iCalendar: one all-day event per step,
/// titled with the account, its place against T-day in the description, and a UID made of the
/// account's and the step's ids, so re-importing updates each event instead of adding a copy.
public enum CalendarExport {
    /// Every step of one account's timeline.
    public static func account(_ a: Account, today: CalendarDate) -> ICalendar {
        ICalendar(name: "Baton · \(DocumentText.clean(a.name))", events: events(a, today: today))
    }

    /// Every step of every account still in the portfolio (archived ones are left out), by day.
    public static func portfolio(_ p: Portfolio, today: CalendarDate) -> ICalendar {
        let all = p.accounts.filter(\.isActive).flatMap { events($0, today: today) }
        let ordered = all.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        let owner = DocumentText.clean(p.owner).trimmingSpaces()
        return ICalendar(name: owner.isEmpty ? "Baton · portfolio" : "Baton · \(owner)'s portfolio", events: ordered)
    }

    /// The stable UID of one step: `<account-id>.<item-id>@baton`.
    public static func uid(accountID: String, itemID: String) -> String {
        "\(accountID).\(itemID)@baton"
    }

    static func events(_ a: Account, today: CalendarDate) -> [ICalendar.Event] {
        a.timeline.map { item in
            let day = item.doneOn ?? item.due
            var description = "\(relation(item.offsetDays, moved: day != a.tDay.adding(days: item.offsetDays), day: day, tDay: a.tDay)) for \(a.name); T-day is \(DocumentDate.withWeekday(a.tDay))."
            switch item.status(today: today) {
            case .done(let on): description += "\nDone \(DocumentDate.long(on))."
            case .overdue: description += "\nOverdue: it was due \(DocumentDate.long(item.due))."
            case .due: break
            }
            description += "\nOnboarding lead \(a.people.onboardingLead); account manager \(a.people.accountManager)."
            return ICalendar.Event(uid: uid(accountID: a.id, itemID: item.id), day: day,
                                   summary: "\(a.name): \(item.title)", description: description)
        }
    }

    /// "T−10", or "T−10 in the template, now T−8" when the lead moved it or it was done on another day.
    static func relation(_ offset: Int, moved: Bool, day: CalendarDate, tDay: CalendarDate) -> String {
        let planned = offset == 0 ? "T" : offset < 0 ? "T−\(-offset)" : "T+\(offset)"
        let actual = DocumentDate.relative(day, tDay: tDay)
        return moved && actual != planned ? "\(actual) (\(planned) in the template)" : planned
    }
}
