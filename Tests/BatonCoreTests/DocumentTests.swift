import Foundation
import Testing
@testable import BatonCore

/// The documents Baton exports, read as a lead and a customer would read them.
@Suite("Documents")
struct DocumentTests {
    /// Monday 23 November 2026, 09:30 UTC: the demo's Northwind is three days from its T-day.
    static let today = CalendarDate(iso: "2026-11-23")!
    static let now = Date(timeIntervalSince1970: TimeInterval(today.dayNumber) * 86_400 + 9.5 * 3600)
    static let portfolio = DemoPortfolio.make(today: today, now: now)
    static var northwind: Account { portfolio.account(id: "northwind")! }

    @Test("each document for the demo's Northwind matches its golden file", arguments: DocumentKind.allCases)
    func northwindGolden(kind: DocumentKind) {
        let text = Documents.render(kind, account: Self.northwind, today: Self.today, now: Self.now)
        DocumentGolden.check(text, named: "northwind.\(kind.rawValue).\(kind.fileExtension)")
    }

    @Test("the portfolio calendar matches its golden file")
    func portfolioCalendarGolden() {
        DocumentGolden.check(Documents.portfolioCalendar(Self.portfolio, today: Self.today, now: Self.now),
                             named: "portfolio.calendar.ics")
    }
}

/// Customer-facing documents are written from `CustomerSafeAccount`, which has no internal field:
/// an account whose every internal field holds its own marker yields documents with none of them.
@Suite("Documents for the customer")
struct CustomerFacingDocumentTests {
    /// Northwind, with a distinct marker in every field the customer must never see.
    static func markedAccount() -> (Account, [String]) {
        var a = DocumentTests.northwind
        var markers: [String] = []
        func mark(_ name: String) -> String {
            let m = "MARKER-\(name)"
            markers.append(m)
            return m
        }
        for s in HandoverSection.allCases { a.handover[s] = mark("handover-section-\(s.rawValue)") }
        a.risks = a.risks.enumerated().map { i, r in
            var r = r
            r.statement = mark("risk-\(i)-statement"); r.mitigation = mark("risk-\(i)-mitigation")
            r.owner = mark("risk-\(i)-owner"); r.escalationTrigger = mark("risk-\(i)-trigger")
            r.resolution = mark("risk-\(i)-resolution")
            return r
        }
        a.openIssues = a.openIssues.enumerated().map { i, issue in
            var issue = issue
            issue.description = mark("issue-\(i)-description"); issue.owner = mark("issue-\(i)-owner")
            issue.dispositions = [OpenIssue.DispositionRecord(disposition: .recommitted, on: DocumentTests.today,
                                                              note: mark("issue-\(i)-note"), previousDescription: mark("issue-\(i)-before"))]
            return issue
        }
        a.contacts = a.contacts.enumerated().map { i, c in
            var c = c
            c.communicationPreference = mark("contact-\(i)-preference")
            return c
        }
        a.health.rationale = mark("health-rationale")
        a.healthHistory = [Health(rating: .red, rationale: mark("health-history"), setOn: DocumentTests.today.adding(days: -30))]
        a.sentiment = a.sentiment.enumerated().map { i, s in
            var s = s
            s.words = mark("sentiment-\(i)")
            return s
        }
        a.interactions = a.interactions.enumerated().map { i, x in
            var x = x
            x.summary = mark("interaction-\(i)")
            return x
        }
        a.meetings = a.meetings.enumerated().map { i, m in
            var m = m
            m.sections = m.sections.enumerated().map { j, s in
                var s = s
                s.notes = mark("meeting-\(i)-notes-\(j)")
                return s
            }
            m.commitments = [mark("meeting-\(i)-commitment")]
            return m
        }
        a.readiness.conditions = a.readiness.conditions.map { c in
            var c = c
            if var e = c.evidence {
                e.summary = mark("evidence-\(c.condition.number)")
                if e.sponsorWords != nil { e.sponsorWords = mark("sponsor-words-\(c.condition.number)") }
                c.evidence = e
            }
            c.action = GapAction(what: mark("gap-\(c.condition.number)"), owner: "Tom Reeves", deadline: DocumentTests.today)
            return c
        }
        a.milestones = a.milestones.enumerated().map { i, m in
            var m = m
            m.evidence = mark("milestone-\(i)-evidence")
            return m
        }
        a.crmTransfer.areas = a.crmTransfer.areas.map { area in
            var area = area
            area.note = mark("crm-\(area.area.rawValue)")
            return area
        }
        a.crmTransfer.firstTouchpoint?.agenda = mark("touchpoint-agenda")
        a.stageOverride = StageOverride(reason: mark("override-reason"), by: "Sarah Khan", on: DocumentTests.today,
                                        toStage: .jointTransitionMeeting)
        a.exit = a.exit.map { step in
            var step = step
            step.reference = mark("exit-\(step.component.rawValue)")
            return step
        }
        a.timeline.append(TimelineItem(id: "tl-custom", title: mark("timeline-own-step"), offsetDays: 5,
                                       due: a.tDay.adding(days: 5)))
        return (a, markers)
    }

