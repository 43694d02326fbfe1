/// The new owner's check-in a week after T-day (seed 002, step 4): how it is going, the
/// priorities, the next check-in. Customer-facing.
public enum EmailCheckInMarkdown {
    public static func markdown(_ c: CustomerSafeAccount, today: CalendarDate) -> String {
        let sendOn = c.tDay.adding(days: 7)
        let email = CustomerEmail(title: "Checking in a week after the transition", sendOn: sendOn,
                                  from: c.accountManager, cc: [], subject: "Checking in")
        return email.markdown(c) { w in
            w.para("I wanted to check in now that the transition is complete. How are things going from your perspective? Any questions or concerns I can address?")
            w.para("I've been reviewing our priorities and wanted to confirm:")
            // What is still open among the outcomes named with the customer; the rest the sender fills in.
            let open = c.outcomes.filter { $0.achievedOn == nil }.prefix(3)
            for o in open {
                w.line("- \(Markdown.inline(o.name)), planned for \(DocumentDate.long(o.targetDate))")
            }
            for n in stride(from: open.count + 1, through: 3, by: 1) {
                w.line("- [Priority \(n)]")
            }
            w.blank()
            if let call = c.firstOneToOne, call > sendOn {
                w.para("Our next check-in is our one-to-one on \(DocumentDate.withWeekday(call)). Looking forward to our continued partnership.")
            } else {
                w.para("Let's schedule our next check-in for [date and time]. Looking forward to our continued partnership.")
            }
        }
    }
}
