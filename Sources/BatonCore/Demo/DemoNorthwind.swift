import Foundation

extension DemoPortfolio {
    /// Northwind Logistics, the worked example from the source: cleared, in handover preparation,
    /// three days before its T-day. The 8-week onboarding (1 March – 28 April in the source) runs
    /// from T−58 to T; the sponsor's "exactly what was promised" is captured at T−4, as on 24 April.
    static func northwind(_ day: DemoDay) -> Account {
        let t = 3
        func at(_ k: Int) -> CalendarDate { day.d(t + k) }
        let team = ["Tom Reeves", "Sarah Khan", "Daniel Ortiz"]

        let contacts = [
            Contact(id: "nw-graham", name: "Graham Holt", role: "Operations Director", isSponsor: true,
                    communicationPreference: "Short call on Monday mornings; reads email on his phone, keep it to three lines",
                    relationshipStrength: .strong, stance: .advocate),
            Contact(id: "nw-lisa", name: "Lisa Chen", role: "Platform administrator, Leeds", isDayToDay: true,
                    communicationPreference: "Teams chat in working hours; happy with detailed email",
                    relationshipStrength: .strong, stance: .advocate),
            Contact(id: "nw-mark", name: "Mark Feeney", role: "IT Manager, owns the ERP",
                    communicationPreference: "Email only; copy him on anything that touches the ERP feed",
                    relationshipStrength: .moderate, stance: .neutral),
            Contact(id: "nw-joanne", name: "Joanne Pryce", role: "Site supervisor, Doncaster",
                    communicationPreference: "Phone, after the 14:00 shift change",
                    relationshipStrength: .weak, stance: .sceptic),
        ]

        let sentiment = [
            SentimentNote(id: "nw-s1", capturedOn: at(-40), contact: "Lisa Chen",
                          words: "The integration test went better than I expected. Mark is relieved, and so am I.", tone: .positive),
            SentimentNote(id: "nw-s2", capturedOn: at(-27), contact: "Joanne Pryce",
                          words: "The reports don't look like our spreadsheet, so half my team still exports to Excel.", tone: .negative),
            SentimentNote(id: "nw-s3", capturedOn: at(-13), contact: "Graham Holt",
                          words: "The Doncaster supervisors have stopped asking for the spreadsheet. That tells me more than any report.",
                          tone: .positive),
            SentimentNote(id: "nw-s4", capturedOn: at(-4), contact: "Graham Holt",
                          words: "We're seeing exactly what was promised. This was a good decision.", tone: .positive),
        ]

        let milestones = [
            Milestone(id: "nw-m1", name: "All 3 sites provisioned, 47 named users with access", targetDate: at(-44),
                      completedOn: at(-46),
                      evidence: "Provisioning report: 47 of 47 accounts active across Leeds, Doncaster and Hull; SSO tested by Mark Feeney.",
                      addedOn: at(-58)),
            Milestone(id: "nw-m2", name: "ERP integration live with no manual re-entry", targetDate: at(-30),
                      completedOn: at(-31),
                      evidence: "Cut-over in week 4; first 30 days averaged 1,204 transactions a day, 0 re-keyed, 3 rejects traced to a retired cost centre.",
                      addedOn: at(-58)),
            Milestone(id: "nw-m3", name: "Custom reporting workflows match the rota planning process", targetDate: at(-21),
                      completedOn: at(-22),
                      evidence: "Four rota reports rebuilt to mirror the spreadsheet layout; accepted by Lisa Chen in writing.",
                      addedOn: at(-58)),
            Milestone(id: "nw-m4", name: "Weekly rota planning under 2 hours (baseline 6 hours)", targetDate: at(-14),
                      completedOn: at(-15),
                      evidence: "Leeds planners built the week-7 rota in 88 minutes, timed by Tom Reeves; weeks 8 and 9 took 95 and 90 minutes.",
                      addedOn: at(-58)),
            Milestone(id: "nw-m5", name: "Every named user completes a first independent transaction", targetDate: at(-10),
                      completedOn: at(-13),
                      evidence: "Transaction log: 47 of 47 named users posted at least one unassisted transaction; the last was Hull night shift.",
                      addedOn: at(-58)),
            Milestone(id: "nw-m6", name: "5 training sessions delivered with full attendance", targetDate: at(-14),
                      completedOn: at(-12),
                      evidence: "1 admin, 2 end-user foundations, 1 advanced, 1 confidence check; registers show 100% attendance of the named team.",
                      addedOn: at(-58)),
        ]

        let signOff = met(.setupComplete, on: at(-19), Evidence(
            summary: "Implementation sign-off: configuration, ERP integration and access for 47 users across 3 sites accepted.",
            date: at(-20), providedBy: "Graham Holt", signatory: "Graham Holt",
            filedIn: "CRM › Northwind Logistics › Documents › Implementation sign-off (signed).pdf"))
        let process = met(.processUnderstanding, on: at(-19), Evidence(
            summary: "Walked Graham Holt through support tiers, the documentation hub, escalation via the account manager, invoicing and adding users for Phase 2 sites; notes sent and acknowledged.",
            date: at(-22), providedBy: "Graham Holt", topics: Set(ProcessTopic.allCases),
            capturedIn: "Notes sent by Sarah Khan and acknowledged by Graham Holt"))
        let observed = met(.trainingCapability, on: at(-12), Evidence(
            summary: "Confidence-check session: 12 end-users from all three sites built a rota and posted a transaction with no prompts; 12 of 12 succeeded.",
            date: at(-13), providedBy: "Tom Reeves", observedBy: "Tom Reeves",
            demonstrated: "Building a weekly rota and posting an ERP transaction with no prompts"))
        let milestonesMet = met(.milestonesAchieved, on: at(-12), Evidence(
            summary: "All 6 kick-off milestones completed, each with a date and evidence in the milestone history.",
            date: at(-12), providedBy: "Tom Reeves"))

        let firstRun = run("nw-run-1", on: at(-19), attendees: team, [
            signOff,
            met(.activeUsage, on: at(-19), Evidence(
                summary: "Usage report: 41 of 47 named users at baseline (4+ active days a week); 6 Hull night-shift users not yet trained.",
                date: at(-19), providedBy: "Tom Reeves", periodStart: at(-41), periodEnd: at(-20),
                expectedUsers: 47, baselineUsers: 41)),
            notMet(.milestonesAchieved, on: at(-19), GapAction(
                what: "Deliver training sessions 4 and 5; confirm every named user's first unassisted transaction", owner: "Tom Reeves",
                deadline: at(-12), doneOn: at(-12))),
            notMet(.trainingCapability, on: at(-19), GapAction(
                what: "Observe a competence check at the confidence-check session (session 5)", owner: "Tom Reeves",
                deadline: at(-13), doneOn: at(-13))),
            process,
            notMet(.customerConfidence, on: at(-19), GapAction(
                what: "Capture Graham Holt's view in writing at the week-7 steering call", owner: "Sarah Khan",
                deadline: at(-13), doneOn: at(-13))),
        ])
        let secondRun = run("nw-run-2", on: at(-12), attendees: team, [
            signOff,
            met(.activeUsage, on: at(-12), Evidence(
                summary: "Usage report: 47 of 47 named users active on 4+ working days a week; ERP feed averaging 1,190 transactions a day.",
                date: at(-12), providedBy: "Tom Reeves", periodStart: at(-35), periodEnd: at(-13),
                expectedUsers: 47, baselineUsers: 47)),
            milestonesMet, observed, process,
            met(.customerConfidence, on: at(-12), Evidence(
                summary: "Graham Holt at the week-7 steering call, quoted in the minutes.",
                date: at(-13), providedBy: "Graham Holt", capturedIn: "Steering call notes in the CRM",
                sponsorWords: sentiment[2].words, tone: sentiment[2].tone)),
        ])
        let current = [
            signOff,
            met(.activeUsage, on: at(-4), Evidence(
                summary: "Usage report: 47 of 47 named users active on at least 4 of 5 working days, median 23 sessions each; ERP feed averaging 1,200 transactions a day.",
                date: at(-4), providedBy: "Tom Reeves", periodStart: at(-32), periodEnd: at(-5),
                expectedUsers: 47, baselineUsers: 47)),
            milestonesMet, observed, process,
            met(.customerConfidence, on: at(-4), Evidence(
                summary: "Graham Holt on the week-8 review call, written into the call notes verbatim and read back to him.",
                date: at(-4), providedBy: "Graham Holt", capturedIn: "Email from Graham Holt, filed in the CRM",
                sponsorWords: "We're seeing exactly what was promised. This was a good decision.", tone: .positive)),
        ]
        // The pre-transfer re-check exists because condition 6 goes stale after seven days.
        let thirdRun = run("nw-run-3", on: at(-4), attendees: team, current)

        let interactions = [
            day.interaction("nw-i1", .meeting, t - 58, 10, with: "Graham Holt, Lisa Chen, Mark Feeney",
                            "Kick-off at Leeds: goal agreed as rota planning under 2 hours and no ERP re-keying; 6 milestones named."),
            day.interaction("nw-i2", .call, t - 47, 14, with: "Mark Feeney",
                            "ERP field mapping with Priya Mehta: 38 fields mapped, cost-centre table still to come from finance."),
            day.interaction("nw-i3", .email, t - 31, 16, with: "Lisa Chen",
                            "Confirmed ERP cut-over; first day 1,146 transactions, 0 re-keyed."),
            day.interaction("nw-i4", .call, t - 27, 15, with: "Joanne Pryce",
                            "Doncaster supervisors unhappy that reports differ from their spreadsheet; agreed to rebuild 4 reports."),
            day.interaction("nw-i5", .meeting, t - 13, 9, with: "Graham Holt",
                            "Week-7 steering call: rota at 88 minutes, Phase 2 sites (Sheffield, York) raised by Graham, not yet budgeted."),
            day.interaction("nw-i6", .message, t - 9, 11, with: "Lisa Chen",
                            "Lisa confirmed she moves to the group procurement team in Q3; successor not yet named."),
            day.interaction("nw-i7", .call, t - 4, 8, with: "Graham Holt",
                            "Week-8 review: sponsor quote captured verbatim; forecasting module deferred to month 3 by agreement."),
            day.interaction("nw-i8", .email, t - 4, 15, with: "Graham Holt",
                            "Sent the completion report and the customer sign-off form for signature before the joint meeting."),
        ]

        let internalHandover = Meeting(
            id: "nw-meet-handover", kind: .internalHandover, on: at(-10),
            attendees: ["Sarah Khan", "Tom Reeves", "Priya Mehta", "Daniel Ortiz"],
            sections: agenda(.internalHandover, notes: [
                "Bought to cut rota planning from 6 hours to under 2 and stop re-keying ERP data; both achieved. Phase 2 (two more sites) is the commercial story.",
                "3 sites, 47 named users, ERP feed at ~1,200 transactions a day; forecasting module deferred to month 3.",
                "Graham Holt is the champion; Lisa Chen carried the rollout; Joanne Pryce at Doncaster is the sceptic.",
                "Three risks: Lisa's Q3 move, Phase 2 not contracted, reporting workflow grumbles. Three open items inherited.",
                "Phase 2: Sheffield and York, roughly 30 more users; Graham wants it before peak season.",
                "Graham goes quiet before board weeks; Joanne was not consulted on the purchase; Priya and Mark Feeney fix ERP issues fastest by phone.",
                "Document finalised at T-3; joint meeting at T-1; Daniel shadows the last Doncaster check-in.",
            ]),
            commitments: [
                "Relationship call with Graham Holt in week 1: cadence, Phase 2 timing, Lisa Chen's successor",
                "Usage review at day 21 with Lisa Chen, focused on the Doncaster reporting workflows",
                "Introduce Rachel Adeyemi (AM director) at day 30 and open the Phase 2 commercial conversation",
            ],
            startedAt: day.at(t - 10, 14, 0), endedAt: day.at(t - 10, 15, 4))
        let readinessMeeting = Meeting(
            id: "nw-meet-readiness", kind: .readinessAssessment, on: at(-4), attendees: team,
            sections: agenda(.readinessAssessment, notes: [
                "Sign-off on file, signed by Graham Holt.",
                "Fresh report: 47/47 at baseline for the last 28 days.",
                "All 6 milestones closed with evidence.",
                "Observed at the confidence check by Tom: 12/12 unaided.",
                "Process walkthrough notes acknowledged by Graham.",
                "Graham's words from this morning's call recorded verbatim.",
            ]),
            startedAt: day.at(t - 4, 13, 0), endedAt: day.at(t - 4, 13, 27))
        let jointMeeting = Meeting(
            id: "nw-meet-joint", kind: .jointTransition, on: at(-1),
            attendees: ["Graham Holt", "Lisa Chen", "Sarah Khan", "Tom Reeves", "Daniel Ortiz"])

        let handoverText: [HandoverSection: String] = [
            .identityAndPurchase: "Northwind Logistics Ltd, third-party logistics, 640 staff, head office in Leeds. Workforce scheduling platform for 3 sites and 47 named users with ERP integration, £84,000 a year on a 24-month term. They bought it because weekly rota planning took 6 hours and every shift change was re-keyed into the ERP.",
            .onboardingPeriod: "8 weeks. All 6 kick-off milestones completed with evidence. 5 training sessions (1 admin, 2 end-user foundations, 1 advanced, 1 confidence check) with 100% attendance; competence observed by Tom Reeves. Implementation sign-off signed by Graham Holt. Technical implementation partner: Priya Mehta.",
            .people: "Sponsor Graham Holt (Operations Director): short Monday calls, strong advocate. Day-to-day Lisa Chen (platform admin): detailed, reliable, moving role in Q3. Mark Feeney (IT) owns the ERP. Joanne Pryce (Doncaster supervisor) is the sceptic worth winning.",
            .healthAndSentiment: "Green. Sponsor at T-4: \"We're seeing exactly what was promised. This was a good decision.\" Known concern: mixed end-user views of the reporting workflows, loudest at Doncaster.",
            .risksAndOpenIssues: "Lisa Chen moving role in Q3 (High/Medium). Phase 2 not contracted (Medium/High). Mixed satisfaction with reporting (Low/Medium). Open: forecasting module in month 3 (us), successor admin (them), Hull sync lag (technical).",
            .opportunities: "Phase 2: Sheffield and York, about 30 more users, before peak season. Forecasting module once reporting settles. The finance director has asked Mark Feeney about labour-cost reporting.",
            .unwrittenBriefing: "Graham goes quiet in the fortnight before Northwind's quarterly board: do not read silence as displeasure. Lisa Chen carried this rollout and has been passed over for credit before; thank her by name in front of Graham. Joanne Pryce was not consulted on the purchase and says so, yet Doncaster has the best adoption numbers of the three sites: show her that. If the ERP feed misbehaves, ask Priya to ring Mark directly before anyone opens a ticket. Graham has said twice that Phase 2 depends on the Q3 budget round, not on us.",
            .postTransitionPlan: "Joint transition meeting at T-1. Tom Reeves cc'd on customer email for week 1; Sarah Khan secondary contact for 30 days; 30-day review with Daniel; first QBR in month 4 covering Phase 2.",
        ]

        return Account(
            id: "northwind",
            identity: Identity(name: "Northwind Logistics", legalEntity: "Northwind Logistics Ltd",
                               industry: "Third-party logistics", headcount: 640, primaryLocation: "Leeds, United Kingdom"),
            contract: day.contract("Workforce scheduling platform: 3 sites, 47 named users, ERP integration",
                                   84_000, "GBP", termMonths: 24, startOffset: t - 62),
            people: People(onboardingCoordinator: "Tom Reeves", onboardingLead: "Sarah Khan", accountManager: "Daniel Ortiz",
                           accountManagementDirector: "Rachel Adeyemi"),
            contacts: contacts,
            health: Health(rating: .green,
                           rationale: "All six conditions Met at the pre-transfer re-check; 47/47 users at baseline; rota planning at 90 minutes against 6 hours. Watch the Doncaster reporting grumbles.",
                           setOn: at(-4)),
            sentiment: sentiment,
            milestones: milestones,
            interactions: interactions,
            stage: .handoverPreparation,
            tDay: day.d(t),
            readiness: ReadinessAssessment(conditions: current, runs: [firstRun, secondRun, thirdRun]),
            exit: exit([at(-4), at(-4), at(-12)]),
            meetings: [readinessMeeting, internalHandover, jointMeeting],
            crmTransfer: CRMTransfer(
                areas: areas(incomplete: [
                    .documentLibrary: "Customer sign-off not yet uploaded: sent to Graham Holt for signature.",
                    .sentimentHistory: "Graham Holt's week-8 quote still to be copied from the call notes.",
                ]),
                firstTouchpoint: Touchpoint(on: at(6), agenda: "Relationship call with Graham Holt: cadence, Phase 2 timing, Lisa Chen's successor",
                                            owner: "Daniel Ortiz")),
            risks: [
                Risk(id: "nw-risk-1", statement: "Lisa Chen, the customer's named admin, has said she will move into a different role in Q3.",
                     likelihood: .high, impact: .medium,
                     mitigation: "Successor identification to begin with the customer in month 2 of account management.",
                     owner: "Daniel Ortiz", escalationTrigger: "No successor named by the end of month 2.",
                     nextReview: at(60), raisedOn: at(-9)),
                Risk(id: "nw-risk-2", statement: "Phase 2 expansion to two more sites was discussed during onboarding but is not contracted.",
                     likelihood: .medium, impact: .high,
                     mitigation: "Account manager to raise the commercial conversation in month 2.",
                     owner: "Daniel Ortiz with Rachel Adeyemi", escalationTrigger: "Customer signals a delay or a reassessment of Phase 2.",
                     nextReview: at(45), raisedOn: at(-13)),
                Risk(id: "nw-risk-3", statement: "End-user satisfaction with the reporting workflows has been mixed.",
                     likelihood: .low, impact: .medium,
                     mitigation: "Expanded documentation delivered; account manager to capture sentiment in the first health call.",
                     owner: "Daniel Ortiz", escalationTrigger: "Three or more users raise it within 30 days.",
                     nextReview: at(30), raisedOn: at(-27)),
            ],
            openIssues: [
                OpenIssue(id: "nw-issue-1", kind: .ourCommitment,
                          description: "Configure the forecasting module and train the Leeds planners (deferred to month 3, agreed with Graham Holt).",
                          owner: "Daniel Ortiz", deadline: at(75), raisedOn: at(-4)),
                OpenIssue(id: "nw-issue-2", kind: .customerCommitment,
                          description: "Northwind to name Lisa Chen's successor as platform admin.",
                          owner: "Graham Holt", deadline: at(60), raisedOn: at(-9)),
                OpenIssue(id: "nw-issue-3", kind: .technical,
                          description: "Hull night shift sees ERP sync status lag up to 15 minutes after the 02:00 batch.",
                          owner: "Priya Mehta", deadline: at(10), raisedOn: at(-6)),
            ],
            handover: handover(handoverText, circulated: at(-12), finalised: nil),
            // Received from Sales on the contract's start; kick-off four days later (000:193: 8 weeks to T-day).
            stageHistory: [StageEntry(stage: .salesHandover, on: at(-62)), StageEntry(stage: .onboardingActive, on: at(-58)),
                           StageEntry(stage: .readinessReview, on: at(-14)), StageEntry(stage: .handoverPreparation, on: at(-7))])
    }
}
