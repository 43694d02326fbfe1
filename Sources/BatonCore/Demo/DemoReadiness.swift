import Foundation

extension DemoPortfolio {
    /// Stage 3 with stale sentiment: condition 6 was Met on the sponsor's words, nine days ago.
    static func lyon(_ day: DemoDay) -> Account {
        let t = 16
        let team = ["Lucía Romero", "Sarah Khan", "Helena Sørensen"]
        let conditions = [
            met(.setupComplete, on: day.d(-9), Evidence(
                summary: "Recette signed: GIS layers, 14,200 network assets and 3 depot work queues accepted.",
                date: day.d(-15), providedBy: "Hélène Marchand", signatory: "Hélène Marchand",
                filedIn: "CRM › Documents › Procès-verbal de recette (signé).pdf")),
            met(.activeUsage, on: day.d(-9), Evidence(
                summary: "Usage report: 70 of 70 named field technicians closed at least 3 work orders a day on tablets.",
                date: day.d(-9), providedBy: "Lucía Romero", periodStart: day.d(-33), periodEnd: day.d(-10),
                expectedUsers: 70, baselineUsers: 70)),
            met(.milestonesAchieved, on: day.d(-9), Evidence(
                summary: "All 5 kick-off milestones completed with dated evidence.", date: day.d(-9), providedBy: "Lucía Romero")),
            notMet(.trainingCapability, on: day.d(-9), GapAction(
                what: "Observe crews at Vaise, Gerland and Villeurbanne depots closing a leak repair on tablets unaided",
                owner: "Lucía Romero", deadline: day.d(3))),
            met(.processUnderstanding, on: day.d(-9), Evidence(
                summary: "Call with Hélène Marchand on support hours, the French-language knowledge base, escalation and adding seasonal staff; minutes sent.",
                date: day.d(-12), providedBy: "Hélène Marchand", topics: Set(ProcessTopic.allCases),
                capturedIn: "Minutes sent to Hélène Marchand")),
            met(.customerConfidence, on: day.d(-9), Evidence(
                summary: "Hélène Marchand at the steering committee, quoted in the minutes.", date: day.d(-9),
                providedBy: "Hélène Marchand", capturedIn: "Steering committee minutes",
                sponsorWords: "Pour la première fois, je vois l'état du réseau avant la réunion du lundi.", tone: .positive)),
        ]
        return Account(
            id: "acct-lyon",
            identity: Identity(name: "Société des Eaux de Rhône-Saône", legalEntity: "Société des Eaux de Rhône-Saône SAS",
                               industry: "Water utility", headcount: 890, primaryLocation: "Lyon, France"),
            contract: day.contract("Field service and network asset management: 70 technicians, GIS integration", 212_000, "EUR",
                                   termMonths: 36, startOffset: -70),
            people: People(onboardingCoordinator: "Lucía Romero", onboardingLead: "Sarah Khan", accountManager: "Helena Sørensen"),
            contacts: [
                Contact(id: "lyo-helene", name: "Hélène Marchand", role: "Directrice des opérations", isSponsor: true,
                        communicationPreference: "French; a monthly written note, calls only when something changes",
                        relationshipStrength: .strong, stance: .advocate),
                Contact(id: "lyo-theo", name: "Théo Lefèvre", role: "Responsable SIG", isDayToDay: true,
                        communicationPreference: "Email in French or English; answers within the hour",
                        relationshipStrength: .strong, stance: .advocate),
                Contact(id: "lyo-bernard", name: "Bernard Roux", role: "Chef d'équipe réseau, Vaise",
                        communicationPreference: "In person at the depot", relationshipStrength: .weak, stance: .sceptic),
            ],
            health: Health(rating: .green,
                           rationale: "Adoption strong across 3 depots; sponsor's words are nine days old and need refreshing before the verdict.",
                           setOn: day.d(-9)),
            sentiment: [
                SentimentNote(id: "lyo-s1", capturedOn: day.d(-30), contact: "Bernard Roux",
                              words: "Les tablettes, c'est bien au bureau. Sous la pluie, on verra.", tone: .neutral),
                SentimentNote(id: "lyo-s2", capturedOn: day.d(-9), contact: "Hélène Marchand",
                              words: "Pour la première fois, je vois l'état du réseau avant la réunion du lundi.", tone: .positive),
            ],
            milestones: [
                Milestone(id: "lyo-m1", name: "GIS network layers imported", targetDate: day.d(-50), completedOn: day.d(-52),
                          evidence: "14,200 assets and 1,380 km of mains imported; Théo Lefèvre spot-checked 200.", addedOn: day.d(-68)),
                Milestone(id: "lyo-m2", name: "Work orders dispatched to tablets at 3 depots", targetDate: day.d(-35),
                          completedOn: day.d(-36), evidence: "Vaise, Gerland and Villeurbanne dispatching from the tool since week 5.",
                          addedOn: day.d(-68)),
                Milestone(id: "lyo-m3", name: "Paper job sheets withdrawn", targetDate: day.d(-21), completedOn: day.d(-20),
                          evidence: "Last paper job sheet returned at Gerland; depot cabinets emptied.", addedOn: day.d(-68)),
                Milestone(id: "lyo-m4", name: "Regulatory leak report produced from the tool", targetDate: day.d(-14),
                          completedOn: day.d(-15), evidence: "Quarterly leak report for the regulator generated in 20 minutes; accepted unchanged.",
                          addedOn: day.d(-68)),
                Milestone(id: "lyo-m5", name: "Monday network review run from the dashboard", targetDate: day.d(-10),
                          completedOn: day.d(-9), evidence: "Hélène Marchand ran the review from the dashboard; minutes attached.",
                          addedOn: day.d(-68)),
            ],
            interactions: [
                day.interaction("lyo-i1", .meeting, -9, 8, with: "Hélène Marchand, Théo Lefèvre",
                                "Steering committee: sponsor quote captured; competence check agreed for three depots."),
                day.interaction("lyo-i2", .email, -2, 9, with: "Théo Lefèvre",
                                "Competence check confirmed for Vaise and Gerland; Villeurbanne crew on call-out rota that day."),
            ],
            stage: .readinessReview,
            tDay: day.d(t),
            readiness: ReadinessAssessment(conditions: conditions,
                                           runs: [run("lyo-run-1", on: day.d(-9), attendees: team, conditions)]),
            risks: [
                Risk(id: "lyo-risk-1", statement: "Vaise crews may revert to paper in winter when tablets fail in the rain.",
                     likelihood: .medium, impact: .medium,
                     mitigation: "Rugged cases ordered; offline mode demonstrated to Bernard Roux.", owner: "Helena Sørensen",
                     escalationTrigger: "Paper job sheets reappear at any depot.", nextReview: day.d(20), raisedOn: day.d(-30)),
            ],
            handover: handover([
                .identityAndPurchase: "Water utility serving the Lyon metropolitan area; 70 field technicians. Bought to replace paper job sheets and to see the network state before the Monday review.",
            ], circulated: nil, finalised: nil))
    }

