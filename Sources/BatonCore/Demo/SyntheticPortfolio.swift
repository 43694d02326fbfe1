import Foundation

/// Portfolios of any size for load tests and benchmarks: plausible accounts drawn from a seed.
///
/// The same seed, count and `today` always give the same portfolio. Stages are spread over 1–8
/// and T-days over today−90 … today+90, each consistent with its stage (a continuity account's
/// T-day is in the last 30 days), so the rules see realistic mixes rather than noise.
public enum SyntheticPortfolio {
    public static func make(accounts: Int, seed: UInt64, today: CalendarDate, now: Date) -> Portfolio {
        var rng = SplitMix64(seed: seed)
        var list: [Account] = []
        list.reserveCapacity(max(0, accounts))
        if accounts > 0 {
            for index in 1...accounts {
                var generated = account(index: index, today: today, rng: &rng)
                // Every template item in the past is done but the last two days' (realistic overdue).
                DemoTimelines.apply(to: &generated, today: today.adding(days: -2), overdueKeys: [])
                list.append(generated)
            }
        }
        return Portfolio(owner: "Sarah Khan", accounts: list)
    }

    /// "syn-000042": zero-padded to six digits, longer when the count needs it.
    static func id(_ index: Int) -> String {
        let digits = String(index)
        return "syn-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// Where a stage's T-day falls, in days from today.
    static func tDayRange(_ stage: Stage) -> ClosedRange<Int> {
        switch stage {
        case .salesHandover: 60...90
        case .onboardingActive: 25...75
        case .readinessReview: 5...40
        case .handoverPreparation: 2...14
        case .jointTransitionMeeting: 1...3
        case .transferDay: 0...0
        case .continuity: -30 ... -1
        case .accountManagement: -90 ... -31
        }
    }

    // MARK: - One account

    static func account(index: Int, today: CalendarDate, rng: inout SplitMix64) -> Account {
        let id = id(index)
        let stage = Stage(rawValue: rng.int(in: 1...8))!
        let t = rng.int(in: tDayRange(stage))
        let start = t - rng.int(in: 50...70)
        let day = DemoDay(today: today)
        typealias Text = SyntheticText

        let whole = rng.chance(8)
        let name = whole ? rng.pick(Text.wholeNames) : rng.pick(Text.namePrefixes) + " " + rng.pick(Text.nameSuffixes)
        let legalEntity = whole ? name : name + rng.pick([" Ltd", " GmbH", " SAS", " Inc.", " AB"])
        let coordinator = rng.pick(Text.coordinators)
        let accountManager = rng.pick(Text.accountManagers)
        let afterTransfer = stage >= .continuity

        let contacts = makeContacts(id: id, rng: &rng)
        let sponsor = contacts[0].name
        let sentiment = makeSentiment(id: id, contacts: contacts, today: today, start: start, rng: &rng)
        let milestones = makeMilestones(id: id, stage: stage, start: start, t: t, day: day, rng: &rng)
        let interactions = makeInteractions(id: id, contacts: contacts, start: start, day: day, rng: &rng)
        let override = (stage == .jointTransitionMeeting || stage == .transferDay) && rng.chance(15)
        let readiness = makeReadiness(id: id, stage: stage, override: override, sponsor: sponsor, coordinator: coordinator,
                                      accountManager: accountManager, t: t, day: day, rng: &rng)
        let kind: TransitionKind = rng.chance(85) ? .onboardingToAccountManagement
            : rng.pick([.salesToCustomerSuccess, .repToRep, .teamToTeam])

        return Account(
            id: id,
            identity: Identity(name: name, legalEntity: legalEntity,
                               industry: rng.pick(Text.industries), headcount: rng.int(in: 40...5_000),
                               primaryLocation: rng.pick(Text.locations)),
            contract: day.contract(rng.pick(Text.products), rng.int(in: 12...400) * 1_000, rng.pick(Text.currencies),
                                   termMonths: rng.pick([12, 24, 36]), startOffset: start - rng.int(in: 0...7)),
            people: People(onboardingCoordinator: coordinator, onboardingLead: "Sarah Khan", accountManager: accountManager,
                           accountManagementDirector: rng.chance(40) ? rng.pick(Text.directors) : nil,
                           primaryOwner: afterTransfer ? accountManager : coordinator,
                           leadSecondaryContactUntil: afterTransfer ? day.d(t + 30) : nil),
            contacts: contacts,
            health: health(day: day, rng: &rng),
            sentiment: sentiment,
            milestones: milestones,
            interactions: interactions,
            transitionKind: kind,
            planning: rng.chance(10) ? .unplanned : .planned,
            stage: stage,
            tDay: day.d(t),
            readiness: readiness,
            exit: makeExit(stage: stage, t: t, day: day),
            meetings: makeMeetings(id: id, stage: stage, t: t, day: day, coordinator: coordinator, accountManager: accountManager),
            crmTransfer: makeCRMTransfer(stage: stage, t: t, day: day, accountManager: accountManager, rng: &rng),
            risks: makeRisks(id: id, stage: stage, t: t, day: day, accountManager: accountManager, rng: &rng),
            openIssues: makeIssues(id: id, t: t, day: day, owners: [coordinator, accountManager, sponsor], rng: &rng),
            handover: makeHandover(stage: stage, t: t, day: day, rng: &rng),
            stageOverride: override
                ? StageOverride(reason: "Customer's fiscal calendar needs the account manager as named owner before the gap closes.",
                                by: "Sarah Khan", on: day.d(t - 3), toStage: stage)
                : nil)
    }

    static func health(day: DemoDay, rng: inout SplitMix64) -> Health {
        let roll = rng.int(in: 0...99)
        let rating: Health.Rating = roll < 60 ? .green : roll < 88 ? .amber : .red
        let rationale = rng.pick(SyntheticText.healthRationales.filter { $0.0 == rating }).1
        return Health(rating: rating, rationale: rationale, setOn: day.d(-rng.int(in: 0...20)))
    }

    static func makeContacts(id: String, rng: inout SplitMix64) -> [Contact] {
        let count = rng.int(in: 2...6)
        var contacts: [Contact] = []
        contacts.reserveCapacity(count)
        for i in 0..<count {
            let name = rng.chance(10) ? rng.pick(SyntheticText.cjkPeople)
                : rng.pick(SyntheticText.firstNames) + " " + rng.pick(SyntheticText.lastNames)
            contacts.append(Contact(
                id: id + "-c" + String(i), name: name, role: rng.pick(i == 0 ? SyntheticText.sponsorRoles : SyntheticText.roles),
                isSponsor: i == 0, isDayToDay: i == 1, communicationPreference: rng.pick(SyntheticText.preferences),
                relationshipStrength: rng.pick(Contact.Strength.allCases), stance: rng.pick(Contact.Stance.allCases)))
        }
        return contacts
    }

    static func makeSentiment(id: String, contacts: [Contact], today: CalendarDate, start: Int,
                              rng: inout SplitMix64) -> [SentimentNote] {
        let count = rng.int(in: 0...6)
        var notes: [SentimentNote] = []
        notes.reserveCapacity(count)
        for i in 0..<count {
            let (words, tone) = rng.pick(SyntheticText.sentimentWords)
            let offset = -rng.int(in: 0...max(0, min(90, -start)))
            notes.append(SentimentNote(id: id + "-s" + String(i), capturedOn: today.adding(days: offset),
                                       contact: rng.pick(contacts).name, words: words, isVerbatim: rng.chance(80), tone: tone))
        }
        return notes
    }

    static func makeMilestones(id: String, stage: Stage, start: Int, t: Int, day: DemoDay,
                               rng: inout SplitMix64) -> [Milestone] {
        let count = rng.int(in: 3...8)
        var milestones: [Milestone] = []
        milestones.reserveCapacity(count)
        for i in 0..<count {
            let target = start + 7 + (t - 12 - start - 7) * (i + 1) / count
            let done: Bool
            switch stage {
            case .salesHandover: done = false
            case .onboardingActive: done = target < 0 && rng.chance(70)
            case .readinessReview: done = rng.chance(85)
            default: done = true
            }
            let completed = target + rng.int(in: -3...3)
            milestones.append(Milestone(
                id: id + "-m" + String(i), name: rng.pick(SyntheticText.milestoneNames), targetDate: day.d(target),
                completedOn: done ? day.d(min(completed, 0)) : nil,
                evidence: done ? "Confirmed against the customer's own report; " + String(rng.int(in: 12...300)) + " records checked." : nil,
                addedOn: day.d(start + 2)))
        }
        return milestones
    }

    static func makeInteractions(id: String, contacts: [Contact], start: Int, day: DemoDay,
                                 rng: inout SplitMix64) -> [Interaction] {
        let count = rng.int(in: 5...40)
        var list: [Interaction] = []
        list.reserveCapacity(count)
        let earliest = min(-1, start)
        for i in 0..<count {
            let happened = day.at(rng.int(in: earliest...0), rng.int(in: 6...18), rng.int(in: 0...59))
            let delay = rng.chance(4) ? rng.int(in: 25...90) : rng.int(in: 0...6)
            list.append(Interaction(
                id: id + "-i" + String(i), kind: rng.pick(Interaction.Kind.allCases), happenedAt: happened,
                loggedAt: happened.addingTimeInterval(TimeInterval(delay * 3_600 + 600)),
                summary: rng.pick(SyntheticText.interactionSummaries), with: rng.pick(contacts).name))
        }
        list.sort { $0.happenedAt < $1.happenedAt }
        return list
    }

    static func makeReadiness(id: String, stage: Stage, override: Bool, sponsor: String, coordinator: String,
                              accountManager: String, t: Int, day: DemoDay, rng: inout SplitMix64) -> ReadinessAssessment {
        guard stage >= .readinessReview else { return ReadinessAssessment() }
        let attendees = [coordinator, "Sarah Khan", accountManager]
        func marks(on offset: Int, allMet: Bool) -> [ConditionAssessment] {
            ReadinessCondition.allCases.map { condition in
                if allMet || rng.chance(60) {
                    return ConditionAssessment(condition: condition, status: .met,
                                               evidence: evidence(condition, on: offset, sponsor: sponsor,
                                                                  coordinator: coordinator, day: day, rng: &rng),
                                               markedOn: day.d(offset))
                }
                if rng.chance(30) { return ConditionAssessment(condition: condition) }
                return ConditionAssessment(condition: condition, status: .notMet,
                                           action: GapAction(what: "Close the gap and re-run condition " + String(condition.number),
                                                             owner: coordinator, deadline: day.d(offset + rng.int(in: 3...10))),
                                           markedOn: day.d(offset))
            }
        }
        let runCount = stage == .readinessReview ? rng.int(in: 0...2) : rng.int(in: 1...3)
        let lastRun = stage == .readinessReview ? -rng.int(in: 0...5) : min(-1, t - 5)
        var runs: [AssessmentRun] = []
        var current: [ConditionAssessment] = []
        for r in 0..<max(1, runCount) {
            let on = lastRun - (max(1, runCount) - 1 - r) * 7
            let isLast = r == max(1, runCount) - 1
            let results = marks(on: on, allMet: isLast && stage > .readinessReview && !override)
            if isLast { current = results }
            if r < runCount {
                let score = results.filter { $0.status == .met }.count
                runs.append(AssessmentRun(id: id + "-run" + String(r), on: day.d(on), attendees: attendees,
                                          results: results, cleared: score == 6, score: score))
            }
        }
        if override, !current.contains(where: { $0.status == .notMet }) {
            current[3] = ConditionAssessment(condition: .trainingCapability, status: .notMet,
                                             action: GapAction(what: "Observe the competence check at the remaining site",
                                                               owner: coordinator, deadline: day.d(t + 7)),
                                             markedOn: day.d(lastRun))
            if !runs.isEmpty { runs[runs.count - 1].results = current; runs[runs.count - 1].score = 5; runs[runs.count - 1].cleared = false }
        }
        return ReadinessAssessment(conditions: current, runs: runs)
    }

    static func evidence(_ condition: ReadinessCondition, on offset: Int, sponsor: String, coordinator: String,
                         day: DemoDay, rng: inout SplitMix64) -> Evidence {
        let date = day.d(offset - rng.int(in: 0...3))
        switch condition {
        case .setupComplete:
            return Evidence(summary: "Implementation sign-off signed: configuration, integrations and access accepted.",
                            date: date, providedBy: sponsor, signatory: sponsor, filedIn: "CRM › Documents › Implementation sign-off (signed).pdf")
        case .activeUsage:
            let users = rng.int(in: 12...200)
            _ = rng.int(in: 0...3) // kept so that the rest of the portfolio draws the same numbers
            return Evidence(summary: "Usage report: " + String(users) + " of " + String(users)
                                + " named users active on at least 4 of 5 working days.",
                            date: day.d(offset), providedBy: coordinator,
                            periodStart: day.d(offset - 28), periodEnd: day.d(offset - 1),
                            expectedUsers: users, baselineUsers: users)
        case .milestonesAchieved:
            return Evidence(summary: "Every kick-off milestone completed with a date and evidence.",
                            date: day.d(offset), providedBy: coordinator)
        case .trainingCapability:
            return Evidence(summary: "Watched " + String(rng.int(in: 4...15)) + " end-users complete the core workflow unaided.",
                            date: date, providedBy: coordinator, observedBy: coordinator,
                            demonstrated: "The core workflow, end to end, with no operator support")
        case .processUnderstanding:
            return Evidence(summary: "Walked the sponsor through support, documentation, escalation, billing and adding users; notes acknowledged.",
                            date: date, providedBy: sponsor, topics: Set(ProcessTopic.allCases),
                            capturedIn: "Notes sent to the sponsor and acknowledged")
        case .customerConfidence:
            return Evidence(summary: "Sponsor's words recorded verbatim on the review call.", date: day.d(offset),
                            providedBy: sponsor, capturedIn: "Review call notes in the CRM",
                            sponsorWords: SyntheticText.sentimentWords[0].0, tone: .positive)
        }
    }

    static func makeExit(stage: Stage, t: Int, day: DemoDay) -> [ExitStep] {
        let doneThrough: Int
        switch stage {
        case .salesHandover, .onboardingActive, .readinessReview: doneThrough = 0
        case .handoverPreparation: doneThrough = 1
        case .jointTransitionMeeting: doneThrough = 3
        case .transferDay: doneThrough = 4
        case .continuity, .accountManagement: doneThrough = 5
        }
        let offsets = [-5, -3, -10, -1, 0]
        return ExitComponent.allCases.enumerated().map { i, component in
            ExitStep(component: component, doneOn: i < doneThrough ? day.d(min(0, t + offsets[i])) : nil)
        }
    }

    static func makeMeetings(id: String, stage: Stage, t: Int, day: DemoDay, coordinator: String,
                             accountManager: String) -> [Meeting] {
        guard stage >= .handoverPreparation else { return [] }
        let team = ["Sarah Khan", coordinator, accountManager]
        var meetings = [Meeting(id: id + "-handover", kind: .internalHandover, on: day.d(t - 10), attendees: team,
                                commitments: ["Relationship call with the sponsor in week 1", "Usage review at day 21"])]
        if stage >= .transferDay {
            meetings.append(Meeting(id: id + "-joint", kind: .jointTransition, on: day.d(t - 1), attendees: team,
                                    successSignals: [.customerAsksAccountManagerAQuestion, .laughter]))
        }
        return meetings
    }

    static func makeCRMTransfer(stage: Stage, t: Int, day: DemoDay, accountManager: String,
                                rng: inout SplitMix64) -> CRMTransfer {
        guard stage >= .handoverPreparation else { return CRMTransfer() }
        let complete = stage >= .transferDay ? 9 : rng.int(in: 4...9)
        let areas = CRMArea.allCases.enumerated().map { i, area in
            CRMAreaCheck(area: area, complete: i < complete, note: i < complete ? "Checked." : "Still to do.")
        }
        let changes = TDayChange.allCases.enumerated().map { i, change in
            TDayChangeCheck(change: change, doneAt: stage >= .continuity || (stage == .transferDay && i < 2)
                ? day.at(t, 9, 5 + i * 4) : nil)
        }
        return CRMTransfer(areas: areas, changes: changes,
                           firstTouchpoint: stage >= .continuity
                               ? Touchpoint(on: day.d(t + 15), agenda: "First one-to-one with the sponsor", owner: accountManager)
                               : nil)
    }

    static func makeRisks(id: String, stage: Stage, t: Int, day: DemoDay, accountManager: String,
                          rng: inout SplitMix64) -> [Risk] {
        let count = rng.int(in: 0...6)
        var risks: [Risk] = []
        risks.reserveCapacity(count)
        for i in 0..<count {
            let (statement, trigger) = rng.pick(SyntheticText.riskStatements)
            let raised = -rng.int(in: 1...60)
            let roll = rng.int(in: 0...99)
            let status: Risk.Status = stage >= .continuity && roll < 30 ? .closed : roll < 35 ? .materialised : .open
            let resolvedOn = status == .open ? nil : day.d(min(0, raised + rng.int(in: 1...20)))
            risks.append(Risk(
                id: id + "-r" + String(i), statement: statement,
                likelihood: rng.pick(Level.allCases), impact: rng.pick(Level.allCases),
                mitigation: "Owner reviewing with the customer fortnightly.", owner: accountManager,
                escalationTrigger: trigger, nextReview: day.d(rng.int(in: -10...60)), status: status,
                raisedOn: day.d(raised),
                resolution: status == .closed ? "Closed: the customer confirmed the concern no longer applies, in writing."
                    : status == .materialised ? "Materialised: it happened; mitigation moved to the open issues log." : nil,
                resolvedOn: resolvedOn))
        }
        return risks
    }

    static func makeIssues(id: String, t: Int, day: DemoDay, owners: [String], rng: inout SplitMix64) -> [OpenIssue] {
        let count = rng.int(in: 0...5)
        var issues: [OpenIssue] = []
        issues.reserveCapacity(count)
        for i in 0..<count {
            let raised = -rng.int(in: 1...40)
            let closed = rng.chance(20)
            issues.append(OpenIssue(
                id: id + "-o" + String(i), kind: rng.pick(OpenIssue.Kind.allCases),
                description: rng.pick(SyntheticText.issueDescriptions), owner: rng.pick(owners),
                deadline: day.d(raised + rng.int(in: 5...45)), raisedOn: day.d(raised), isClosed: closed,
                dispositions: closed ? [.init(disposition: .closed, on: day.d(min(0, raised + 5)), note: "Done and confirmed by the customer.")] : []))
        }
        return issues
    }

    static func makeHandover(stage: Stage, t: Int, day: DemoDay, rng: inout SplitMix64) -> HandoverDocument {
        guard stage >= .readinessReview else { return HandoverDocument() }
        let written = stage == .readinessReview ? 3 : 8
        var sections: [Int: String] = [:]
        for section in 1...written {
            let pool = SyntheticText.handoverSections[section - 1]
            // Two of the section's three sentences, in order: the one left out is drawn.
            let skip = rng.int(in: 0...2)
            sections[section] = pool.enumerated().filter { $0.offset != skip }.map(\.element).joined(separator: " ")
        }
        let circulated = stage >= .handoverPreparation ? day.d(min(0, t - 12)) : nil
        let finalised = stage >= .jointTransitionMeeting ? day.d(min(0, t - 3)) : nil
        return HandoverDocument(sections: sections, circulatedOn: circulated, finalisedOn: finalised)
    }
}
