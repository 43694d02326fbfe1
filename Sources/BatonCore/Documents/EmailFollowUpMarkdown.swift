/// The account manager's follow-up note on T-day afternoon (module 6): the transition is formal,
/// the proposed cadence, the date of the first one-to-one. Customer-facing.
public enum EmailFollowUpMarkdown {
    public static func markdown(_ c: CustomerSafeAccount, today: CalendarDate) -> String {
        let lead = Markdown.inline(c.onboardingLead)
        let email = CustomerEmail(title: "Follow-up note: the transition is formal", sendOn: c.tDay, sendNote: ", afternoon",
                                  from: c.accountManager, cc: [c.onboardingLead],
                                  subject: "\(c.name): your move to Account Management is complete")
        return email.markdown(c) { w in
            w.para("Thank you for your time at the joint transition meeting. I'm writing to confirm that your transition to Account Management is now formal: from today, \(DocumentDate.long(c.tDay)), I am your primary contact with us.")
            w.para("As we discussed, this is the rhythm I propose:")
            w.line("- A monthly check-in call")
            if let qbr = c.firstQBR {
                w.line("- A Quarterly Business Review each quarter, the first in \(DocumentDate.month(qbr))")
            } else {
                w.line("- A Quarterly Business Review each quarter")
            }
            w.line("- And I'm available whenever you need me in between")
            w.blank()
            if let call = c.firstOneToOne {
                w.para("Our first one-to-one call is on \(DocumentDate.withWeekday(call)). [Time and meeting link]")
            } else {
                w.para("I'd like to set up our first one-to-one call in the next two weeks. [Proposed dates]")
            }
            w.para("\(lead) remains available until \(DocumentDate.long(c.leadAvailableUntil)) for anything from the onboarding period. Please tell me if the cadence above doesn't suit you, and I'll adjust it.")
            w.para("I'm looking forward to working with you.")
        }
    }
}
