import Foundation

extension DemoPortfolio {
    /// Stage 1, barely started: the contract is days old and Sales has just handed it over.
    static func sahyadri(_ day: DemoDay) -> Account {
        let t = 82
        return Account(
            id: "acct-sahyadri",
            identity: Identity(name: "Sahyadri Cold Chain", legalEntity: "Sahyadri Cold Chain Pvt Ltd",
                               industry: "Refrigerated warehousing", headcount: 310, primaryLocation: "Pune, India"),
            contract: day.contract("Warehouse temperature monitoring: 4 cold stores, 22 named users", 4_200_000, "INR",
                                   termMonths: 12, startOffset: -3),
            people: People(onboardingCoordinator: "Amara Osei", onboardingLead: "Sarah Khan", accountManager: "Ravi Menon"),
            contacts: [
                Contact(id: "sah-anil", name: "Anil Deshpande", role: "Managing Director", isSponsor: true,
                        communicationPreference: "WhatsApp for anything urgent; formal updates by email",
                        relationshipStrength: .weak, stance: .advocate),
                Contact(id: "sah-meera", name: "Meera Kulkarni", role: "Quality and compliance manager", isDayToDay: true,
                        communicationPreference: "Email, with the FSSAI audit dates in mind", relationshipStrength: .weak),
            ],
            // Too early to rate on evidence: nobody has rated it, and it is not Green for that.
            health: .notRated(since: day.d(-3)),
            interactions: [
                day.interaction("sah-i1", .email, -1, 6, with: "Anil Deshpande, Meera Kulkarni",
                                "Welcome email: introduced Amara Osei as coordinator; proposed kick-off at the Chakan cold store."),
            ],
            stage: .salesHandover,
            tDay: day.d(t),
            risks: [
                Risk(id: "sah-risk-1",
                     statement: "Sales mentioned a Tally ERP connector that is on the roadmap but not shipped.",
                     likelihood: .medium, impact: .medium,
                     mitigation: "Raise it openly at kick-off; offer the CSV export as the interim route.",
                     owner: "Sarah Khan", escalationTrigger: "Sponsor treats the connector as contracted.",
                     nextReview: day.d(6), raisedOn: day.d(-2)),
            ],
            openIssues: [
                OpenIssue(id: "sah-issue-1", kind: .awaitingDecision,
                          description: "Customer to choose between on-site and remote kick-off; Chakan site visit needs 5 days' notice.",
                          owner: "Meera Kulkarni", deadline: day.d(2), raisedOn: day.d(-1)),
            ])
    }

