/// The one-page customer success summary (module 3): the customer's keepsake. Customer-facing:
/// built from `CustomerSafeAccount` only, so nothing internal can reach it.
public enum CustomerSuccessSummaryMarkdown {
    public static func markdown(_ c: CustomerSafeAccount, today: CalendarDate) -> String {
        var w = MarkdownWriter()
        let am = Markdown.inline(c.accountManager)
        let lead = Markdown.inline(c.onboardingLead)
        w.title("\(c.name) · Onboarding Success Summary")

        w.heading("The goal we set on day 1")
        if c.dayOneGoals.isEmpty {
            w.line("_No outcomes were recorded at kick-off._")
        } else {
            w.line("Together we named these outcomes at kick-off:")
            w.blank()
            c.dayOneGoals.forEach { w.bullet($0.name) }
        }
        w.blank()

        w.heading("Where we are today")
        let achieved = c.outcomes.filter { $0.achievedOn != nil }
        if !c.outcomes.isEmpty {
            w.line("\(achieved.count) of \(c.outcomes.count) outcome\(c.outcomes.count == 1 ? "" : "s") achieved as of \(DocumentDate.long(today)):")
            w.blank()
        }
        for o in c.outcomes {
            if let on = o.achievedOn {
                w.bulletMarkdown("\(Markdown.inline(o.name)): achieved \(DocumentDate.long(on)).")
            } else {
                w.bulletMarkdown("\(Markdown.inline(o.name)): planned for \(DocumentDate.long(o.targetDate)).")
            }
        }
        w.blank()

        w.heading("The people who delivered this")
        w.line("Your Onboarding Lead (\(lead)) and your Onboarding Coordinator (\(Markdown.inline(c.onboardingCoordinator))). Behind them, our platform engineering team and our customer success leadership.")
        w.blank()

        w.heading("Who takes care of you from here")
        let from = DocumentDate.long(c.tDay)
        if today < c.tDay {
            w.line("Your Account Manager (\(am)) will be your day-to-day relationship lead from \(from).")
        } else {
            w.line("Your Account Manager (\(am)) has been your day-to-day relationship lead since \(from).")
        }
        if let joint = c.jointMeeting {
            w.line(today <= joint
                   ? "You will meet \(am) formally at the Joint Transition Meeting on \(DocumentDate.long(joint))."
                   : "You met \(am) formally at the Joint Transition Meeting on \(DocumentDate.long(joint)).")
        }
        w.line("\(lead) will remain available until \(DocumentDate.long(c.leadAvailableUntil)), the first 30 days after the transition, for continuity on any open items.")
        w.blank()

        w.heading("What comes next")
        var next = false
        if let call = c.firstOneToOne, call >= today {
            w.bulletMarkdown("Your first one-to-one with \(am) on \(DocumentDate.withWeekday(call)).")
            next = true
        }
        if let qbr = c.firstQBR {
            w.bulletMarkdown("A formal Quarterly Business Review in \(DocumentDate.month(qbr)) to review the value delivered and the opportunities ahead.")
            next = true
        }
        if !next { w.line("\(am) will agree the next steps with you.") }
        w.blank()
        w.line("_This document is yours to keep, and to circulate inside your organisation as you see fit._")
        return w.text
    }
}
