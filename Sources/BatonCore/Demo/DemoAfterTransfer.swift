import Foundation

extension DemoPortfolio {
    /// Stage 7, day 12 of continuity: transferred cleanly, the lead secondary until T+30, and an open
    /// issues log the account manager has only half dispositioned.
    static func hokuto(_ day: DemoDay) -> Account {
        let t = -12
        func at(_ k: Int) -> CalendarDate { day.d(t + k) }
        let team = ["Kenji Watanabe", "Sarah Khan", "Yuki Tanaka"]
        let conditions = [
            met(.setupComplete, on: at(-14), Evidence(
                summary: "検収書 (acceptance certificate) signed: CMM gauge import, SPC charts for lines 1–4, MES link accepted.",
                date: at(-18), providedBy: "佐藤 健一", signatory: "佐藤 健一",
                filedIn: "CRM › 北斗精密工業 › Documents › 検収書 (signed).pdf")),
            met(.activeUsage, on: at(-14), Evidence(
                summary: "Usage report: all 38 named inspectors at baseline — 36 recording measurements every shift, the 2 on line 4's night rota weekly as planned.",
                date: at(-14), providedBy: "Kenji Watanabe", periodStart: at(-38), periodEnd: at(-15),
                expectedUsers: 38, baselineUsers: 38)),
            met(.milestonesAchieved, on: at(-14), Evidence(
                summary: "All 5 kick-off milestones completed with dated evidence.", date: at(-14), providedBy: "Kenji Watanabe")),
            met(.trainingCapability, on: at(-14), Evidence(
                summary: "Kenji Watanabe watched 6 line leaders set control limits and react to an out-of-control signal unaided; 6 of 6.",
                date: at(-16), providedBy: "Kenji Watanabe", observedBy: "Kenji Watanabe",
                demonstrated: "Setting control limits on a new characteristic; stopping and restarting a line on an out-of-control signal")),
            met(.processUnderstanding, on: at(-14), Evidence(
                summary: "Meeting with 佐藤 健一 on support in Japanese (JST hours), escalation, invoicing in yen, adding the Kariya plant; minutes countersigned.",
                date: at(-17), providedBy: "佐藤 健一", topics: Set(ProcessTopic.allCases),
                capturedIn: "Meeting minutes, countersigned by 佐藤 健一")),
            met(.customerConfidence, on: at(-14), Evidence(
                summary: "佐藤 健一 at the week-8 review, translated and confirmed by him in writing.", date: at(-15),
                providedBy: "佐藤 健一", capturedIn: "Steering committee minutes",
                sponsorWords: "Line 3 scrap is down 18%. I can show this to the board.", tone: .positive)),
        ]
        return Account(
            id: "acct-hokuto",
            identity: Identity(name: "北斗精密工業", legalEntity: "北斗精密工業株式会社 (Hokuto Precision Industries Co., Ltd.)",
                               industry: "Precision machined components", headcount: 1_240, primaryLocation: "Nagoya, Japan"),
            contract: day.contract("Statistical process control and gauge management: 1 plant, 38 named users, MES link",
                                   18_000_000, "JPY", termMonths: 36, startOffset: t - 64),
            people: People(onboardingCoordinator: "Kenji Watanabe", onboardingLead: "Sarah Khan", accountManager: "Yuki Tanaka",
                           accountManagementDirector: "Rachel Adeyemi", primaryOwner: "Yuki Tanaka",
                           leadSecondaryContactUntil: at(30)),
            contacts: [
                Contact(id: "hok-sato", name: "佐藤 健一", role: "製造部長 (Manufacturing Director)", isSponsor: true,
                        communicationPreference: "Formal email in Japanese; meetings booked a week ahead",
                        relationshipStrength: .strong, stance: .advocate),
                Contact(id: "hok-yamamoto", name: "山本 美咲", role: "品質保証課長 (QA Manager)", isDayToDay: true,
                        communicationPreference: "Email with the data attached; no surprise calls",
                        relationshipStrength: .moderate, stance: .sceptic),
                Contact(id: "hok-ito", name: "伊藤 大輔", role: "IT and MES lead",
                        communicationPreference: "Slack Connect channel", relationshipStrength: .strong, stance: .advocate),
            ],
            health: Health(rating: .green,
                           rationale: "CRM quality check at T+7 clean; line 3 scrap down 18%; QA manager still runs paper charts in parallel on line 1.",
                           setOn: at(7)),
            sentiment: [
                SentimentNote(id: "hok-s1", capturedOn: at(-15), contact: "佐藤 健一",
                              words: "Line 3 scrap is down 18%. I can show this to the board.", tone: .positive),
                SentimentNote(id: "hok-s2", capturedOn: at(5), contact: "山本 美咲",
                              words: "The charts are correct. I will keep the paper ones on line 1 until the audit.", tone: .neutral),
            ],
            milestones: [
                Milestone(id: "hok-m1", name: "CMM gauge data imported automatically", targetDate: at(-45), completedOn: at(-47),
                          evidence: "14 CMMs exporting to the platform; 2,600 measurements a day, 0 manual entries.", addedOn: at(-62)),
                Milestone(id: "hok-m2", name: "SPC charts live on lines 1–4", targetDate: at(-35), completedOn: at(-33),
                          evidence: "Charts on line-side screens at all 4 lines; screenshots in the project folder.", addedOn: at(-62)),
                Milestone(id: "hok-m3", name: "MES stops a line on an out-of-control signal", targetDate: at(-25), completedOn: at(-24),
                          evidence: "Triggered test stop on line 2 witnessed by 伊藤 大輔.", addedOn: at(-62)),
                Milestone(id: "hok-m4", name: "Line 3 scrap rate reduced by 10%", targetDate: at(-15), completedOn: at(-16),
                          evidence: "Scrap 2.9% → 2.4% over 4 weeks (−18%), from the MES scrap report.", addedOn: at(-62)),
                Milestone(id: "hok-m5", name: "Monthly quality review run from the platform", targetDate: at(-14), completedOn: at(-15),
                          evidence: "Review pack generated from the platform; minutes by 山本 美咲.", addedOn: at(-62)),
            ],
            interactions: [
                day.interaction("hok-i1", .email, t, 7, with: "佐藤 健一, 山本 美咲",
                                "Yuki Tanaka's follow-up note: transition formal, monthly review cadence, first one-to-one booked."),
                day.interaction("hok-i2", .email, t + 3, 2, with: "山本 美咲",
                                "山本 asked for Japanese chart labels; Kenji Watanabe (cc'd) confirmed it was promised at kick-off."),
                day.interaction("hok-i3", .call, t + 9, 5, with: "伊藤 大輔",
                                "Shift-JIS CSV import fix deployed and confirmed on line 4."),
            ],
            stage: .continuity,
            tDay: at(0),
            readiness: ReadinessAssessment(conditions: conditions,
                                           runs: [run("hok-run-1", on: at(-14), attendees: team, conditions)]),
            exit: exit([at(-5), at(-3), at(-12), at(-1), at(0)]),
            meetings: [
                Meeting(id: "hok-meet-handover", kind: .internalHandover, on: at(-10),
                        attendees: ["Sarah Khan", "Kenji Watanabe", "Yuki Tanaka"],
                        sections: agenda(.internalHandover, notes: [
                            "Bought to cut scrap on line 3 and get ahead of an automotive customer's audit.",
                            "1 plant, 4 lines, 38 inspectors; MES link live.",
                            "佐藤 is the champion; 山本 is careful, not hostile; 伊藤 is our best ally.",
                            "Paper charts in parallel; Kariya plant decision pending.",
                            "Kariya plant (second site) if the board approves.",
                            "Never surprise 山本 in front of 佐藤; send data the day before.",
                            "Document final T-3; joint meeting T-1 in Nagoya.",
                        ]),
                        commitments: ["First one-to-one with 佐藤 健一 in week 3",
                                      "Usage review at day 21 with 山本 美咲, line by line",
                                      "Introduce Rachel Adeyemi at day 30"],
                        startedAt: day.at(t - 10, 2, 0), endedAt: day.at(t - 10, 3, 0)),
                Meeting(id: "hok-meet-joint", kind: .jointTransition, on: at(-1),
                        attendees: ["佐藤 健一", "山本 美咲", "Sarah Khan", "Kenji Watanabe", "Yuki Tanaka"],
                        sections: agenda(.jointTransition, notes: [
                            "Sarah opened in Japanese; purpose agreed.", "Kenji: scrap down 18% on line 3.",
                            "Sarah introduced Yuki.", "Yuki named the audit and the Kariya plant.",
                            "山本 asked Yuki about audit evidence exports.", "Transfer tomorrow confirmed.",
                        ]),
                        successSignals: [.customerAsksAccountManagerAQuestion, .laughter],
                        startedAt: day.at(t - 1, 1, 0), endedAt: day.at(t - 1, 1, 46)),
                Meeting(id: "hok-meet-tday", kind: .tDayWalkthrough, on: at(0), attendees: ["Sarah Khan", "Yuki Tanaka"],
                        sections: agenda(.tDayWalkthrough, notes: ["9 of 9 complete.", "All five changes ticked.",
                                                                    "One-to-one with 佐藤 booked for week 3."]),
                        startedAt: day.at(t, 0, 30), endedAt: day.at(t, 1, 2)),
            ],
            crmTransfer: CRMTransfer(
                areas: allAreasComplete([.contactRecords: "佐藤 健一 tagged sponsor; 山本 美咲 day-to-day."]),
                changes: allChangesDone(day, tDayOffset: t),
                firstTouchpoint: Touchpoint(on: at(15), agenda: "First one-to-one with 佐藤 健一: scrap trend, audit readiness, Kariya timing",
                                            owner: "Yuki Tanaka")),
            risks: [
                Risk(id: "hok-risk-1", statement: "The QA manager may keep paper SPC charts in parallel and never fully switch.",
                     likelihood: .medium, impact: .medium,
                     mitigation: "Side-by-side comparison for line 1 sent weekly; audit evidence export demonstrated.",
                     owner: "Yuki Tanaka", escalationTrigger: "Paper charts return on a second line.",
                     nextReview: day.d(-2), raisedOn: at(-20)),
                Risk(id: "hok-risk-2", statement: "A weak yen may shrink next year's budget for the Kariya plant rollout.",
                     likelihood: .low, impact: .high,
                     mitigation: "Multi-year pricing option prepared with Rachel Adeyemi.", owner: "Yuki Tanaka",
                     escalationTrigger: "Board defers the Kariya decision.", nextReview: day.d(40), raisedOn: at(-10)),
            ],
            openIssues: [
                OpenIssue(id: "hok-issue-1", kind: .ourCommitment,
                          description: "Japanese-language labels on the SPC chart screens (promised at kick-off).",
                          owner: "Yuki Tanaka", deadline: day.d(10), raisedOn: at(-10),
                          dispositions: [.init(disposition: .recommitted, on: at(7),
                                               note: "Translation in review with 山本 美咲; new date agreed with her by email.",
                                               previousDeadline: at(4))]),
                OpenIssue(id: "hok-issue-2", kind: .customerCommitment,
                          description: "Hokuto to send calibration certificates for the 14 CMMs.",
                          owner: "山本 美咲", deadline: day.d(-2), raisedOn: at(-10)),
                OpenIssue(id: "hok-issue-3", kind: .technical,
                          description: "Gauge import fails on CSV files saved in Shift-JIS.",
                          owner: "Yuki Tanaka", deadline: at(7), raisedOn: at(-6), isClosed: true,
                          dispositions: [.init(disposition: .closed, on: at(9),
                                               note: "Fixed in release 4.8.2; 伊藤 大輔 confirmed imports on line 4.")]),
                OpenIssue(id: "hok-issue-4", kind: .awaitingDecision,
                          description: "Kariya plant rollout: decision at the next quarterly management meeting.",
                          owner: "佐藤 健一", deadline: day.d(40), raisedOn: at(-10)),
            ],
            handover: handover([
                .identityAndPurchase: "Precision components for automotive customers, Nagoya. Bought to cut scrap on line 3 and pass a major customer's process-capability audit.",
                .onboardingPeriod: "9 weeks; 5 milestones met; competence observed on 6 line leaders; 検収書 signed by 佐藤 健一.",
                .people: "佐藤 健一 sponsors; 山本 美咲 (QA) is careful and data-led; 伊藤 大輔 (IT/MES) is the fastest fixer.",
                .healthAndSentiment: "Green. Sponsor: \"Line 3 scrap is down 18%. I can show this to the board.\"",
                .risksAndOpenIssues: "Paper charts in parallel; Kariya budget. Japanese labels owed; calibration certificates owed to us.",
                .opportunities: "Kariya plant (second site, about 30 inspectors) if the board approves.",
                .unwrittenBriefing: "Never surprise 山本 in front of 佐藤: send her the data the day before any review. 佐藤 is two years from retirement and wants the audit result as his legacy. 伊藤 prefers Slack to email and will fix things on a Saturday if asked nicely.",
                .postTransitionPlan: "Kenji cc'd for week 1; Sarah secondary until T+30; 30-day review; first QBR in month 4.",
            ], circulated: at(-12), finalised: at(-3)))
    }