    /// Stage 3, T-day in two days, not cleared: three gaps with named actions, one due after T-day.
    static func mueller(_ day: DemoDay) -> Account {
        let t = 2
        let team = ["Amara Osei", "Sarah Khan", "Ravi Menon"]
        let signOff = met(.setupComplete, on: day.d(-6), Evidence(
            summary: "Abnahmeprotokoll signed: WMS interface, scanner fleet (58 devices) and user access accepted.",
            date: day.d(-8), providedBy: "Katrin Vogel", signatory: "Katrin Vogel",
            filedIn: "CRM › Dokumente › Abnahmeprotokoll (unterschrieben).pdf"))
        let training = met(.trainingCapability, on: day.d(-6), Evidence(
            summary: "Amara Osei watched 9 shift leads at Bremen run a goods-in and a pick wave end to end; 9 of 9 unaided.",
            date: day.d(-7), providedBy: "Amara Osei", observedBy: "Amara Osei",
            demonstrated: "A goods-in and a pick wave, end to end, with no prompts"))
        let process = met(.processUnderstanding, on: day.d(-1), Evidence(
            summary: "Call with Katrin Vogel on the German support line, escalation via the account manager, invoicing by cost centre; notes confirmed by email.",
            date: day.d(-2), providedBy: "Katrin Vogel", topics: Set(ProcessTopic.allCases),
            capturedIn: "Notes confirmed by Katrin Vogel by email"))
        let usageGap = notMet(.activeUsage, on: day.d(-1), GapAction(
            what: "Two floor sessions at Bremerhaven, then re-issue the usage report for the last 21 days",
            owner: "Amara Osei", deadline: day.d(1)))
        let milestoneGap = notMet(.milestonesAchieved, on: day.d(-1), GapAction(
            what: "Finish the ATLAS customs connector test with Felix Brandt and close milestone 4",
            owner: "Felix Brandt", deadline: day.d(5)))
        let confidenceGap = notMet(.customerConfidence, on: day.d(-1), GapAction(
            what: "Capture Katrin Vogel's view in writing after the Bremerhaven sessions",
            owner: "Sarah Khan", deadline: day.d(1)))
        let current = [signOff, usageGap, milestoneGap, training, process, confidenceGap]
        let firstRun = run("mue-run-1", on: day.d(-6), attendees: team, [
            signOff, usageGap, milestoneGap, training,
            notMet(.processUnderstanding, on: day.d(-6), GapAction(
                what: "Walk Katrin Vogel through support, escalation and billing", owner: "Sarah Khan",
                deadline: day.d(-2), doneOn: day.d(-2))),
            confidenceGap,
        ])
        return Account(
            id: "acct-mueller",
            identity: Identity(name: "Müller & Söhne Logistik", legalEntity: "Müller & Söhne Logistik GmbH & Co. KG",
                               industry: "Contract logistics and customs", headcount: 760, primaryLocation: "Bremen, Germany"),
            contract: day.contract("Warehouse management: 2 sites, 58 scanners, ATLAS customs connector", 126_000, "EUR",
                                   termMonths: 36, startOffset: -66),
            people: People(onboardingCoordinator: "Amara Osei", onboardingLead: "Sarah Khan", accountManager: "Ravi Menon",
                           accountManagementDirector: "Rachel Adeyemi"),
            contacts: [
                Contact(id: "mue-katrin", name: "Katrin Vogel", role: "Leiterin Operations", isSponsor: true,
                        communicationPreference: "Scheduled calls only, agenda the day before", relationshipStrength: .moderate,
                        stance: .neutral),
                Contact(id: "mue-jan", name: "Jan Petersen", role: "Schichtleiter, Bremerhaven", isDayToDay: true,
                        communicationPreference: "Phone at shift change (06:00, 14:00)", relationshipStrength: .moderate,
                        stance: .sceptic),
                Contact(id: "mue-jurgen", name: "Jürgen Müller", role: "Geschäftsführer",
                        communicationPreference: "Through Katrin Vogel", relationshipStrength: .weak, stance: .neutral),
            ],
            health: Health(rating: .amber,
                           rationale: "Bremen is live and strong; Bremerhaven has 31 of 58 users at baseline since the scanner swap, and the customs connector is untested.",
                           setOn: day.d(-1)),
            sentiment: [
                SentimentNote(id: "mue-s1", capturedOn: day.d(-16), contact: "Jan Petersen",
                              words: "Die neuen Scanner sind langsamer als die alten. Meine Leute tippen lieber auf Papier.", tone: .negative),
                SentimentNote(id: "mue-s2", capturedOn: day.d(-3), contact: "Katrin Vogel",
                              words: "Bremen läuft. Über Bremerhaven reden wir, wenn der Zoll funktioniert.", tone: .neutral),
            ],
            milestones: [
                Milestone(id: "mue-m1", name: "WMS interface live at Bremen", targetDate: day.d(-40), completedOn: day.d(-41),
                          evidence: "Interface posting 2,300 stock movements a day; reconciled against SAP for 5 days.", addedOn: day.d(-64)),
                Milestone(id: "mue-m2", name: "58 scanners enrolled across both sites", targetDate: day.d(-28), completedOn: day.d(-24),
                          evidence: "Device list: 58 of 58 enrolled, firmware 4.2.", addedOn: day.d(-64)),
                Milestone(id: "mue-m3", name: "Bremen goods-in and picking paperless", targetDate: day.d(-21), completedOn: day.d(-20),
                          evidence: "No paper pick lists printed at Bremen for 10 working days.", addedOn: day.d(-64)),
                Milestone(id: "mue-m4", name: "ATLAS customs declarations sent from the WMS", targetDate: day.d(-7), addedOn: day.d(-64)),
            ],
            interactions: [
                day.interaction("mue-i1", .call, -3, 13, with: "Katrin Vogel",
                                "Katrin won't judge the rollout until customs works; agreed T-day may need to move if ATLAS slips."),
                day.interaction("mue-i2", .email, -1, 15, with: "Ravi Menon (internal)",
                                "Told the account-management team T-day is at risk: 3 conditions Not Met, reasons and actions attached."),
            ],
            stage: .readinessReview,
            tDay: day.d(t),
            readiness: ReadinessAssessment(conditions: current, runs: [
                firstRun, run("mue-run-2", on: day.d(-1), attendees: team, current),
            ]),
            meetings: [
                Meeting(id: "mue-meet-readiness", kind: .readinessAssessment, on: day.d(-1), attendees: team,
                        sections: agenda(.readinessAssessment, notes: [
                            "Abnahmeprotokoll on file.",
                            "Bremerhaven at 31 of 58: not baseline. Floor sessions booked.",
                            "Milestone 4 (ATLAS) open; Felix needs the customs test certificate.",
                            "Observed at Bremen, 9 of 9.",
                            "Walkthrough done with Katrin two days ago.",
                            "Katrin neutral; nothing in writing we can call confidence.",
                        ]),
                        startedAt: day.at(-1, 9, 0), endedAt: day.at(-1, 9, 31)),
            ],
            crmTransfer: CRMTransfer(areas: areas(incomplete: [
                .milestoneHistory: "Milestone 4 (ATLAS customs) still open: history cannot be closed.",
            ])),
            risks: [
                Risk(id: "mue-risk-1", statement: "Bremerhaven adoption may stall for good if the scanner speed complaint is not fixed.",
                     likelihood: .high, impact: .medium,
                     mitigation: "Firmware 4.3 trial on 5 devices; floor sessions with Jan Petersen's shift.", owner: "Amara Osei",
                     escalationTrigger: "Fewer than 40 of 58 users at baseline after the sessions.",
                     nextReview: day.d(4), raisedOn: day.d(-16)),
                Risk(id: "mue-risk-2", statement: "The customs authority's test slot may not come before T-day.",
                     likelihood: .medium, impact: .high,
                     mitigation: "Test booked; T-day to move if the slot slips.", owner: "Felix Brandt",
                     escalationTrigger: "No test certificate by T-day.", nextReview: day.d(2), raisedOn: day.d(-10)),
            ],
            openIssues: [
                OpenIssue(id: "mue-issue-1", kind: .technical,
                          description: "Scanner firmware 4.2 takes 1.8 s per scan at Bremerhaven against 0.6 s at Bremen.",
                          owner: "Felix Brandt", deadline: day.d(6), raisedOn: day.d(-16)),
            ],
            handover: handover([
                .identityAndPurchase: "Family-owned contract logistics and customs broker, Bremen and Bremerhaven. Bought to go paperless in the warehouse and send customs declarations straight from the WMS.",
                .onboardingPeriod: "Bremen live and paperless; Bremerhaven lagging since the scanner swap; ATLAS connector untested.",
                .people: "Katrin Vogel sponsors and decides; Jürgen Müller signs. Jan Petersen runs Bremerhaven's floor and is unconvinced.",
            ], circulated: nil, finalised: nil))
    }

