import Foundation

/// Meetings recorded on the account and the 30-day review's decisions: changes through the one
/// door (`AccountChange`).
public enum MeetingChange: Equatable, Sendable, Codable {
    /// An agenda meeting held (internal handover, joint transition, 30-day review …): each
    /// section's notes, who was there, begun at `startedAt` and ended now. A joint transition
    /// meeting held without a mandatory role names the roles in `heldWithout`; it is written
    /// into the record.
    case record(Meeting.Kind, attendees: [String], sections: [AgendaSection], successSignals: [SuccessSignal] = [],
                commitments: [String] = [], heldWithout: [String] = [], startedAt: Date, customerSatisfaction: Int? = nil)
    /// One decision of the 30-day review on a risk or an open issue.
    case review(ReviewItemDecision)

    /// The account manager closes the internal handover by committing to two or three actions.
    public static let handoverCommitments = 2...3

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        switch self {
        case .record(let kind, let attendees, let sections, let signals, let commitments, let heldWithout, let startedAt,
                     let satisfaction):
            if let satisfaction {
                guard kind == .postTransitionReview else {
                    return .failure(ChangeRefusal("Refused: customer satisfaction with the transition is asked in the 30-day review."))
                }
                guard (1...5).contains(satisfaction) else {
                    return .failure(ChangeRefusal("Refused: satisfaction with the transition is 1 (rough) to 5 (seamless), not \(satisfaction)."))
                }
            }
            let people = attendees.map(RuleText.trimmed).filter { !$0.isEmpty }
            guard !people.isEmpty else { return .failure(ChangeRefusal("Refused: name who is in the room first (a).")) }
            let committed = commitments.map(RuleText.trimmed).filter { !$0.isEmpty }
            if kind == .internalHandover {
                let n = committed.count
                if n < Self.handoverCommitments.lowerBound {
                    return .failure(ChangeRefusal("Refused: the account manager commits to two or three actions for the first 30 days — \(n) written (one per line)."))
                }
                if n > Self.handoverCommitments.upperBound {
                    return .failure(ChangeRefusal("Refused: at most three commitments for the first 30 days — \(n) written; keep the three that matter."))
                }
            }
            if sections.contains(where: { $0.skipReason != nil && RuleText.isBlank($0.skipReason ?? "") }) {
                return .failure(ChangeRefusal("Refused: a section skipped without a reason is not skipped; say why, or write its notes."))
            }
            if kind == .internalHandover,
               let briefing = sections.firstIndex(where: { $0.title == MeetingAgenda.unwrittenBriefing }),
               sections[briefing].visited != true, !sections[briefing].isDone {
                return .failure(ChangeRefusal("Refused: section \(briefing + 1), the unwritten briefing, was never visited — what is not in the CRM "
                                              + "(personalities, sensitivities, politics) is what the account manager most needs. Go to it first."))
            }
            if kind == .jointTransition, !signals.isEmpty, !SponsorPresence.isPresent(in: people, account: account) {
                let who = account.sponsor.map { " (\($0.name))" } ?? ""
                return .failure(ChangeRefusal("Refused: the success signals count only with the customer sponsor\(who) in the room — "
                                              + "add the sponsor to the attendees (a) or untick the signals."))
            }
            var sections = sections.map { section -> AgendaSection in
                var section = section
                section.skipReason = section.skipReason.map(RuleText.trimmed)
                return section
            }
            if kind == .jointTransition, !heldWithout.isEmpty, !sections.isEmpty {
                let line = "Held without the mandatory \(heldWithout.joined(separator: ", ").lowercased()): closed anyway, confirmed."
                let last = sections.count - 1
                sections[last].notes = ([sections[last].notes].filter { !$0.isEmpty } + [line]).joined(separator: "\n")
            }
            let n = account.meetings.filter { $0.kind == kind }.count + 1
            var id = "meeting-\(kind.rawValue)-\(context.today.iso)-\(n)"
            if account.meetings.contains(where: { $0.id == id }) {
                id = NewID.next(prefix: "meeting-\(kind.rawValue)-\(context.today.iso)-", taken: account.meetings.map(\.id))
            }
            let meeting = Meeting(id: id, kind: kind, on: context.today, attendees: people, sections: sections,
                                  successSignals: SuccessSignal.allCases.filter(signals.contains),
                                  commitments: kind == .internalHandover ? committed : [],
                                  customerSatisfaction: satisfaction,
                                  startedAt: startedAt, endedAt: context.now.wholeSeconds)
            var after = account
            after.meetings.append(meeting)
            return .success(ChangeOutcome(after, Self.summary(meeting, account: account, missing: heldWithout)))

        case .review(let decision):
            return decision.apply(to: account, today: context.today)
        }
    }

    static func summary(_ meeting: Meeting, account: Account, missing: [String]) -> String {
        let what: String
        switch meeting.kind {
        case .internalHandover: what = "\(meeting.commitments.count) commitments for the first 30 days"
        case .jointTransition:
            what = "\(meeting.successSignals.count) of 3 success signals"
                + (missing.isEmpty ? "" : "; held without the \(missing.joined(separator: ", ").lowercased())")
        default: what = "\(meeting.attendees.count) attendees"
        }
        let skipped = meeting.sections.filter { $0.skipReason != nil }.count
        let empty = meeting.sections.filter { !$0.isDone }.count
        let sections = (skipped > 0 ? "; \(skipped) section\(skipped == 1 ? "" : "s") skipped with a reason" : "")
            + (empty > 0 ? "; \(empty) section\(empty == 1 ? "" : "s") without notes" : "")
        return "\(account.name): \(meeting.kind.title.lowercased()) recorded — \(what)\(sections)"
    }
}

