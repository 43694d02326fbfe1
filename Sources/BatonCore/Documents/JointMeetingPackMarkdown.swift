/// The joint transition meeting pack (module 5): who must be in the room, the timed agenda with
/// who leads each section, the account manager's points, the three signals to watch. Internal:
/// it is the team's script, not the customer's handout.
public enum JointMeetingPackMarkdown {
    /// Who leads each of the six sections, and what it is for, in the source's words.
    static let guidance: [(lead: String, purpose: String)] = [
        ("Onboarding lead", "Name the purpose: today we mark the formal completion of your onboarding and the start of your ongoing relationship with our Account Management team."),
        ("Onboarding coordinator", "Walk through the customer success summary: what was set out on day 1, what has been delivered, what the customer has achieved, in their voice."),
        ("Onboarding lead", "Introduce the account manager: who they are, what their role will be, why they are the right person for this customer."),
        ("Account manager", "Show the brief has been read: two or three specific things, the role, the proposed cadence, the first three actions in the first 30 days."),
        ("Customer", "Open floor: what the customer wants the new team to know, what the sponsor wants from the next phase, any concerns."),
        ("Onboarding lead", "Confirm the post-transition support plan: onboarding available for 30 days, the first QBR scheduled, the CRM transition the next business day."),
    ]

    public static func markdown(_ a: Account, today: CalendarDate) -> String {
        var w = MarkdownWriter()
        let safe = CustomerSafeAccount(a)
        let meeting = a.meetings.filter { $0.kind == .jointTransition }.max { $0.on < $1.on }
        let sections = meeting?.sections ?? MeetingAgenda.sections(for: .jointTransition, transition: a.transitionKind)
        let minutes = sections.reduce(0) { $0 + $1.minutes }
        w.title("\(a.name) · Joint Transition Meeting Pack")
        w.line("_Internal: the team's plan for the meeting where the customer meets their account manager._")
        w.blank()
        if let on = safe.jointMeeting {
            w.field("Date", "\(DocumentDate.withWeekday(on)) (\(DocumentDate.relative(on, tDay: a.tDay)))")
        } else {
            w.field("Date", "not yet scheduled")
        }
        w.field("Length", "\(minutes) minutes")
        w.field("Tone", "warm, structured, celebratory: a graduation, not a hand-off")
        w.field("CRM transfer", DocumentDate.withWeekday(a.tDay))
        w.blank()

        w.heading("Attendees")
        let invited = Set((meeting?.attendees ?? []).map { DocumentText.clean($0).trimmingSpaces() })
        func row(_ role: String, _ name: String?, mandatory: Bool) -> [String] {
            let n = name.map { DocumentText.clean($0).trimmingSpaces() } ?? ""
            let invitation: String
            if n.isEmpty { invitation = mandatory ? "No one named: name them before the meeting" : "" }
            else if meeting == nil { invitation = "" }
            else { invitation = invited.contains(n) ? "Invited" : (mandatory ? "Not on the invitation" : "Not invited") }
            return [role, n, mandatory ? "Mandatory" : "Optional, first 5 minutes", invitation]
        }
        var rows = [
            row("Customer sponsor", a.sponsor?.name, mandatory: true),
            row("Customer day-to-day contact", a.contacts.first { $0.isDayToDay }?.name, mandatory: true),
            row("Onboarding lead", a.people.onboardingLead, mandatory: true),
            row("Onboarding coordinator", a.people.onboardingCoordinator, mandatory: true),
            row("Incoming account manager", a.people.accountManager, mandatory: true),
        ]
        if let d = a.people.accountManagementDirector { rows.append(row("Account-management director", d, mandatory: false)) }
        w.table(["Role", "Name", "Attendance", "Invitation"], rows)

        w.heading("Agenda (\(minutes) minutes)")
        var start = 0
        w.tableMarkdown(["Time", "Section", "Leads", "What it is for"], sections.enumerated().map { i, s in
            defer { start += s.minutes }
            let clock = "\(clockText(start))–\(clockText(start + s.minutes))"
            let g = i < guidance.count && s.title == MeetingAgenda.sections(for: .jointTransition)[i].title ? guidance[i] : nil
            var purpose = g?.purpose ?? ""
            if !s.notes.isEmpty { purpose += (purpose.isEmpty ? "" : " Notes: ") + s.notes }
            return [clock, Markdown.cell("\(s.title) (\(s.minutes) min)"), Markdown.cell(g?.lead ?? ""), Markdown.cell(purpose)]
        })

        w.heading("The account manager's points")
        w.line("Two or three specific things that show the brief has been read:")
        w.blank()
        let done = safe.dayOneGoals.filter { $0.achievedOn != nil }.prefix(3)
        if done.isEmpty {
            w.line("_No kick-off outcome is marked achieved yet: pick them from the handover document._")
        }
        for goal in done {
            w.bullet("\(goal.name): achieved \(DocumentDate.long(goal.achievedOn!)).")
        }
        w.blank()
        w.field("Role", "\(a.people.accountManager) is the first call from T-day; onboarding stays available for setup-style questions until \(DocumentDate.long(safe.leadAvailableUntil))")
        w.field("Cadence to propose", "monthly check-in calls, quarterly business reviews" + (safe.firstQBR.map { " (the first in \(DocumentDate.month($0)))" } ?? "") + ", ad-hoc availability")
        w.blank()
        let commitments = a.meetings.filter { $0.kind == .internalHandover }.max { $0.on < $1.on }?.commitments ?? []
        w.line("The first 30 days:")
        w.blank()
        if commitments.isEmpty {
            w.line("_No commitments recorded at the internal handover meeting yet._")
        }
        commitments.forEach { w.bullet($0) }
        w.blank()

        w.heading("Three signals that it worked")
        for signal in SuccessSignal.allCases { w.line("- [ ] " + signal.title) }
        w.blank()

        w.heading("Confirmation and close")
        w.bullet("Onboarding remains available until \(DocumentDate.long(safe.leadAvailableUntil)) for continuity on open items.")
        if let qbr = safe.firstQBR { w.bullet("The first QBR is scheduled for \(DocumentDate.withWeekday(qbr)).") }
        if let on = safe.jointMeeting {
            let next = BusinessDays.next(onOrAfter: on.adding(days: 1))
            if next == a.tDay {
                w.bullet("The formal CRM transition happens the next business day, \(DocumentDate.withWeekday(a.tDay)).")
            } else {
                w.bullet("The CRM transition is on \(DocumentDate.withWeekday(a.tDay)); the next business day after the meeting is \(DocumentDate.withWeekday(next)): say which the customer should expect.")
            }
        }
        return w.text
    }

    /// "0:05".
    static func clockText(_ minutes: Int) -> String {
        let m = minutes % 60
        return "\(minutes / 60):\(m < 10 ? "0" : "")\(m)"
    }
}
