import Foundation
@testable import BatonCore

/// A fully Cleared account for a given today, so that each test changes exactly one thing.
enum Fixture {
    /// A Monday; any day would do, but a fixed one keeps failures reproducible.
    static let today = CalendarDate(iso: "2026-05-11")!

    static let sponsorName = "Amira Haddad"

    /// `today` shifted by `offset` days.
    static func day(_ offset: Int, from today: CalendarDate = Fixture.today) -> CalendarDate {
        today.adding(days: offset)
    }

    /// Cleared as of `today`, in handover preparation, T-day ten days away, nothing overdue,
    /// sponsor sentiment two days old, every CRM area complete (the record shows the identity,
    /// the contacts, the contract and the eight documents; the rest are ticked), the internal
    /// handover and joint transition meetings held, no risks, issues or timeline, and none of
    /// the T-day changes made yet.
    static func account(today: CalendarDate = Fixture.today, stage: Stage = .handoverPreparation,
                        tDayIn: Int = 10) -> Account {
        func d(_ offset: Int) -> CalendarDate { today.adding(days: offset) }
        let marks: [ConditionAssessment] = [
            ConditionAssessment(condition: .setupComplete, status: .met, evidence: Evidence(
                summary: "Implementation sign-off on file", date: d(-5), providedBy: "Tom Reeves",
                signatory: sponsorName, filedIn: "The CRM, Documents › Implementation sign-off.pdf"), markedOn: d(-2)),
            ConditionAssessment(condition: .activeUsage, status: .met, evidence: Evidence(
                summary: "47 named users at baseline activity", date: d(-1), providedBy: "Tom Reeves",
                periodStart: d(-22), periodEnd: d(-1), expectedUsers: 47, baselineUsers: 47), markedOn: d(-2)),
            ConditionAssessment(condition: .milestonesAchieved, status: .met, markedOn: d(-2)),
            ConditionAssessment(condition: .trainingCapability, status: .met, evidence: Evidence(
                summary: "Rota planners built next week's rota unaided", date: d(-6), providedBy: "Tom Reeves",
                observedBy: "Tom Reeves", demonstrated: "Building a weekly rota with no prompts"), markedOn: d(-2)),
            ConditionAssessment(condition: .processUnderstanding, status: .met, evidence: Evidence(
                summary: "Walked the sponsor through tickets, escalation, billing and access", date: d(-4),
                providedBy: sponsorName, topics: Set(ProcessTopic.allCases), capturedIn: "Call notes emailed to the sponsor"),
                markedOn: d(-2)),
            ConditionAssessment(condition: .customerConfidence, status: .met, evidence: Evidence(
                summary: "Sponsor on the weekly call", date: d(-2), providedBy: sponsorName,
                capturedIn: "Weekly call notes in the CRM", sponsorWords: "We're seeing exactly what was promised.", tone: .positive),
                markedOn: d(-2)),
        ]
        return Account(
            id: "northwind",
            identity: Identity(name: "Northwind Logistics", legalEntity: "Northwind Logistics Ltd",
                               tradingName: "Northwind", industry: "Logistics", headcount: 640, primaryLocation: "Leeds",
                               registeredAddress: "1 Wharf Street, Leeds LS2 7EE"),
            contract: Contract(purchased: "Rota planning", deliverables: "Rota planning for 3 sites; ERP integration",
                               annualValue: 48_000, currency: "GBP", termMonths: 12,
                               startDate: d(-70), renewalDate: d(295)),
            people: People(onboardingCoordinator: "Tom Reeves", onboardingLead: "Sarah Khan",
                           accountManager: "Daniel Ortiz"),
            contacts: [
                Contact(id: "c-sponsor", name: sponsorName, role: "COO", isSponsor: true, communicationPreference: "Email"),
                Contact(id: "c-admin", name: "Lisa Chen", role: "Admin", isDayToDay: true, communicationPreference: "Teams"),
            ],
            health: Health(rating: .green, rationale: "On plan", setOn: d(-7)),
            sentiment: [SentimentNote(id: "s1", capturedOn: d(-2), contact: sponsorName,
                                      words: "We're seeing exactly what was promised.", tone: .positive)],
            milestones: [
                Milestone(id: "m1", name: "ERP integration live", targetDate: d(-30), completedOn: d(-28),
                          evidence: "1,200 transactions a day", addedOn: d(-60)),
                Milestone(id: "m2", name: "Rota planning under two hours", targetDate: d(-14), completedOn: d(-15),
                          evidence: "Weekly rota planning cut from 6 hours to 90 minutes", addedOn: d(-60)),
            ],
            stage: stage,
            tDay: d(tDayIn),
            readiness: ReadinessAssessment(conditions: marks),
            exit: [ExitStep(component: .completionReport, doneOn: d(-3)),
                   ExitStep(component: .customerSignOff, doneOn: d(-2), reference: "Signed sign-off, PDF in the CRM"),
                   ExitStep(component: .internalHandoverPack, doneOn: d(-2)), ExitStep(component: .jointTransitionMeeting, doneOn: d(-1)),
                   ExitStep(component: .crmExitConfirmation, doneOn: d(-1))],
            meetings: [Meeting(id: "m-internal", kind: .internalHandover, on: d(-5), attendees: ["Sarah Khan", "Daniel Ortiz"]),
                       Meeting(id: "m-joint", kind: .jointTransition, on: d(-1), attendees: [sponsorName, "Daniel Ortiz"])],
            crmTransfer: CRMTransfer(areas: CRMArea.allCases.map { CRMAreaCheck(area: $0, complete: true) },
                                     filed: [.signedWelcomePack, .kickOffMinutes, .customerSuccessSummary]),
            handover: HandoverDocument(circulatedOn: d(-7), finalisedOn: d(-3))
        )
    }