    /// Stage 8, 45 days after T-day: onboarding concluded, closed risks kept with their resolution notes.
    static func pinecrest(_ day: DemoDay) -> Account {
        let t = -45
        func at(_ k: Int) -> CalendarDate { day.d(t + k) }
        let team = ["Tom Reeves", "Sarah Khan", "Helena Sørensen"]
        let conditions = [
            met(.setupComplete, on: at(-12), Evidence(
                summary: "Go-live sign-off for 14 clinics: scheduling, recalls and text reminders accepted.",
                date: at(-16), providedBy: "Dr Angela Brooks", signatory: "Dr Angela Brooks",
                filedIn: "CRM › Pinecrest Dental Group › Documents › Go-live sign-off.pdf")),
            met(.activeUsage, on: at(-12), Evidence(
                summary: "Usage report: 136 of 136 named front-desk users booking in the tool daily; no-show rate 7.9% against 11.2% baseline.",
                date: at(-12), providedBy: "Tom Reeves", periodStart: at(-36), periodEnd: at(-13),
                expectedUsers: 136, baselineUsers: 136)),
            met(.milestonesAchieved, on: at(-12), Evidence(
                summary: "All 4 kick-off milestones completed with dated evidence.", date: at(-12), providedBy: "Tom Reeves")),
            met(.trainingCapability, on: at(-12), Evidence(
                summary: "Tom Reeves watched front-desk staff at 5 clinics book, reschedule and send a recall unaided; 15 of 15.",
                date: at(-14), providedBy: "Tom Reeves", observedBy: "Tom Reeves",
                demonstrated: "Booking, rescheduling and sending a recall with no prompts")),
            met(.processUnderstanding, on: at(-12), Evidence(
                summary: "Call with Dr Angela Brooks on support, escalation, invoicing per clinic and adding new clinics; summary signed off.",
                date: at(-15), providedBy: "Dr Angela Brooks", topics: Set(ProcessTopic.allCases),
                capturedIn: "Call summary, signed off by Dr Angela Brooks")),
            met(.customerConfidence, on: at(-12), Evidence(
                summary: "Dr Angela Brooks at the week-7 review, verbatim.", date: at(-13), providedBy: "Dr Angela Brooks",
                capturedIn: "Week-7 review notes in the CRM", sponsorWords: "Our no-shows are down a third. The clinics asked me when the other four get it.", tone: .positive)),
        ]
        return Account(
            id: "acct-pinecrest",
            identity: Identity(name: "Pinecrest Dental Group", legalEntity: "Pinecrest Dental Group, P.C.",
                               industry: "Dental clinics", headcount: 410, primaryLocation: "Portland, Oregon"),
            contract: day.contract("Patient scheduling and recall: 14 clinics, 136 named users", 72_000, "USD",
                                   termMonths: 12, startOffset: t - 60),
            people: People(onboardingCoordinator: "Tom Reeves", onboardingLead: "Sarah Khan", accountManager: "Helena Sørensen",
                           accountManagementDirector: "Rachel Adeyemi", primaryOwner: "Helena Sørensen",
                           leadSecondaryContactUntil: at(30)),
            contacts: [
                Contact(id: "pin-angela", name: "Dr Angela Brooks", role: "Chief Operating Officer", isSponsor: true,
                        communicationPreference: "Monthly call; hates long emails", relationshipStrength: .strong, stance: .advocate),
                Contact(id: "pin-tyler", name: "Tyler Nguyen", role: "Practice systems manager", isDayToDay: true,
                        communicationPreference: "Email; phone for outages", relationshipStrength: .strong, stance: .advocate),
                Contact(id: "pin-rosa", name: "Rosa Delgado", role: "Chief Financial Officer (joined after T-day)",
                        communicationPreference: "Not yet known", relationshipStrength: .weak, stance: .neutral),
            ],
            health: Health(rating: .green,
                           rationale: "Health held Green through day 30 and day 45; no-shows down a third; new CFO not yet met before renewal.",
                           setOn: at(44)),
            sentiment: [
                SentimentNote(id: "pin-s1", capturedOn: at(-13), contact: "Dr Angela Brooks",
                              words: "Our no-shows are down a third. The clinics asked me when the other four get it.", tone: .positive),
                SentimentNote(id: "pin-s2", capturedOn: at(30), contact: "Dr Angela Brooks",
                              words: "Helena picked up exactly where Sarah left off. I didn't notice the handover, which is the point.",
                              tone: .positive),
            ],
            milestones: [
                Milestone(id: "pin-m1", name: "All 14 clinics booking in the tool", targetDate: at(-40), completedOn: at(-41),
                          evidence: "14 of 14 clinics booking; old system read-only.", addedOn: at(-58)),
                Milestone(id: "pin-m2", name: "Recall lists migrated", targetDate: at(-30), completedOn: at(-22),
                          evidence: "41,900 recall records migrated; 12 clinics reconciled, 2 late (see closed risk).", addedOn: at(-58)),
                Milestone(id: "pin-m3", name: "Text reminders live in English and Spanish", targetDate: at(-25), completedOn: at(-26),
                          evidence: "Reminder templates live; 9,300 texts sent in the first fortnight.", addedOn: at(-58)),
                Milestone(id: "pin-m4", name: "No-show rate below 9%", targetDate: at(-14), completedOn: at(-13),
                          evidence: "4-week no-show rate 7.9% (baseline 11.2%), from the scheduling report.", addedOn: at(-58)),
            ],
            interactions: [
                day.interaction("pin-i1", .email, t, 21, with: "Dr Angela Brooks, Tyler Nguyen",
                                "Helena Sørensen's follow-up note: transition formal, monthly call cadence, first one-to-one in week 3."),
                day.interaction("pin-i2", .meeting, t + 30, 17, with: "Dr Angela Brooks",
                                "Rachel Adeyemi introduced at day 30; sponsor quote on the handover captured."),
                day.interaction("pin-i3", .call, t + 42, 18, with: "Tyler Nguyen",
                                "QBR preparation: asked for no-show and recall figures per clinic."),
            ],
            stage: .accountManagement,
            tDay: at(0),
            readiness: ReadinessAssessment(conditions: conditions,
                                           runs: [run("pin-run-1", on: at(-12), attendees: team, conditions)]),
            exit: exit([at(-5), at(-3), at(-12), at(-1), at(0)]),
            meetings: [
                Meeting(id: "pin-meet-joint", kind: .jointTransition, on: at(-1),
                        attendees: ["Dr Angela Brooks", "Tyler Nguyen", "Sarah Khan", "Tom Reeves", "Helena Sørensen"],
                        sections: agenda(.jointTransition, notes: [
                            "Purpose agreed.", "No-shows down a third.", "Helena introduced.",
                            "Helena named the four remaining clinics.", "Angela: \"we'll want the other four before summer\".",
                            "Transfer confirmed.",
                        ]),
                        successSignals: SuccessSignal.allCases,
                        startedAt: day.at(t - 1, 17, 0), endedAt: day.at(t - 1, 17, 44)),
                Meeting(id: "pin-meet-review", kind: .postTransitionReview, on: at(30),
                        attendees: ["Sarah Khan", "Helena Sørensen"],
                        sections: agenda(.postTransitionReview, notes: [
                            "Settled: Angela and Tyler go to Helena first; no calls to Tom since week 1.",
                            "Recall-list risk and Eugene staffing risk closed with notes; CFO risk added.",
                            "3 items: 1 closed, 1 re-committed, 1 re-scoped. Nothing left undispositioned.",
                            "Spanish templates should have been in the kick-off milestones.",
                        ]),
                        startedAt: day.at(t + 30, 16, 0), endedAt: day.at(t + 30, 16, 41)),
            ],
            crmTransfer: CRMTransfer(areas: allAreasComplete(), changes: allChangesDone(day, tDayOffset: t),
                                     firstTouchpoint: Touchpoint(on: at(16), agenda: "First one-to-one with Dr Angela Brooks",
                                                                 owner: "Helena Sørensen")),
            risks: [
                Risk(id: "pin-risk-1", statement: "Two clinics may not migrate their recall lists before the old system's licence ends.",
                     likelihood: .medium, impact: .high, mitigation: "Tyler Nguyen reconciling by hand, two clinics a week.",
                     owner: "Helena Sørensen", escalationTrigger: "Licence end within 7 days with records unreconciled.",
                     nextReview: at(10), status: .closed, raisedOn: at(-20),
                     resolution: "Closed: both clinics migrated at T+9; 4,812 recall records reconciled by Tyler Nguyen.",
                     resolvedOn: at(9)),
                Risk(id: "pin-risk-2", statement: "Front-desk turnover at the Eugene clinic may erode scheduling competence.",
                     likelihood: .medium, impact: .medium, mitigation: "Refresher video added to front-desk induction.",
                     owner: "Helena Sørensen", escalationTrigger: "Eugene no-show rate above 10% for two weeks.",
                     nextReview: at(30), status: .closed, raisedOn: at(-12),
                     resolution: "Closed at the 30-day review: Eugene's two new hires passed an observed check; no-show rate 8.1%.",
                     resolvedOn: at(30)),
                Risk(id: "pin-risk-3", statement: "The renewal budget now sits with a new CFO who has not met us.",
                     likelihood: .medium, impact: .medium, mitigation: "Value summary per clinic for Rosa Delgado before the QBR.",
                     owner: "Helena Sørensen", escalationTrigger: "CFO asks for a tender.",
                     nextReview: day.d(20), raisedOn: at(30)),
            ],
            openIssues: [
                OpenIssue(id: "pin-issue-1", kind: .ourCommitment, description: "Spanish text-reminder template for recalls.",
                          owner: "Helena Sørensen", deadline: at(14), raisedOn: at(-5), isClosed: true,
                          dispositions: [.init(disposition: .closed, on: at(12), note: "Live at all 14 clinics; Tyler Nguyen confirmed.")]),
                OpenIssue(id: "pin-issue-2", kind: .technical,
                          description: "Overnight batch eligibility check for next-day appointments.",
                          owner: "Helena Sørensen", deadline: day.d(30), raisedOn: at(-8),
                          dispositions: [.init(disposition: .rescoped, on: at(20),
                                               note: "Real-time checks need the clearinghouse's paid tier; overnight batch agreed with Tyler.",
                                               previousDescription: "Real-time insurance eligibility checks at booking.")]),
                OpenIssue(id: "pin-issue-3", kind: .customerCommitment,
                          description: "Pinecrest to send the holiday opening-hours calendar for all clinics.",
                          owner: "Tyler Nguyen", deadline: day.d(10), raisedOn: at(-5),
                          dispositions: [.init(disposition: .recommitted, on: at(14),
                                               note: "Waiting on two clinic managers; Tyler gave a new date.", previousDeadline: at(10))]),
            ],
            handover: handover([
                .identityAndPurchase: "14 dental clinics around Portland. Bought to cut no-shows and stop losing recall patients.",
                .unwrittenBriefing: "Angela runs the group like a clinic: short answers, numbers first. Tyler is overloaded; offer to do the work, not to explain it.",
                .postTransitionPlan: "30-day review held; first QBR in month 4 with the new CFO invited.",
            ], circulated: at(-12), finalised: at(-3)))
    }

