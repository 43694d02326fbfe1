/// The departing owner's step-back note 30 to 45 days after T-day (seed 002): the new owner is the
/// primary partner for day-to-day success; the departing owner stays for strategic matters only.
/// Customer-facing.
public enum EmailStepBackMarkdown {
    public static func markdown(_ c: CustomerSafeAccount, today: CalendarDate) -> String {
        let am = Markdown.inline(c.accountManager)
        let amFirst = Markdown.inline(DocumentWords.firstName(c.accountManager))
        let email = CustomerEmail(title: "Stepping back", sendOn: c.tDay.adding(days: 30),
                                  from: c.onboardingLead, cc: [c.accountManager], subject: "One month on")
        return email.markdown(c) { w in
            w.para("I wanted to check in now that it's been a month since \(am) took over as your primary partner. How are things going?")
            w.para("\(amFirst) is excellent and fully committed to your success. I'm confident in our continued partnership.")
            w.para("I'll stay connected for strategic discussions, but \(amFirst) is your primary partner for day-to-day success.")
            w.para("Thank you again for the great partnership.")
        }
    }
}