/// What the 30-day review decides on one item still open at the review: every risk is kept
/// open (with its next review), closed or marked materialised; every open issue is closed,
/// re-committed or re-scoped — each through the tidy-picture rules, each with its note.
public enum ReviewItemDecision: Equatable, Sendable, Codable {
    /// Kept open with a note why and a next review from today on; kept in the risk's history.
    case keepRisk(id: String, nextReview: CalendarDate, note: String)
    case closeRisk(id: String, note: String)
    case materialiseRisk(id: String, note: String)
    case closeIssue(id: String, note: String)
    case recommitIssue(id: String, deadline: CalendarDate, note: String)
    case rescopeIssue(id: String, description: String, note: String)

    func apply(to account: Account, today: CalendarDate) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        func statement(_ id: String) -> String { account.risks.first { $0.id == id }?.statement ?? id }
        func description(_ id: String) -> String { account.openIssues.first { $0.id == id }?.description ?? id }
        func risk(_ id: String) throws -> Int {
            guard let i = account.risks.firstIndex(where: { $0.id == id }) else { throw TidyPictureError.noSuchItem(id) }
            return i
        }
        func issue(_ id: String) throws -> Int {
            guard let i = account.openIssues.firstIndex(where: { $0.id == id }) else { throw TidyPictureError.noSuchItem(id) }
            return i
        }
        do {
            switch self {
            case .keepRisk(let id, let day, let note):
                let i = try risk(id)
                let kept = account.risks[i]
                guard kept.status != .closed else { throw TidyPictureError.alreadyClosed }
                guard day >= today else { throw TidyPictureError.reviewInThePast(day) }
                _ = try after.risks[i].rerate(likelihood: kept.likelihood, impact: kept.impact, nextReview: day, note: note,
                                              on: today, keptOpenAtReview: true)
                return .success(ChangeOutcome(after, "Kept open, next review \(day.iso): \(statement(id))"))
            case .closeRisk(let id, let note):
                try after.closeRisk(id: id, note: note, on: today)
                return .success(ChangeOutcome(after, "Risk closed with its note: \(statement(id))"))
            case .materialiseRisk(let id, let note):
                try after.risks[risk(id)].markMaterialised(note: note, on: today)
                return .success(ChangeOutcome(after, "Risk materialised: \(statement(id))"))
            case .closeIssue(let id, let note):
                try after.closeOpenIssue(id: id, note: note, on: today)
                return .success(ChangeOutcome(after, "Open issue closed with its note: \(description(id))"))
            case .recommitIssue(let id, let deadline, let note):
                try after.openIssues[issue(id)].recommit(to: deadline, note: note, on: today)
                return .success(ChangeOutcome(after, "Re-committed to \(deadline.iso): \(description(id))"))
            case .rescopeIssue(let id, let newDescription, let note):
                let i = try issue(id)
                try after.openIssues[i].rescope(to: newDescription, note: note, on: today)
                return .success(ChangeOutcome(after, "Re-scoped: \(after.openIssues[i].description)"))
            }
        } catch let error as TidyPictureError {
            return .failure(ChangeRefusal(error.message))
        } catch {
            return .failure(ChangeRefusal("\(error)"))
        }
    }
}
