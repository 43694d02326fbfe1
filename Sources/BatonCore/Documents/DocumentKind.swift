import Foundation

/// Every document Baton exports, by the name `baton export` and the `E` menu use.
public enum DocumentKind: String, CaseIterable, Sendable {
    case handover
    case completionReport = "completion-report"
    case readinessRecord = "readiness-record"
    case register
    case jointMeetingPack = "joint-meeting-pack"
    case summary
    case emailIntroduction = "email-introduction"
    case emailAnnouncement = "email-announcement"
    case emailFollowUp = "email-follow-up"
    case emailCheckIn = "email-check-in"
    case emailStepBack = "email-step-back"
    case calendar

    /// Who may read it: the team only, or the customer too.
    public enum Audience: Sendable { case `internal`, customer, lead }

    public var audience: Audience {
        switch self {
        case .handover, .completionReport, .readinessRecord, .register, .jointMeetingPack: .internal
        case .summary, .emailIntroduction, .emailAnnouncement, .emailFollowUp, .emailCheckIn, .emailStepBack: .customer
        case .calendar: .lead
        }
    }

    public var isCustomerFacing: Bool { audience == .customer }

    /// What it is, in a few words: the `E` menu's line.
    public var name: String {
        switch self {
        case .handover: "Handover document, eight sections"
        case .completionReport: "Onboarding completion report"
        case .readinessRecord: "Readiness assessment record, every run"
        case .register: "Risk register and issues log, with history"
        case .jointMeetingPack: "Joint transition meeting pack"
        case .summary: "Customer success summary, one page"
        case .emailIntroduction: "Email introducing the account manager, T−14"
        case .emailAnnouncement: "Email announcing the new owner on T-day"
        case .emailFollowUp: "Account manager's follow-up note, T-day pm"
        case .emailCheckIn: "Account manager's check-in a week later"
        case .emailStepBack: "Step-back note after 30 days"
        case .calendar: "Calendar (.ics): the account's timeline"
        }
    }

    /// `baton export --help`'s one line: the name and who it is for.
    public var title: String {
        switch audience {
        case .internal: "\(name) (internal)"
        case .customer: "\(name) (customer)"
        case .lead: "Timeline as .ics; with no account, the portfolio's"
        }
    }

    public var fileExtension: String { self == .calendar ? "ics" : "md" }

    /// The file name before any "-2" that keeps it from replacing an earlier export.
    public func fileName(accountID: String?, today: CalendarDate) -> String {
        let who = accountID.map(Self.safeFileName) ?? "portfolio"
        return "\(who)-\(rawValue)-\(today.iso).\(fileExtension)"
    }

    /// An account id made safe for a file name: letters, digits, `-` and `_`; anything else a `-`.
    static func safeFileName(_ id: String) -> String {
        let mapped = id.unicodeScalars.map { s -> Character in
            (s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_")) ? Character(s) : "-"
        }
        let name = String(mapped).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return name.isEmpty ? "account" : name
    }
}

/// Builds a document's text: a pure function of the account, today and (for a calendar's stamp) now.
public enum Documents {
    /// One account's document of `kind`. Customer-facing kinds see only `CustomerSafeAccount(account)`.
    public static func render(_ kind: DocumentKind, account: Account, today: CalendarDate, now: Date) -> String {
        switch kind {
        case .handover: return HandoverDocumentMarkdown.markdown(account, today: today)
        case .completionReport: return CompletionReportMarkdown.markdown(account, today: today)
        case .readinessRecord: return ReadinessRecordMarkdown.markdown(account, today: today)
        case .register: return RegisterMarkdown.markdown(account, today: today)
        case .jointMeetingPack: return JointMeetingPackMarkdown.markdown(account, today: today)
        case .calendar: return CalendarExport.account(account, today: today).text(now: now)
        case .summary, .emailIntroduction, .emailAnnouncement, .emailFollowUp, .emailCheckIn, .emailStepBack:
            // Every customer-facing kind has a CustomerDocument of the same name (a test holds it).
            return renderForCustomer(kind.customerDocument!, CustomerSafeAccount(account), today: today)
        }
    }

    /// A customer-facing document from the customer-safe view: the only input it has.
    public static func renderForCustomer(_ kind: CustomerDocument, _ c: CustomerSafeAccount, today: CalendarDate) -> String {
        switch kind {
        case .summary: return CustomerSuccessSummaryMarkdown.markdown(c, today: today)
        case .emailIntroduction: return EmailIntroductionMarkdown.markdown(c, today: today)
        case .emailAnnouncement: return EmailAnnouncementMarkdown.markdown(c, today: today)
        case .emailFollowUp: return EmailFollowUpMarkdown.markdown(c, today: today)
        case .emailCheckIn: return EmailCheckInMarkdown.markdown(c, today: today)
        case .emailStepBack: return EmailStepBackMarkdown.markdown(c, today: today)
        }
    }

    /// Text from the store on one line, without controls or escape sequences: for a name printed
    /// to a terminal outside the dashboard.
    public static func plainText(_ text: String) -> String { DocumentText.clean(text) }

    /// The portfolio agenda as a calendar.
    public static func portfolioCalendar(_ portfolio: Portfolio, today: CalendarDate, now: Date) -> String {
        CalendarExport.portfolio(portfolio, today: today).text(now: now)
    }
}

/// The documents a customer may receive: each is written from `CustomerSafeAccount` alone.
public enum CustomerDocument: String, CaseIterable, Sendable {
    case summary
    case emailIntroduction = "email-introduction"
    case emailAnnouncement = "email-announcement"
    case emailFollowUp = "email-follow-up"
    case emailCheckIn = "email-check-in"
    case emailStepBack = "email-step-back"

    public var kind: DocumentKind { DocumentKind(rawValue: rawValue)! }
}

extension DocumentKind {
    /// The customer-facing document this kind is, or nil for an internal one.
    public var customerDocument: CustomerDocument? { CustomerDocument(rawValue: rawValue) }
}
