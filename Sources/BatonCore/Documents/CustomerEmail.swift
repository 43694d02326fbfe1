/// The frame every customer email draft shares: when to send it, from whom, to whom, the subject,
/// then the body. Built from `CustomerSafeAccount` only. Square brackets mark what the sender must
/// fill in (a phone number, a line about themselves): what Baton does not know, it does not invent.
struct CustomerEmail {
    var title: String
    var sendOn: CalendarDate
    var sendNote: String = ""
    var from: String
    var cc: [String]
    var subject: String

    /// The header, the greeting and the body; `body` writes paragraphs of escaped Markdown.
    func markdown(_ c: CustomerSafeAccount, body: (inout MarkdownWriter) -> Void) -> String {
        var w = MarkdownWriter()
        w.title("Draft email · \(c.name) · \(title)")
        // A draft due on a weekend is sent on the Monday: nobody reads a handover email on a Saturday.
        let day = BusinessDays.next(onOrAfter: sendOn)
        w.line("**Send on:** \(DocumentDate.withWeekday(day)) (\(DocumentDate.relative(day, tDay: c.tDay)))\(sendNote)  ")
        w.field("From", from)
        w.field("To", Self.recipient(c))
        let copies = ([c.dayToDay?.name] + cc.map(Optional.some)).compactMap { $0 }.filter { !$0.isEmpty }
        if !copies.isEmpty { w.field("Cc", copies.joined(separator: ", ")) }
        w.field("Subject", subject)
        w.blank()
        w.line("---")
        w.blank()
        w.line("Hi \(Markdown.inline(DocumentWords.firstName(c.sponsor?.name ?? c.name))),")
        w.blank()
        body(&w)
        w.line(Markdown.inline(from))
        return w.text
    }

    /// The sponsor, with their role; the customer's name when no sponsor is tagged.
    static func recipient(_ c: CustomerSafeAccount) -> String {
        guard let s = c.sponsor else { return "[the customer's sponsor] at \(c.name)" }
        return s.role.isEmpty ? s.name : "\(s.name) (\(s.role))"
    }
}

extension MarkdownWriter {
    /// A paragraph of Baton's words with escaped store values in it, and the blank line after.
    mutating func para(_ markdown: String) {
        line(markdown)
        blank()
    }
}