    /// A contact's stance and relationship strength are enums: their words must not appear at all.
    static let judgementWords = ["advocate", "sceptic", "neutral", "strong", "weak", "moderate", "stance", "relationship strength"]

    @Test("no customer-facing document contains any internal field's marker, a stance or a relationship strength",
          arguments: CustomerDocument.allCases)
    func nothingInternal(kind: CustomerDocument) {
        let (account, markers) = Self.markedAccount()
        let text = Documents.render(kind.kind, account: account, today: DocumentTests.today, now: DocumentTests.now)
        for marker in markers {
            #expect(!text.contains(marker), "\(kind.rawValue) contains \(marker)")
        }
        for word in Self.judgementWords {
            #expect(!text.lowercased().contains(word), "\(kind.rawValue) says \"\(word)\"")
        }
        // Still the customer's document: it names them and the account manager.
        #expect(text.contains("Northwind Logistics") && text.contains("Daniel"))
    }

    @Test("the same markers do reach the internal handover document, so the test can fail")
    func markersReachTheHandover() {
        let (account, _) = Self.markedAccount()
        let text = Documents.render(.handover, account: account, today: DocumentTests.today, now: DocumentTests.now)
        for marker in ["MARKER-handover-section-7", "MARKER-risk-0-statement", "MARKER-issue-0-description",
                       "MARKER-contact-0-preference", "MARKER-health-rationale", "MARKER-sentiment-0"] {
            #expect(text.contains(marker), "the handover lacks \(marker)")
        }
        #expect(text.contains("Advocate") && text.contains("Sceptic"))
    }

    @Test("every customer-facing kind is a CustomerDocument and no internal kind is")
    func audiences() {
        for kind in DocumentKind.allCases {
            #expect((kind.customerDocument != nil) == kind.isCustomerFacing, "\(kind.rawValue)")
            #expect(kind.customerDocument.map(\.kind) == (kind.isCustomerFacing ? kind : nil))
        }
    }
}

/// Text from the store cannot break a document: not its tables, not its links, not a terminal.
@Suite("Documents keep text from the store in its place")
struct DocumentEscapingTests {
    static let markdownKinds = DocumentKind.allCases.filter { $0 != .calendar }
    static let hostile = "Evil | Corp](https://evil.example) <script>alert(1)</script> *bold* _x_ `code` \u{1B}[31mred\u{1B}[0m \u{202E}gnp.exe &amp; ~~gone~~"

    @Test("a customer name with table pipes, link syntax, HTML and escape sequences stays one escaped table cell")
    func hostileNameInATable() {
        var a = DocumentTests.northwind
        a.contacts[0].name = Self.hostile
        let text = Documents.render(.handover, account: a, today: DocumentTests.today, now: DocumentTests.now)
        let row = try! #require(text.split(separator: "\n").first { $0.contains("Evil") })
        // Six columns: seven unescaped pipes, however many the name holds.
        let unescapedPipes = row.enumerated().filter { i, c in c == "|" && (i == 0 || Array(row)[i - 1] != "\\") }.count
        #expect(unescapedPipes == 7, "\(row)")
        #expect(!row.replacingOccurrences(of: "\\]", with: "").contains("]("), "a link survived: \(row)")
        #expect(!row.contains("<script>"))
        #expect(!row.contains("\u{1B}") && !row.contains("\u{202E}"))
        #expect(row.contains("\\&amp;"))
        #expect(row.contains("\\*bold\\*"))
    }

    @Test("an account name that starts like a heading or a list stays text in every document", arguments: markdownKinds)
    func lineStarts(kind: DocumentKind) {
        var a = DocumentTests.northwind
        a.identity.name = "# 1. - Northwind\nInjected line"
        a.handover[.opportunities] = "## Not a heading\n    not code\n1) not a list\n> not a quote"
        let text = Documents.render(kind, account: a, today: DocumentTests.today, now: DocumentTests.now)
        let title = String(text.prefix { $0 != "\n" })
        #expect(title.hasPrefix("# ") && title.contains("1. - Northwind Injected line"), "\(title)")
        #expect(!title.dropFirst(2).hasPrefix("#"), "the name became a deeper heading: \(title)")
        #expect(!text.contains("\nInjected line") && !text.contains("\n# 1."))
        #expect(!text.contains("\n## Not a heading"))
        #expect(!text.contains("\n    not code"))
        #expect(!text.contains("\n1) not a list"))
        #expect(!text.contains("\n> not a quote"))
    }

    @Test("Markdown escaping leaves ordinary names as they read")
    func ordinaryNames() {
        #expect(Markdown.inline("Müller & Söhne Logistik") == "Müller & Söhne Logistik")
        #expect(Markdown.inline("Blue Fin Seafood 🐟") == "Blue Fin Seafood 🐟")
        #expect(Markdown.inline("北斗精密工業") == "北斗精密工業")
        #expect(Markdown.inline("O'Brien (Cork), 3.5 sites") == "O'Brien (Cork), 3.5 sites")
    }
}
