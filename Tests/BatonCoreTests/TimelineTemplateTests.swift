import Testing
@testable import BatonCore

@Suite("Timeline templates, dated from T-day")
struct TimelineTemplateTests {
    let tDay = CalendarDate(iso: "2026-06-15")!

    /// Each item as "offset key", checked against the due date so both must agree.
    func plan(_ kind: TransitionKind, _ planning: TransitionPlanning = .planned) -> [String] {
        TimelineTemplate.items(kind: kind, planning: planning, tDay: tDay).map { item in
            #expect(item.due == tDay.adding(days: item.offsetDays), "\(item.id)")
            #expect(item.id == "tl-\(item.templateKey ?? "")")
            #expect(item.doneOn == nil && !item.moved)
            return "\(item.offsetDays) \(item.templateKey ?? "?")"
        }
    }

    @Test("onboarding → account management runs from T−12 to the first QBR at about month 4 (T-day a Monday: the joint meeting the Friday before)")
    func onboardingToAccountManagement() {
        #expect(plan(.onboardingToAccountManagement) == [
            "-12 handover-document-circulated", "-10 internal-handover", "-3 handover-document-finalised",
            "-3 joint-transition-meeting", "0 tday-walkthrough", "0 follow-up-note", "1 operator-cc",
            "7 quality-check", "10 lead-check-in", "17 first-one-to-one", "21 usage-review",
            "30 thirty-day-review", "30 director-introduction", "31 onboarding-concluded",
            "60 qbr-preparation", "120 first-qbr",
        ])
        let items = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: tDay)
        #expect(items.first { $0.id == "tl-internal-handover" }?.due == CalendarDate(iso: "2026-06-05")!)
        #expect(items.first { $0.id == "tl-first-qbr" }?.due == CalendarDate(iso: "2026-10-13")!)
    }

    @Test("the handover document is circulated 48 hours before the internal handover meeting")
    func documentBeforeMeeting() {
        let items = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: tDay)
        let doc = items.first { $0.templateKey == "handover-document-circulated" }!
        let meeting = items.first { $0.templateKey == "internal-handover" }!
        #expect(doc.due.days(until: meeting.due) == 2)
    }

    @Test("a planned rep → rep transition runs from T−28 to the retrospective at T+28")
    func plannedRepToRep() {
        #expect(plan(.repToRep) == [
            "-28 planning-begins", "-21 new-owner-ramps", "-14 customer-told", "-7 joint-meetings",
            "0 formal-handoff", "14 new-owner-responsible", "28 retrospective",
        ])
    }

    @Test("an unplanned transition of any other kind runs on the accelerated timeline",
          arguments: TransitionKind.allCases.filter { $0 != .onboardingToAccountManagement })
    func unplanned(kind: TransitionKind) {
        #expect(plan(kind, .unplanned) == [
            "0 new-owner-assigned", "3 customer-told", "7 joint-meeting", "14 new-owner-responsible",
        ])
    }

    @Test("an unplanned onboarding → account management keeps every continuity step on an accelerated start")
    func unplannedOnboarding() {
        #expect(plan(.onboardingToAccountManagement, .unplanned) == [
            "0 new-owner-assigned", "0 tday-walkthrough", "0 follow-up-note", "1 operator-cc", "3 customer-told",
            "7 joint-meeting", "7 quality-check", "10 lead-check-in", "17 first-one-to-one", "21 usage-review",
            "30 thirty-day-review", "30 director-introduction", "31 onboarding-concluded", "60 qbr-preparation", "120 first-qbr",
        ])
    }

    @Test("the joint meeting is on the last business day before T-day")
    func jointMeetingBusinessDay() {
        func joint(_ iso: String) -> String? {
            TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: CalendarDate(iso: iso)!)
                .first { $0.templateKey == "joint-transition-meeting" }?.due.iso
        }
        #expect(joint("2026-06-15") == "2026-06-12") // Monday → the Friday before
        #expect(joint("2026-06-17") == "2026-06-16") // Wednesday → Tuesday
    }

    @Test("a T-day on a weekend, or on a Friday at the end of a quarter, is warned about; any other business day is not")
    func tDayWarnings() {
        #expect(BusinessDays.tDayWarnings(CalendarDate(iso: "2026-06-13")!).first?.contains("Saturday") == true)
        #expect(BusinessDays.tDayWarnings(CalendarDate(iso: "2026-06-14")!).first?.contains("Sunday") == true)
        #expect(BusinessDays.tDayWarnings(CalendarDate(iso: "2026-06-26")!).first?.contains("end of a quarter") == true)
        #expect(BusinessDays.tDayWarnings(CalendarDate(iso: "2026-06-19")!).isEmpty) // a Friday, not the quarter's last week
        #expect(BusinessDays.tDayWarnings(CalendarDate(iso: "2026-06-30")!).isEmpty) // a Tuesday
        let account = Fixture.account()
        #expect(Door.summary(.timeline(.changeTDay(CalendarDate(iso: "2026-06-13")!, note: "Customer asked")), on: account)?.contains("warning: T-day 2026-06-13 is a Saturday") == true)
    }

    @Test("a clearing run more than 7 days before the joint meeting puts a readiness re-check before it")
    func recheckBeforeJointMeeting() throws {
        var account = Fixture.account(tDayIn: 14)
        account.timeline = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: account.tDay)
        let ran = try #require(Door.after(.readiness(.recordRun(attendees: ["Sarah Khan"], startedAt: Fixture.noon)), on: account))
        let recheck = try #require(ran.timeline.first { $0.templateKey == ReadinessRecheck.templateKey })
        let joint = try #require(ran.timeline.first { $0.templateKey == "joint-transition-meeting" })
        #expect(recheck.due < joint.due)
        // Cleared within the week of the joint meeting: no re-check.
        var near = Fixture.account(tDayIn: 5)
        near.timeline = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: near.tDay)
        let ranNear = try #require(Door.after(.readiness(.recordRun(attendees: ["Sarah Khan"], startedAt: Fixture.noon)), on: near))
        #expect(!ranNear.timeline.contains { $0.templateKey == ReadinessRecheck.templateKey })
    }

    @Test("sales → customer success and sales → account management run the source's planned timeline, not invented offsets (002:60–68)",
          arguments: [TransitionKind.salesToCustomerSuccess, .salesToAccountManagement])
    func salesKinds(_ kind: TransitionKind) {
        #expect(plan(kind) == plan(.repToRep))
        #expect(plan(kind).first == "-28 planning-begins" && plan(kind).last == "28 retrospective")
    }

    @Test("every step but the T-day's own falls on a business day, for every kind and planning",
          arguments: TransitionKind.allCases)
    func businessDays(_ kind: TransitionKind) {
        for planning in TransitionPlanning.allCases {
            for weekday in 0..<7 {
                let t = tDay.adding(days: weekday)
                for item in TimelineTemplate.items(kind: kind, planning: planning, tDay: t) where item.due != t {
                    #expect(BusinessDays.isBusinessDay(item.due), "\(kind) \(planning) T \(t.iso): \(item.id) on \(item.due.iso)")
                }
            }
        }
    }

    @Test("a step ahead of T-day on a weekend moves to the Friday before; one after it to the Monday after")
    func weekendSteps() {
        // T-day Wednesday 2026-06-17: T−10 is Sunday 7 June, T+31 is Saturday 18 July.
        let t = CalendarDate(iso: "2026-06-17")!
        let items = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: t)
        #expect(items.first { $0.templateKey == "internal-handover" }?.due == CalendarDate(iso: "2026-06-05"))
        #expect(items.first { $0.templateKey == "onboarding-concluded" }?.due == CalendarDate(iso: "2026-07-20"))
    }

    @Test("team → team has its own template, from internal alignment to the 90-day health check")
    func teamToTeam() {
        #expect(plan(.teamToTeam) == [
            "-28 internal-alignment", "-21 new-team-ramps", "-14 customer-told", "-7 joint-meetings",
            "0 formal-handoff", "14 new-team-responsible", "28 retrospective",
            "91 ninety-day-health", // T+90 is a Sunday: the Monday after

        ])
    }

    @Test("ids within every template are unique", arguments: TransitionKind.allCases)
    func uniqueIDs(kind: TransitionKind) {
        for planning in TransitionPlanning.allCases {
            let ids = TimelineTemplate.items(kind: kind, planning: planning, tDay: tDay).map(\.id)
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test("regenerating for a new T-day re-dates untouched items and keeps done, moved and custom ones")
    func regenerate() {
        var items = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: tDay)
        let done = CalendarDate(iso: "2026-06-04")!
        items[1].doneOn = done // internal handover, held a day early
        let movedTo = CalendarDate(iso: "2026-06-20")!
        items[2].due = movedTo // handover document finalised, moved by the lead
        items[2].moved = true
        let custom = TimelineItem(id: "custom-1", title: "Site visit with the sponsor", offsetDays: 5,
                                  due: CalendarDate(iso: "2026-06-20")!)
        items.append(custom)

        let newTDay = tDay.adding(days: 7)
        let result = TimelineTemplate.regenerate(items, kind: .onboardingToAccountManagement, planning: .planned,
                                                 tDay: newTDay)
        func item(_ id: String) -> TimelineItem? { result.first { $0.id == id } }

        #expect(result.count == items.count)
        #expect(item("tl-internal-handover") == items[1])
        #expect(item("tl-handover-document-finalised")?.due == movedTo)
        #expect(item("custom-1") == custom)
        #expect(item("tl-handover-document-circulated")?.due == newTDay.adding(days: -12))
        #expect(item("tl-first-qbr")?.due == newTDay.adding(days: 120))
        #expect(result.map(\.due) == result.map(\.due).sorted())
    }

    @Test("regenerating for a new kind drops untouched old steps, keeps done ones, and adds the new steps")
    func regenerateNewKind() {
        var items = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: tDay)
        items[0].doneOn = tDay.adding(days: -12)
        let result = TimelineTemplate.regenerate(items, kind: .repToRep, planning: .unplanned, tDay: tDay)
        #expect(result.map(\.id) == [
            "tl-handover-document-circulated", "tl-new-owner-assigned", "tl-customer-told", "tl-joint-meeting",
            "tl-new-owner-responsible",
        ])
    }
}