    /// Stage 3, the assessment meeting half-way through: three marked, three still Unassessed.
    static func coralCoast(_ day: DemoDay) -> Account {
        let t = 9
        var conditions = ReadinessAssessment().conditions
        conditions[0] = met(.setupComplete, on: day.d(0), Evidence(
            summary: "Go-live sign-off signed for 6 clinics: rostering, award interpretation and payroll export accepted.",
            date: day.d(-11), providedBy: "Dr Priya Nair", signatory: "Dr Priya Nair",
            filedIn: "CRM › Coral Coast Health Network › Documents › Sign-off (signed).pdf"))
        conditions[1] = met(.activeUsage, on: day.d(0), Evidence(
            summary: "Usage report: 220 of 220 named rostered staff viewed and confirmed shifts weekly; all 6 rostering managers published rosters in the tool.",
            date: day.d(-1), providedBy: "Kenji Watanabe", periodStart: day.d(-24), periodEnd: day.d(-2),
            expectedUsers: 220, baselineUsers: 220))
        conditions[2] = met(.milestonesAchieved, on: day.d(0), Evidence(
            summary: "All 4 kick-off milestones completed with dated evidence.", date: day.d(0), providedBy: "Kenji Watanabe"))
        return Account(
            id: "acct-coralcoast",
            identity: Identity(name: "Coral Coast Health Network", legalEntity: "Coral Coast Health Network Pty Ltd",
                               industry: "Community health clinics", headcount: 540, primaryLocation: "Brisbane, Australia"),
            contract: day.contract("Staff rostering and award interpretation: 6 clinics, 220 staff", 145_000, "AUD",
                                   termMonths: 24, startOffset: -60),
            people: People(onboardingCoordinator: "Kenji Watanabe", onboardingLead: "Sarah Khan", accountManager: "Helena Sørensen"),
            contacts: [
                Contact(id: "cor-priya", name: "Dr Priya Nair", role: "Chief Operating Officer", isSponsor: true,
                        communicationPreference: "Teams calls between clinics; prefers a one-page summary",
                        relationshipStrength: .strong, stance: .advocate),
                Contact(id: "cor-liam", name: "Liam O'Connell", role: "Workforce manager", isDayToDay: true,
                        communicationPreference: "Email; phone for anything touching payroll", relationshipStrength: .strong,
                        stance: .advocate),
            ],
            health: Health(rating: .green,
                           rationale: "Rosters published in the tool at all 6 clinics for 3 weeks; first pay run reconciled to the cent.",
                           setOn: day.d(-5)),
            sentiment: [
                SentimentNote(id: "cor-s1", capturedOn: day.d(-5), contact: "Liam O'Connell",
                              words: "First pay run with no manual award corrections. That has never happened.", tone: .positive),
            ],
            milestones: [
                Milestone(id: "cor-m1", name: "Award rules configured and tested", targetDate: day.d(-40), completedOn: day.d(-41),
                          evidence: "148 award scenarios tested against last quarter's payslips; 0 differences.", addedOn: day.d(-58)),
                Milestone(id: "cor-m2", name: "All 6 clinics publishing rosters in the tool", targetDate: day.d(-25),
                          completedOn: day.d(-23), evidence: "Rosters for weeks 6–9 published in the tool at all clinics.",
                          addedOn: day.d(-58)),
                Milestone(id: "cor-m3", name: "Payroll export replaces manual timesheet entry", targetDate: day.d(-10),
                          completedOn: day.d(-6), evidence: "Fortnightly pay run from the export; reconciled by Liam O'Connell.",
                          addedOn: day.d(-58)),
                Milestone(id: "cor-m4", name: "Staff confirm shifts on their phones", targetDate: day.d(-5), completedOn: day.d(-3),
                          evidence: "212 of 220 staff confirmed at least one shift in-app.", addedOn: day.d(-58)),
            ],
            stage: .readinessReview,
            tDay: day.d(t),
            readiness: ReadinessAssessment(conditions: conditions),
            meetings: [
                Meeting(id: "cor-meet-readiness", kind: .readinessAssessment, on: day.d(0),
                        attendees: ["Kenji Watanabe", "Sarah Khan", "Helena Sørensen"],
                        sections: agenda(.readinessAssessment, notes: [
                            "Signed by Dr Nair.", "212 of 220 confirming weekly.", "4 of 4 milestones closed.",
                        ]),
                        startedAt: day.at(0, 6, 30)),
            ],
            risks: [
                Risk(id: "cor-risk-1", statement: "The award rates change on 1 July and the rules must be updated before the first pay run after it.",
                     likelihood: .high, impact: .medium,
                     mitigation: "Rate table update scheduled with Liam O'Connell; test against a sample of 20 payslips.",
                     owner: "Helena Sørensen", escalationTrigger: "Any payslip difference in the test.",
                     nextReview: day.d(30), raisedOn: day.d(-20)),
            ])
    }