    /// An unplanned rep → rep transition: the account manager left without notice four days ago.
    static func hanbit(_ day: DemoDay) -> Account {
        let t = -4
        let original = -250
        let team = ["Kenji Watanabe", "Sarah Khan", "Marcus Webb"]
        let conditions = [
            met(.setupComplete, on: day.d(original - 12), Evidence(
                summary: "Validation sign-off (IQ/OQ) for the sample-tracking module, signed.",
                date: day.d(original - 15), providedBy: "김지은", signatory: "김지은",
                filedIn: "CRM › 한빛 바이오메디컬 › Documents › Sign-off (signed).pdf")),
            met(.activeUsage, on: day.d(original - 12), Evidence(
                summary: "Usage report: 55 of 55 named lab users logging samples every shift.",
                date: day.d(original - 12), providedBy: "Kenji Watanabe",
                periodStart: day.d(original - 36), periodEnd: day.d(original - 13), expectedUsers: 55, baselineUsers: 55)),
            met(.milestonesAchieved, on: day.d(original - 12), Evidence(
                summary: "All 3 kick-off milestones completed with dated evidence.", date: day.d(original - 12),
                providedBy: "Kenji Watanabe")),
            met(.trainingCapability, on: day.d(original - 12), Evidence(
                summary: "Kenji Watanabe watched 8 lab technicians register and transfer a sample chain of custody unaided.",
                date: day.d(original - 14), providedBy: "Kenji Watanabe", observedBy: "Kenji Watanabe",
                demonstrated: "Registering a sample and transferring its chain of custody")),
            met(.processUnderstanding, on: day.d(original - 12), Evidence(
                summary: "Call with 김지은 on support in KST hours, validation change control and billing; written up.",
                date: day.d(original - 16), providedBy: "김지은", topics: Set(ProcessTopic.allCases),
                capturedIn: "Written up and sent to 김지은")),
            met(.customerConfidence, on: day.d(original - 12), Evidence(
                summary: "김지은 by email, verbatim.", date: day.d(original - 13), providedBy: "김지은",
                capturedIn: "Email from 김지은, filed in the CRM", sponsorWords: "Our auditors signed off sample custody with no findings. That is a first for us.", tone: .positive)),
        ]
        return Account(
            id: "acct-hanbit",
            identity: Identity(name: "한빛 바이오메디컬", legalEntity: "Hanbit Biomedical Co., Ltd.",
                               industry: "Clinical laboratory services", headcount: 290, primaryLocation: "Seoul, South Korea"),
            contract: day.contract("Laboratory sample tracking: 55 named users, validated module", 96_000_000, "KRW",
                                   termMonths: 12, startOffset: original - 45),
            people: People(onboardingCoordinator: "Kenji Watanabe", onboardingLead: "Sarah Khan", accountManager: "Aisha Bello",
                           accountManagementDirector: "Rachel Adeyemi", primaryOwner: "Aisha Bello"),
            contacts: [
                Contact(id: "han-jieun", name: "김지은", role: "Head of Clinical Operations", isSponsor: true,
                        communicationPreference: "Email in Korean or English; formal; meetings in person when possible",
                        relationshipStrength: .moderate, stance: .neutral),
                Contact(id: "han-seojun", name: "박서준", role: "LIMS administrator", isDayToDay: true,
                        communicationPreference: "KakaoTalk for quick questions; email for anything validated",
                        relationshipStrength: .moderate, stance: .advocate),
            ],
            health: Health(rating: .amber,
                           rationale: "The relationship was Marcus Webb's; the sponsor heard of his departure from us at T+2 and asked who knows their validation history. Renewal in about 10 weeks.",
                           setOn: day.d(-2)),
            sentiment: [
                SentimentNote(id: "han-s1", capturedOn: day.d(original - 13), contact: "김지은",
                              words: "Our auditors signed off sample custody with no findings. That is a first for us.", tone: .positive),
                SentimentNote(id: "han-s2", capturedOn: day.d(-2), contact: "김지은",
                              words: "We liked Marcus. I need to know the new person has read our validation file.", tone: .neutral),
            ],
            milestones: [
                Milestone(id: "han-m1", name: "Sample tracking validated (IQ/OQ)", targetDate: day.d(original - 20),
                          completedOn: day.d(original - 15), evidence: "IQ/OQ protocols executed and signed.", addedOn: day.d(original - 58)),
                Milestone(id: "han-m2", name: "Barcode labelling at all benches", targetDate: day.d(original - 30),
                          completedOn: day.d(original - 31), evidence: "22 bench printers live.", addedOn: day.d(original - 58)),
                Milestone(id: "han-m3", name: "Chain of custody report accepted by QA", targetDate: day.d(original - 18),
                          completedOn: day.d(original - 19), evidence: "QA accepted the custody report template.",
                          addedOn: day.d(original - 58)),
            ],
            interactions: [
                day.interaction("han-i1", .email, t, 1, with: "김지은, 박서준",
                                "Aisha Bello introduced as account manager; Sarah Khan cc'd for continuity."),
                day.interaction("han-i2", .call, t + 2, 1, with: "김지은",
                                "Told the sponsor of Marcus Webb's departure; joint meeting offered within the week."),
                day.interaction("han-i3", .message, t + 3, 5, with: "박서준",
                                "박서준 sent the validation change log Marcus held; 3 undocumented config changes found."),
            ],
            transitionKind: .repToRep,
            planning: .unplanned,
            stage: .accountManagement,
            tDay: day.d(t),
            readiness: ReadinessAssessment(conditions: conditions,
                                           runs: [run("han-run-1", on: day.d(original - 12), attendees: team, conditions)]),
            exit: exit([day.d(original - 5), day.d(original - 3), day.d(original - 12), day.d(original - 1), day.d(original)]),
            meetings: [
                Meeting(id: "han-meet-joint", kind: .jointTransition, on: day.d(t + 6),
                        attendees: ["김지은", "박서준", "Sarah Khan", "Kenji Watanabe", "Aisha Bello"]),
            ],
            crmTransfer: CRMTransfer(
                areas: areas(incomplete: [
                    .interactionLog: "Marcus Webb's last three weeks of customer email were never logged.",
                    .documentLibrary: "Validation file on Marcus's drive; access requested from IT.",
                    .sentimentHistory: "No sentiment recorded since onboarding until T+2.",
                ]),
                changes: TDayChange.allCases.map { change in
                    let done: [TDayChange] = [.primaryOwnerChanged, .reportingUpdated, .firstTouchpointScheduled]
                    return TDayChangeCheck(change: change, doneAt: done.contains(change) ? day.at(t, 8, 30) : nil)
                },
                firstTouchpoint: Touchpoint(on: day.d(t + 6), agenda: "Joint meeting: Aisha Bello, the validation file, renewal timing",
                                            owner: "Aisha Bello")),
            risks: [
                Risk(id: "han-risk-1", statement: "The account manager could leave before a successor is briefed on the validation history.",
                     likelihood: .low, impact: .high, mitigation: "Validation notes in the shared drive.", owner: "Rachel Adeyemi",
                     escalationTrigger: "Account manager gives notice.", nextReview: day.d(t), status: .materialised,
                     raisedOn: day.d(original + 30),
                     resolution: "Materialised: Marcus Webb resigned with immediate effect; notes were on his own drive, not shared. Aisha Bello assigned the same day.",
                     resolvedOn: day.d(t)),
                Risk(id: "han-risk-2", statement: "The renewal in about 10 weeks is with a sponsor who has never met the new account manager.",
                     likelihood: .high, impact: .high, mitigation: "Joint meeting in week 1 with Sarah Khan; in-person visit in week 3.",
                     owner: "Aisha Bello", escalationTrigger: "Sponsor asks for a renewal discount or a tender.",
                     nextReview: day.d(3), raisedOn: day.d(t)),
            ],
            openIssues: [
                OpenIssue(id: "han-issue-1", kind: .ourCommitment,
                          description: "Validation package for the new reporting module, promised by Marcus Webb with no written date.",
                          owner: "Aisha Bello", deadline: day.d(10), raisedOn: day.d(t + 3)),
            ],
            handover: handover([
                .identityAndPurchase: "Clinical lab in Seoul; validated sample tracking. Renewal in about 10 weeks.",
                .people: "김지은 sponsors and signs validation; 박서준 administers the system and kept copies of everything.",
                .unwrittenBriefing: "Marcus handled 김지은 in person and in Korean; she reads an email-only approach as a downgrade. 박서준 is the real archive.",
            ], circulated: day.d(t + 1), finalised: nil))
    }
}
