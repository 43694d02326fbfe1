/// The introduction of the new owner, about two weeks before T-day (seed 002, step 1): the reason,
/// what the new owner brings, continuity, a proposed call, and the departing person still there.
/// Customer-facing.
public enum EmailIntroductionMarkdown {
    public static func markdown(_ c: CustomerSafeAccount, today: CalendarDate) -> String {
        let am = Markdown.inline(c.accountManager)
        let amFirst = Markdown.inline(DocumentWords.firstName(c.accountManager))
        let email = CustomerEmail(title: "Introducing your account manager", sendOn: c.tDay.adding(days: -14),
                                  from: c.onboardingLead, cc: [c.accountManager],
                                  subject: "Important update: your team for \(c.name)")
        return email.markdown(c) { w in
            w.para(reason(c) + " \(am) will become your primary partner with us from \(DocumentDate.long(c.tDay)).")
            w.para("This is good news for you because:")
            w.line("- \(amFirst) brings [one specific line about their experience with customers like \(Markdown.inline(c.name))]")
            w.line("- \(amFirst) has already been fully briefed on your business and the goals we set together at kick-off")
            let achieved = c.outcomes.filter { $0.achievedOn != nil }.count
            if achieved > 0 {
                w.line("- Nothing is lost: \(amFirst) knows the \(achieved) outcome\(achieved == 1 ? "" : "s") we have achieved together and what comes next")
            }
            w.blank()
            w.para("I've worked closely with \(amFirst) to ensure complete continuity. They already understand your goals, your history and your current initiatives.")
            // A meeting already put on a weekend is not proposed as it stands, nor moved in the
            // customer's eyes: the email asks for a time instead (no document proposes a weekend).
            if let joint = c.jointMeeting, BusinessDays.isBusinessDay(joint) {
                w.para("Let's meet on \(DocumentDate.withWeekday(joint)) so I can introduce you both properly and answer any questions. [Proposed time and calendar link]")
            } else {
                w.para("Let's schedule a brief call next week so I can introduce you both and answer any questions. [Proposed times or calendar link]")
            }
            w.para("I'll remain available during the transition, and for the first 30 days after it, to ensure everything goes smoothly.")
            w.para("Thank you for the partnership. You're in excellent hands.")
        }
    }

    /// Why the owner is changing, in words the customer can hear, by kind of transition.
    static func reason(_ c: CustomerSafeAccount) -> String {
        switch c.transitionKind {
        case .onboardingToAccountManagement:
            "I wanted to share an important update. Your onboarding is coming to a close, and as we planned from the start, your day-to-day relationship now moves to our Account Management team."
        case .salesToCustomerSuccess:
            "I wanted to share an important update. Now that everything is signed, your day-to-day relationship moves from our Sales team to our Customer Success team, as we discussed."
        case .salesToAccountManagement:
            "I wanted to share an important update. As your business with us grows, your day-to-day relationship moves from our Sales team to our Account Management team, who look after renewals and the next steps together."
        case .repToRep:
            "I wanted to share an important update. [The reason: I'm moving to a new role / I'm leaving the company], and your account is moving to a colleague."
        case .teamToTeam:
            "I wanted to share an important update. We are reorganising our teams [why, in one sentence], and your account is moving to a colleague."
        }
    }
}