    /// Stage 5 by override: the customer's fiscal calendar moved the transition before one condition was Met.
    static func blueFin(_ day: DemoDay) -> Account {
        let t = 1
        let team = ["Amara Osei", "Sarah Khan", "Daniel Ortiz"]
        let conditions = [
            met(.setupComplete, on: day.d(-4), Evidence(
                summary: "Implementation sign-off: catch intake, lot tracing and the HACCP log accepted for Seattle and Tacoma.",
                date: day.d(-9), providedBy: "Marisol Vega", signatory: "Marisol Vega",
                filedIn: "CRM › Blue Fin Seafood › Documents › Implementation sign-off (signed).pdf")),
            met(.activeUsage, on: day.d(-4), Evidence(
                summary: "Usage report: 27 of 27 named users logging lots daily; Seattle receiving dock at 100%.",
                date: day.d(-4), providedBy: "Amara Osei", periodStart: day.d(-27), periodEnd: day.d(-5),
                expectedUsers: 27, baselineUsers: 27)),
            met(.milestonesAchieved, on: day.d(-4), Evidence(
                summary: "All 4 kick-off milestones completed with dated evidence.", date: day.d(-4), providedBy: "Amara Osei")),
            notMet(.trainingCapability, on: day.d(-4), GapAction(
                what: "Observe the Tacoma cold-store team receive and trace a lot unaided (rescheduled twice by the customer)",
                owner: "Amara Osei", deadline: day.d(8))),
            met(.processUnderstanding, on: day.d(-4), Evidence(
                summary: "Call with Marisol Vega: support hours in Pacific time, recall escalation path, billing to the Seattle entity; written up and acknowledged.",
                date: day.d(-6), providedBy: "Marisol Vega", topics: Set(ProcessTopic.allCases),
                capturedIn: "Written up and acknowledged by Marisol Vega")),
            met(.customerConfidence, on: day.d(-4), Evidence(
                summary: "Marisol Vega, in an email to Sarah Khan.", date: day.d(-5), providedBy: "Marisol Vega",
                capturedIn: "Email from Marisol Vega, filed in the CRM", sponsorWords: "The recall drill took 11 minutes instead of a day. I'm sold.", tone: .positive)),
        ]
        return Account(
            id: "acct-bluefin",
            identity: Identity(name: "Blue Fin Seafood 🐟", legalEntity: "Blue Fin Seafood Company LLC",
                               industry: "Seafood processing and distribution", headcount: 180,
                               primaryLocation: "Seattle, Washington"),
            contract: day.contract("Lot traceability and HACCP logging: 2 plants, 27 named users", 58_000, "USD",
                                   termMonths: 12, startOffset: -50),
            people: People(onboardingCoordinator: "Amara Osei", onboardingLead: "Sarah Khan", accountManager: "Daniel Ortiz"),
            contacts: [
                Contact(id: "bf-marisol", name: "Marisol Vega", role: "VP Operations", isSponsor: true,
                        communicationPreference: "Email; decisive, replies at 05:00 from the dock", relationshipStrength: .strong,
                        stance: .advocate),
                Contact(id: "bf-dan", name: "Dan Kowalczyk", role: "Food safety lead, Tacoma", isDayToDay: true,
                        communicationPreference: "Phone; avoid the 10:00–14:00 processing window", relationshipStrength: .moderate,
                        stance: .neutral),
            ],
            health: Health(rating: .amber,
                           rationale: "Everything but the Tacoma competence check is in place; the transition is driven by the customer's fiscal calendar, not by readiness.",
                           setOn: day.d(-3)),
            sentiment: [
                SentimentNote(id: "bf-s1", capturedOn: day.d(-5), contact: "Marisol Vega",
                              words: "The recall drill took 11 minutes instead of a day. I'm sold.", tone: .positive),
            ],
            milestones: [
                Milestone(id: "bf-m1", name: "Lot tracing from catch to customer at Seattle", targetDate: day.d(-30), completedOn: day.d(-31),
                          evidence: "Mock recall traced 14 lots to 39 customers from the tool.", addedOn: day.d(-48)),
                Milestone(id: "bf-m2", name: "HACCP log paperless at both plants", targetDate: day.d(-20), completedOn: day.d(-18),
                          evidence: "2 weeks of critical-control-point readings recorded in the tool; the inspector read them on site on day 12.",
                          addedOn: day.d(-48)),
                Milestone(id: "bf-m3", name: "Tacoma receiving in the tool", targetDate: day.d(-12), completedOn: day.d(-10),
                          evidence: "Tacoma lots received in the tool for 7 straight days.", addedOn: day.d(-48)),
                Milestone(id: "bf-m4", name: "Recall drill under 30 minutes", targetDate: day.d(-7), completedOn: day.d(-6),
                          evidence: "Drill run with Marisol Vega: 11 minutes, all 14 lots found.", addedOn: day.d(-48)),
            ],
            interactions: [
                day.interaction("bf-i1", .email, -5, 13, with: "Marisol Vega",
                                "Marisol needs Daniel Ortiz as named owner on the new-fiscal-year PO; asked to keep the transfer date."),
                day.interaction("bf-i2", .call, -3, 17, with: "Dan Kowalczyk",
                                "Tacoma competence check moved again (plant audit); Dan offered a date next week."),
            ],
            stage: .jointTransitionMeeting,
            tDay: day.d(t),
            readiness: ReadinessAssessment(conditions: conditions,
                                           runs: [run("bf-run-1", on: day.d(-4), attendees: team, conditions)]),
            exit: exit([day.d(-2), day.d(-2), day.d(-3)]),
            meetings: [
                Meeting(id: "bf-meet-joint", kind: .jointTransition, on: day.d(t - 1),
                        attendees: ["Marisol Vega", "Dan Kowalczyk", "Sarah Khan", "Amara Osei", "Daniel Ortiz"]),
            ],
            crmTransfer: CRMTransfer(areas: areas(incomplete: [
                .openItems: "Tacoma competence check to be logged as an open item for the account manager.",
            ])),
            risks: [
                Risk(id: "bf-risk-1", statement: "Tacoma cold-store staff may not be competent on receiving when the account manager takes over.",
                     likelihood: .medium, impact: .medium,
                     mitigation: "Amara Osei stays on the competence check after T-day; Daniel Ortiz informed.", owner: "Amara Osei",
                     escalationTrigger: "A lot received outside the tool at Tacoma.", nextReview: day.d(8), raisedOn: day.d(-4)),
            ],
            openIssues: [
                OpenIssue(id: "bf-issue-1", kind: .ourCommitment,
                          description: "Observe and record the Tacoma competence check (condition 4) after transfer.",
                          owner: "Amara Osei", deadline: day.d(8), raisedOn: day.d(-4)),
            ],
            handover: handover([
                .identityAndPurchase: "Seafood processor and distributor, Seattle and Tacoma. Bought after a recall that took a full day to trace.",
                .healthAndSentiment: "Amber: Marisol is sold; Tacoma's competence check is still open.",
                .unwrittenBriefing: "Marisol decides fast and hates being chased; Dan carries the food-safety liability personally and will test anyone new on HACCP detail.",
            ], circulated: day.d(-4), finalised: day.d(-2)),
            stageOverride: StageOverride(
                reason: "Customer's new fiscal year starts on the 1st and their procurement needs the account manager as named owner on the PO; the Tacoma competence check was rescheduled twice by the customer and stays open with Amara Osei.",
                by: "Sarah Khan", on: day.d(-3), toStage: .jointTransitionMeeting))
    }