    /// On its T-day, with T-day changes 2–5 made in the walkthrough: the stage advancing is all that is left.
    static func readyToTransfer(tDayIn: Int = 0) -> Account {
        var account = Fixture.account(stage: .transferDay, tDayIn: tDayIn)
        for i in account.crmTransfer.changes.indices where account.crmTransfer.changes[i].change != .stageAdvanced {
            account.crmTransfer.changes[i].doneAt = noon
        }
        account.crmTransfer.firstTouchpoint = Touchpoint(on: day(3), agenda: "First one-to-one", owner: "Daniel Ortiz")
        account.people.primaryOwner = "Daniel Ortiz"
        account.people.leadSecondaryContactUntil = day(30)
        return account
    }

    static func risk(_ id: String = "r1", likelihood: Level = .medium, impact: Level = .medium,
                     nextReview: CalendarDate = Fixture.day(30), status: Risk.Status = .open) -> Risk {
        Risk(id: id, statement: "Admin Lisa Chen moves role in Q3", likelihood: likelihood, impact: impact,
             mitigation: "Identify a successor in month 2", owner: "Daniel Ortiz",
             escalationTrigger: "No successor named by end of month 2", nextReview: nextReview,
             status: status, raisedOn: Fixture.day(-20))
    }

    static func openIssue(_ id: String = "i1", deadline: CalendarDate = Fixture.day(20),
                          raisedOn: CalendarDate = Fixture.day(-20)) -> OpenIssue {
        OpenIssue(id: id, kind: .ourCommitment, description: "Forecasting module deferred to month 3",
                  owner: "Daniel Ortiz", deadline: deadline, raisedOn: raisedOn)
    }

    static let noon = Date(timeIntervalSince1970: 1_778_500_800) // 2026-05-11 12:00 UTC

    static func interaction(_ id: String = "x1", loggedHoursLater hours: Double) -> Interaction {
        Interaction(id: id, kind: .call, happenedAt: noon, loggedAt: noon.addingTimeInterval(hours * 3600),
                    summary: "Weekly call with the sponsor", with: sponsorName)
    }
}