    /// Stage 2 in trouble: Red, a materialised risk, a promise of ours past its deadline, a review overdue.
    static func cascadia(_ day: DemoDay) -> Account {
        let t = 38
        return Account(
            id: "acct-cascadia",
            identity: Identity(name: "Cascadia Timber Co-operative", legalEntity: "Cascadia Timber Co-operative Ltd.",
                               industry: "Forestry and sawmills", headcount: 420, primaryLocation: "Nanaimo, British Columbia"),
            contract: day.contract("Mill maintenance and work orders: 2 mills, 40 named users, SSO", 96_500, "CAD",
                                   termMonths: 36, startOffset: -34),
            people: People(onboardingCoordinator: "Lucía Romero", onboardingLead: "Sarah Khan", accountManager: "Helena Sørensen"),
            contacts: [
                Contact(id: "cas-gwen", name: "Gwen Tallis", role: "General Manager", isSponsor: true,
                        communicationPreference: "Phone; prefers bad news early and unvarnished",
                        relationshipStrength: .moderate, stance: .sceptic),
                Contact(id: "cas-raj", name: "Raj Sandhu", role: "Maintenance planner, Nanaimo mill", isDayToDay: true,
                        communicationPreference: "Text messages from the mill floor; email after 16:00",
                        relationshipStrength: .strong, stance: .advocate),
                Contact(id: "cas-kim", name: "Kim Boucher", role: "Contract IT (since their IT lead left)",
                        communicationPreference: "Ticket first, then a call", relationshipStrength: .weak),
            ],
            health: Health(rating: .red,
                           rationale: "SSO go-live slipped three weeks after their IT lead left; 9 of 40 named users can log in; the sponsor is frustrated and said so.",
                           setOn: day.d(-3)),
            sentiment: [
                SentimentNote(id: "cas-s1", capturedOn: day.d(-20), contact: "Raj Sandhu",
                              words: "Once the planners are on it, the paper work-order binder goes in the skip.", tone: .positive),
                SentimentNote(id: "cas-s2", capturedOn: day.d(-3), contact: "Gwen Tallis",
                              words: "I was told five weeks. We're at eight and my mill supervisors still can't log in.", tone: .negative),
            ],
            milestones: [
                Milestone(id: "cas-m1", name: "Asset register imported for both mills", targetDate: day.d(-20), completedOn: day.d(-22),
                          evidence: "3,412 assets imported; 57 duplicates merged with Raj Sandhu.", addedOn: day.d(-30)),
                Milestone(id: "cas-m2", name: "Preventive maintenance schedules live", targetDate: day.d(-10), completedOn: day.d(-9),
                          evidence: "212 PM schedules generating work orders; first week's 64 orders closed on paper and back-entered.",
                          addedOn: day.d(-30)),
                Milestone(id: "cas-m3", name: "SSO live for all 40 named users", targetDate: day.d(-7), addedOn: day.d(-30)),
                Milestone(id: "cas-m4", name: "Mill-floor tablets closing work orders at Port Alberni", targetDate: day.d(10),
                          addedOn: day.d(-30)),
                Milestone(id: "cas-m5", name: "Planners schedule a full week without the paper binder", targetDate: day.d(21),
                          addedOn: day.d(-30)),
            ],
            interactions: [
                day.interaction("cas-i1", .meeting, -30, 17, with: "Gwen Tallis, Raj Sandhu, Dale Whitford",
                                "Kick-off: 5 milestones named; SSO via their Okta tenant owned by Dale Whitford."),
                day.interaction("cas-i2", .email, -16, 18, with: "Gwen Tallis",
                                "Gwen confirmed Dale Whitford has left; Kim Boucher (contract IT) picks up SSO two days a week."),
                day.interaction("cas-i3", .call, -3, 16, with: "Gwen Tallis",
                                "Escalation call: SSO now 3 weeks late; promised the revised Okta guide, which is already overdue."),
            ],
            stage: .onboardingActive,
            tDay: day.d(t),
            risks: [
                Risk(id: "cas-risk-1", statement: "Their only IT lead, Dale Whitford, may leave before SSO go-live.",
                     likelihood: .medium, impact: .high,
                     mitigation: "Document the Okta set-up with Dale in week 2.", owner: "Lucía Romero",
                     escalationTrigger: "Dale gives notice.", nextReview: day.d(-16), status: .materialised,
                     raisedOn: day.d(-30),
                     resolution: "Materialised: Dale left with a week's notice before the Okta app was configured. SSO slipped three weeks; contract IT two days a week.",
                     resolvedOn: day.d(-16)),
                Risk(id: "cas-risk-2", statement: "Wi-Fi on the Port Alberni mill floor may not reach the tablet stations.",
                     likelihood: .medium, impact: .medium,
                     mitigation: "Site survey booked with the co-op's electrician.", owner: "Raj Sandhu",
                     escalationTrigger: "Survey shows dead zones at more than two stations.",
                     nextReview: day.d(-4), raisedOn: day.d(-25)),
                Risk(id: "cas-risk-3", statement: "The sponsor's frustration with the SSO delay could turn into a refund request.",
                     likelihood: .low, impact: .high,
                     mitigation: "Weekly written status to Gwen Tallis until SSO is live.", owner: "Sarah Khan",
                     escalationTrigger: "Gwen mentions the contract or the invoice.",
                     nextReview: day.d(4), raisedOn: day.d(-3)),
            ],
            openIssues: [
                OpenIssue(id: "cas-issue-1", kind: .ourCommitment,
                          description: "Send the revised Okta SSO configuration guide to Kim Boucher.",
                          owner: "Lucía Romero", deadline: day.d(-6), raisedOn: day.d(-14)),
                OpenIssue(id: "cas-issue-2", kind: .customerCommitment,
                          description: "Co-op to give Kim Boucher admin rights on the Okta tenant.",
                          owner: "Gwen Tallis", deadline: day.d(2), raisedOn: day.d(-3)),
            ])
    }