    /// Stage 6, T-day is today: cleared, nine areas complete, two of the five changes ticked this morning.
    static func alpenblick(_ day: DemoDay) -> Account {
        let team = ["Lucía Romero", "Sarah Khan", "Ravi Menon"]
        let conditions = [
            met(.setupComplete, on: day.d(-12), Evidence(
                summary: "Abnahme signed for 5 hotels: PMS interface, housekeeping boards and guest messaging accepted.",
                date: day.d(-14), providedBy: "Stefan Imboden", signatory: "Stefan Imboden",
                filedIn: "CRM › Alpenblick Hotels › Dokumente › Abnahme (unterschrieben).pdf")),
            met(.activeUsage, on: day.d(-2), Evidence(
                summary: "Usage report: all 94 named housekeeping and front-desk users on shift active every shift (2 more on leave, not expected).",
                date: day.d(-2), providedBy: "Lucía Romero", periodStart: day.d(-26), periodEnd: day.d(-3),
                expectedUsers: 94, baselineUsers: 94)),
            met(.milestonesAchieved, on: day.d(-12), Evidence(
                summary: "All 4 kick-off milestones completed with dated evidence.", date: day.d(-12), providedBy: "Lucía Romero")),
            met(.trainingCapability, on: day.d(-12), Evidence(
                summary: "Lucía Romero watched the Grindelwald housekeeping team turn 30 rooms on the board with no help; 8 of 8.",
                date: day.d(-13), providedBy: "Lucía Romero", observedBy: "Lucía Romero",
                demonstrated: "Turning rooms on the housekeeping board with no help")),
            met(.processUnderstanding, on: day.d(-12), Evidence(
                summary: "Call with Stefan Imboden on support in German and English, weekend escalation, billing per hotel and seasonal user adds.",
                date: day.d(-15), providedBy: "Stefan Imboden", topics: Set(ProcessTopic.allCases),
                capturedIn: "Call notes sent to Stefan Imboden")),
            met(.customerConfidence, on: day.d(-2), Evidence(
                summary: "Stefan Imboden on the pre-transfer call with Sarah Khan, noted verbatim.", date: day.d(-2),
                providedBy: "Stefan Imboden", capturedIn: "Pre-transfer call notes in the CRM",
                sponsorWords: "Our housekeepers trust the board now. Next winter we want it in the two Valais hotels too.", tone: .positive)),
        ]
        // The first run cleared on older usage and sentiment; the re-check at T-2 refreshed both.
        var firstMarks = conditions
        firstMarks[1] = met(.activeUsage, on: day.d(-12), Evidence(
            summary: "Usage report: 90 of 96 housekeeping and front-desk users active every shift.",
            date: day.d(-12), providedBy: "Lucía Romero", periodStart: day.d(-35), periodEnd: day.d(-13),
            expectedUsers: 96, baselineUsers: 90))
        firstMarks[5] = met(.customerConfidence, on: day.d(-12), Evidence(
            summary: "Stefan Imboden by email after the turn-time review.", date: day.d(-13), providedBy: "Stefan Imboden",
            capturedIn: "Email from Stefan Imboden, filed in the CRM", sponsorWords: "The board is the first system our housekeepers haven't fought.", tone: .positive))
        return Account(
            id: "acct-alpenblick",
            identity: Identity(name: "Alpenblick Hotels", legalEntity: "Alpenblick Hotels AG",
                               industry: "Hospitality", headcount: 380, primaryLocation: "Interlaken, Switzerland"),
            contract: day.contract("Housekeeping and guest messaging: 5 hotels, 96 named users", 96_000, "CHF",
                                   termMonths: 24, startOffset: -58),
            // T-day morning: changes 2 and 3 are made (000:452), so Ravi owns the record and Sarah is secondary.
            people: People(onboardingCoordinator: "Lucía Romero", onboardingLead: "Sarah Khan", accountManager: "Ravi Menon",
                           primaryOwner: "Ravi Menon", leadSecondaryContactUntil: day.d(30)),
            contacts: [
                Contact(id: "alp-stefan", name: "Stefan Imboden", role: "Director of Operations", isSponsor: true,
                        communicationPreference: "Email in German; calls before the 11:00 check-out rush",
                        relationshipStrength: .strong, stance: .advocate),
                Contact(id: "alp-chloe", name: "Chloé Favre", role: "Head of Housekeeping", isDayToDay: true,
                        communicationPreference: "French or English; WhatsApp", relationshipStrength: .strong, stance: .advocate),
            ],
            health: Health(rating: .green,
                           rationale: "Cleared; 94 of 96 users active each shift; sponsor already talking about two more hotels.",
                           setOn: day.d(-2)),
            sentiment: [
                SentimentNote(id: "alp-s0", capturedOn: day.d(-13), contact: "Stefan Imboden",
                              words: "The board is the first system our housekeepers haven't fought.", tone: .positive),
                SentimentNote(id: "alp-s1", capturedOn: day.d(-2), contact: "Stefan Imboden",
                              words: "Our housekeepers trust the board now. Next winter we want it in the two Valais hotels too.",
                              tone: .positive),
            ],
            milestones: [
                Milestone(id: "alp-m1", name: "PMS interface live for 5 hotels", targetDate: day.d(-40), completedOn: day.d(-42),
                          evidence: "Room status syncing both ways; 0 mismatches over 7 nights at 5 hotels.", addedOn: day.d(-56)),
                Milestone(id: "alp-m2", name: "Housekeeping boards replace paper room lists", targetDate: day.d(-28), completedOn: day.d(-27),
                          evidence: "Paper lists withdrawn at all hotels; Chloé Favre confirmed in writing.", addedOn: day.d(-56)),
                Milestone(id: "alp-m3", name: "Guest messaging in 4 languages", targetDate: day.d(-20), completedOn: day.d(-21),
                          evidence: "DE/FR/EN/IT templates live; 1,140 guest messages in the first fortnight.", addedOn: day.d(-56)),
                Milestone(id: "alp-m4", name: "Room turn time under 35 minutes", targetDate: day.d(-14), completedOn: day.d(-13),
                          evidence: "Median turn 31 minutes across 5 hotels (baseline 44).", addedOn: day.d(-56)),
            ],
            interactions: [
                day.interaction("alp-i1", .meeting, -1, 9, with: "Stefan Imboden, Chloé Favre",
                                "Joint transition meeting: Stefan asked Ravi about the Valais hotels; told them the CRM transfer is tomorrow."),
            ],
            stage: .transferDay,
            tDay: day.d(0),
            readiness: ReadinessAssessment(conditions: conditions, runs: [
                run("alp-run-1", on: day.d(-12), attendees: team, firstMarks),
                run("alp-run-2", on: day.d(-2), attendees: team, conditions),
            ]),
            exit: exit([day.d(-4), day.d(-3), day.d(-12), day.d(-1)]),
            meetings: [
                Meeting(id: "alp-meet-handover", kind: .internalHandover, on: day.d(-10),
                        attendees: ["Sarah Khan", "Lucía Romero", "Ravi Menon"],
                        sections: agenda(.internalHandover, notes: [
                            "Bought to stop housekeeping running on paper; 5 hotels, seasonal staff.",
                            "All live; 94 of 96 active.", "Stefan decides, Chloé makes it work.",
                            "One risk: seasonal staff turnover in December.", "Two Valais hotels next winter.",
                            "Stefan's German emails read as curt; they are not.", "Joint meeting at T-1; document final at T-3.",
                        ]),
                        commitments: ["First one-to-one with Stefan Imboden in week 3",
                                      "Seasonal onboarding plan for December staff with Chloé Favre"],
                        startedAt: day.at(-10, 13, 0), endedAt: day.at(-10, 13, 58)),
                Meeting(id: "alp-meet-joint", kind: .jointTransition, on: day.d(-1),
                        attendees: ["Stefan Imboden", "Chloé Favre", "Sarah Khan", "Lucía Romero", "Ravi Menon"],
                        sections: agenda(.jointTransition, notes: [
                            "Sarah opened; purpose agreed.", "Lucía walked the success summary: turn time 44 → 31 minutes.",
                            "Sarah introduced Ravi.", "Ravi named the Valais hotels and the December staff intake.",
                            "Chloé: the board works; wants a printed fallback for outages.", "CRM transfer confirmed for tomorrow.",
                        ]),
                        successSignals: [.customerAsksAccountManagerAQuestion, .sponsorSaysWeAboutNextPhase, .laughter],
                        startedAt: day.at(-1, 9, 0), endedAt: day.at(-1, 9, 47)),
                Meeting(id: "alp-meet-tday", kind: .tDayWalkthrough, on: day.d(0), attendees: ["Sarah Khan", "Ravi Menon"],
                        sections: agenda(.tDayWalkthrough, notes: ["9 of 9 complete."]),
                        startedAt: day.at(0, 6, 30)),
            ],
            crmTransfer: CRMTransfer(
                areas: allAreasComplete([.contactRecords: "Stefan Imboden tagged sponsor; Chloé Favre day-to-day."]),
                changes: TDayChange.allCases.enumerated().map { i, change in
                    // Change 1, the stage advancing, is the transfer itself: it waits for the other four.
                    TDayChangeCheck(change: change, doneAt: (1...2).contains(i) ? day.at(0, 6, 40 + i * 8) : nil)
                },
                firstTouchpoint: nil),
            risks: [
                Risk(id: "alp-risk-1", statement: "December's seasonal intake (about 40 staff) may not be trained before the ski season opens.",
                     likelihood: .medium, impact: .medium,
                     mitigation: "Seasonal onboarding plan with Chloé Favre; 20-minute video in 4 languages.", owner: "Ravi Menon",
                     escalationTrigger: "Fewer than 30 seasonal staff trained a week before opening.",
                     nextReview: day.d(45), raisedOn: day.d(-12)),
            ],
            openIssues: [
                OpenIssue(id: "alp-issue-1", kind: .technical,
                          description: "Printable fallback room list for network outages (Chloé Favre's request).",
                          owner: "Ravi Menon", deadline: day.d(21), raisedOn: day.d(-1)),
            ],
            handover: handover([
                .identityAndPurchase: "Five hotels around Interlaken and Grindelwald. Bought to take housekeeping off paper and answer guests in their own language.",
                .onboardingPeriod: "8 weeks; 4 milestones met; competence observed at Grindelwald; sign-off by Stefan Imboden.",
                .people: "Stefan Imboden (sponsor) decides; Chloé Favre (housekeeping) runs it day to day.",
                .healthAndSentiment: "Green; sponsor wants two more hotels next winter.",
                .risksAndOpenIssues: "Seasonal staff intake in December; printable fallback list requested.",
                .opportunities: "Two Valais hotels next winter; spa booking module asked about twice.",
                .unwrittenBriefing: "Stefan's German emails read as curt; they are not. Chloé is the one who won the housekeepers over: keep her in every change.",
                .postTransitionPlan: "T-day walkthrough this morning; first one-to-one in week 3; 30-day review with Sarah.",
            ], circulated: day.d(-12), finalised: day.d(-3)))
    }
}
