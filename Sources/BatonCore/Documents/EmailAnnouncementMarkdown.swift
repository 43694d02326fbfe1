/// The T-day announcement from the departing owner (seed 002, step 3): the new owner is now the
/// primary partner, how to reach them, the same support channels. Customer-facing.
public enum EmailAnnouncementMarkdown {
    public static func markdown(_ c: CustomerSafeAccount, today: CalendarDate) -> String {
        let am = Markdown.inline(c.accountManager)
        let amFirst = Markdown.inline(DocumentWords.firstName(c.accountManager))
        let email = CustomerEmail(title: "Your new primary partner", sendOn: c.tDay, sendNote: ", morning",
                                  from: c.onboardingLead, cc: [c.accountManager],
                                  subject: "\(c.accountManager) is now your primary partner")
        return email.markdown(c) { w in
            w.para("As of today, \(am) is officially your primary partner for \(Markdown.inline(c.name)). \(amFirst) is fully briefed and ready to continue driving your success.")
            w.para("For any questions or needs, please reach out to:")
            w.line("- \(am): [email] · [phone]")
            w.line("- The same support channels you've always used")
            w.blank()
            w.para("I'll stay available until \(DocumentDate.long(c.leadAvailableUntil)) for anything from the onboarding period, but \(amFirst) is your first call from today.")
            w.para("I'm confident in our continued partnership. \(amFirst) is excellent and fully committed to your success.")
            w.para("Thank you again for the great partnership.")
        }
    }
}