    /// Stage 2, going fine but Amber, with one call written up three days late.
    static func ferreira(_ day: DemoDay) -> Account {
        let t = 27
        return Account(
            id: "acct-ferreira",
            identity: Identity(name: "Ferreira & Filhos Distribuição", legalEntity: "Ferreira & Filhos Distribuição Ltda.",
                               industry: "Food and beverage distribution", headcount: 1_150, primaryLocation: "São Paulo, Brazil"),
            contract: day.contract("Route planning and proof of delivery: 85 vehicles, 120 named users", 310_000, "BRL",
                                   termMonths: 24, startOffset: -40),
            people: People(onboardingCoordinator: "Tom Reeves", onboardingLead: "Sarah Khan", accountManager: "Daniel Ortiz"),
            contacts: [
                Contact(id: "fer-joao", name: "João Ferreira", role: "Diretor de Operações", isSponsor: true,
                        communicationPreference: "Portuguese on calls; a written summary in English afterwards",
                        relationshipStrength: .moderate, stance: .neutral),
                Contact(id: "fer-camila", name: "Camila Araújo", role: "Logistics coordinator", isDayToDay: true,
                        communicationPreference: "WhatsApp group with the depot leads", relationshipStrength: .strong,
                        stance: .advocate),
                Contact(id: "fer-otavio", name: "Otávio Nunes", role: "Fleet supervisor, Campinas depot",
                        communicationPreference: "Only before 07:00 or after the last route returns",
                        relationshipStrength: .weak, stance: .sceptic),
            ],
            health: Health(rating: .amber,
                           rationale: "Routes planned in the tool at 2 of 3 depots; Campinas drivers still on paper manifests. Sponsor neutral until fuel savings show.",
                           setOn: day.d(-6)),
            sentiment: [
                SentimentNote(id: "fer-s1", capturedOn: day.d(-12), contact: "Camila Araújo",
                              words: "Planning Osasco's routes now takes forty minutes, not the whole morning.", tone: .positive),
                SentimentNote(id: "fer-s2", capturedOn: day.d(-6), contact: "João Ferreira",
                              words: "Show me diesel per delivery going down and I'll be convinced.", tone: .neutral),
            ],
            milestones: [
                Milestone(id: "fer-m1", name: "Vehicle and driver master data loaded", targetDate: day.d(-30), completedOn: day.d(-31),
                          evidence: "85 vehicles, 112 drivers, 3 depots loaded; checked against the fleet insurance list.", addedOn: day.d(-38)),
                Milestone(id: "fer-m2", name: "Osasco depot planning routes in the tool", targetDate: day.d(-20), completedOn: day.d(-19),
                          evidence: "10 consecutive working days of Osasco routes planned in the tool; 0 paper manifests.", addedOn: day.d(-38)),
                Milestone(id: "fer-m3", name: "Guarulhos depot planning routes in the tool", targetDate: day.d(-12), completedOn: day.d(-10),
                          evidence: "Guarulhos live; route count matches the dispatch board for 8 days running.", addedOn: day.d(-38)),
                Milestone(id: "fer-m4", name: "Campinas depot planning routes in the tool", targetDate: day.d(-2), addedOn: day.d(-38)),
                Milestone(id: "fer-m5", name: "Proof of delivery captured on driver phones for 95% of drops",
                          targetDate: day.d(12), addedOn: day.d(-38)),
                Milestone(id: "fer-m6", name: "Fuel cost per delivery reported monthly", targetDate: day.d(18), addedOn: day.d(-38)),
            ],
            interactions: [
                day.interaction("fer-i1", .meeting, -38, 12, with: "João Ferreira, Camila Araújo",
                                "Kick-off in São Paulo: 6 milestones named; success measured as diesel per delivery."),
                day.interaction("fer-i2", .message, -10, 11, with: "Camila Araújo",
                                "Guarulhos live; Camila asked for a Portuguese quick-reference card for drivers."),
                day.interaction("fer-i3", .call, -6, 14, with: "João Ferreira, Otávio Nunes",
                                "Campinas call: Otávio refuses phones for drivers until the union rep has seen the privacy settings.",
                                loggedHoursLater: 70),
            ],
            stage: .onboardingActive,
            tDay: day.d(t),
            risks: [
                Risk(id: "fer-risk-1", statement: "The Campinas drivers' union could block proof of delivery on personal phones.",
                     likelihood: .medium, impact: .high,
                     mitigation: "Privacy walkthrough for the union rep; company-owned handsets priced as a fallback.",
                     owner: "Tom Reeves", escalationTrigger: "Union rep declines the walkthrough.",
                     nextReview: day.d(5), raisedOn: day.d(-6)),
            ],
            openIssues: [
                OpenIssue(id: "fer-issue-1", kind: .ourCommitment,
                          description: "Deliver a Portuguese quick-reference card for drivers.",
                          owner: "Tom Reeves", deadline: day.d(3), raisedOn: day.d(-10)),
                OpenIssue(id: "fer-issue-2", kind: .awaitingDecision,
                          description: "Company-owned handsets for Campinas or personal phones with a stipend: João to decide.",
                          owner: "João Ferreira", deadline: day.d(9), raisedOn: day.d(-6)),
            ])
    }
}
