import Foundation

/// The readiness conditions and assessment runs: changes through the one door (`AccountChange`).
public enum ReadinessChange: Equatable, Sendable, Codable {
    /// Met on this evidence: refused unless the evidence meets the condition's standard today.
    case markMet(ReadinessCondition, Evidence)
    /// Not Met, with the named action that will close the gap: refused with a deadline already past.
    case markNotMet(ReadinessCondition, GapAction)
    /// Back to Unassessed.
    case clearMark(ReadinessCondition)
    /// The Not Met condition's named action is done (on a day that has happened, with what was
    /// done): the condition now waits to be re-run, on the attention list and in the agenda.
    case markActionDone(ReadinessCondition, on: CalendarDate, note: String)
    /// After a run that did not clear: the account-management team told of the delay and why, or
    /// the customer told (or not, with the reason: only a delay that affects them externally is
    /// theirs to hear). Kept on the run; a telling is logged as an interaction too.
    case recordDelayNotice(DelayNotice, at: Date)
    /// The assessment run kept in the history — today, who was in the room, the six results as
    /// they stand, the verdict — with the meeting that held it (begun at `startedAt`, ended now).
    case recordRun(attendees: [String], startedAt: Date)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        var after = account
        switch self {
        case .markMet(let condition, let evidence):
            after.readiness[condition] = ConditionAssessment(condition: condition, status: .met, evidence: evidence,
                                                             action: nil, markedOn: today)
            // The same rule that judges the verdict judges the mark: Met without valid evidence is refused.
            let validity = Readiness.validity(of: condition, in: after, today: today)
            guard validity.isValid else {
                return .failure(ChangeRefusal("Refused: \(validity.reason ?? "the evidence does not meet the standard")"))
            }
            var summary = "\(account.name): condition \(condition.number) Met"
            // The sponsor's words are sponsor sentiment: kept in its history, where its freshness is read.
            if condition == .customerConfidence, let words = evidence.sponsorWords, let tone = evidence.tone,
               let sponsor = after.contacts.first(where: { $0.isSponsor && Account.personKey($0.name) == Account.personKey(evidence.providedBy) }) {
                let said = RuleText.trimmed(words)
                if !after.sentiment.contains(where: { Account.personKey($0.contact) == Account.personKey(sponsor.name)
                                                        && $0.capturedOn == evidence.date && RuleText.trimmed($0.words) == said }) {
                    let id = NewID.next(prefix: "\(account.id)-sentiment-", taken: after.sentiment.map(\.id))
                    after.sentiment.append(SentimentNote(id: id, capturedOn: evidence.date, contact: sponsor.name, words: said,
                                                         isVerbatim: true, tone: tone))
                    summary += " — the sponsor's words kept in the sentiment history"
                }
            }
            ReadinessRerun.follow(&after, reassessedOn: today)
            return .success(ChangeOutcome(after, summary))

        case .markNotMet(let condition, let action):
            guard action.deadline >= today else {
                return .failure(ChangeRefusal(
                    "Refused: a deadline in the past (\(action.deadline.iso)) closes nothing; give a day from today on."))
            }
            guard !RuleText.isBlank(action.what) else {
                return .failure(ChangeRefusal("Refused: Not Met needs a named action — what will close the gap."))
            }
            guard !RuleText.isBlank(action.owner) else {
                return .failure(ChangeRefusal("Refused: Not Met needs a named owner for the action."))
            }
            after.readiness[condition] = ConditionAssessment(condition: condition, status: .notMet, evidence: nil,
                                                             action: GapAction(what: action.what, owner: action.owner,
                                                                               deadline: action.deadline),
                                                             markedOn: today)
            ReadinessRerun.follow(&after, reassessedOn: today)
            return .success(ChangeOutcome(after,
                "\(account.name): condition \(condition.number) Not Met — \(action.owner) by \(action.deadline.iso)"))

        case .clearMark(let condition):
            after.readiness[condition] = ConditionAssessment(condition: condition)
            ReadinessRerun.follow(&after, reassessedOn: today)
            return .success(ChangeOutcome(after, "\(account.name): condition \(condition.number) back to Unassessed"))

        case .markActionDone(let condition, let day, let note):
            let mark = account.readiness[condition]
            guard mark.status == .notMet, let action = mark.action else {
                return .failure(ChangeRefusal("Refused: condition \(condition.number) is \(mark.status.title), with no action to mark done — only a Not Met condition has one."))
            }
            if let done = action.doneOn {
                return .failure(ChangeRefusal("Refused: the action on condition \(condition.number) was already marked done on \(done.iso); re-run the condition."))
            }
            guard day <= today else { return .failure(ChangeRefusal("Refused: \(day.iso) has not happened yet.")) }
            if let named = mark.markedOn, day < named {
                return .failure(ChangeRefusal("Refused: \(day.iso) is before the action was named (\(named.iso))."))
            }
            guard !RuleText.isBlank(note) else {
                return .failure(ChangeRefusal("Refused: say what was done — the note is what the re-run will look at."))
            }
            after.readiness[condition].action?.doneOn = day
            after.readiness[condition].action?.doneNote = RuleText.trimmed(note)
            ReadinessRerun.follow(&after)
            return .success(ChangeOutcome(after, "\(account.name): the action on condition \(condition.number) done \(day.iso) — "
                                          + "re-run condition \(condition.number)"))

        case .recordDelayNotice(let notice, let at):
            return DelayNotices.record(notice, at: at, on: account, context: context)

        case .recordRun(let attendees, let startedAt):
            let people = attendees.map(RuleText.trimmed).filter { !$0.isEmpty }
            guard !people.isEmpty else { return .failure(ChangeRefusal("Name who is in the room first.")) }
            let verdict = Readiness.verdict(for: account, today: today)
            let n = account.readiness.runs.count + 1
            let runID = NewID.next(prefix: "run-\(today.iso)-", taken: account.readiness.runs.map(\.id))
            after.readiness.runs.append(AssessmentRun(
                id: runID, on: today, attendees: people,
                results: account.readiness.conditions, cleared: verdict.isCleared, score: verdict.score))
            var sections = MeetingAgenda.sections(for: .readinessAssessment)
            for (i, condition) in ReadinessCondition.allCases.enumerated() where sections.indices.contains(i) {
                let mark = account.readiness[condition]
                sections[i].notes = mark.status.title
                    + (mark.evidence.map { ": \($0.summary)" }
                       ?? mark.action.map { ": \($0.what) (\($0.owner), \($0.deadline.iso))" } ?? "")
            }
            var meetingID = "meeting-readiness-\(today.iso)-\(n)"
            if account.meetings.contains(where: { $0.id == meetingID }) {
                meetingID = NewID.next(prefix: "meeting-readiness-\(today.iso)-", taken: account.meetings.map(\.id))
            }
            after.meetings.append(Meeting(id: meetingID, kind: .readinessAssessment, on: today, attendees: people,
                                          sections: sections, startedAt: startedAt, endedAt: context.now.wholeSeconds))
            // A run that clears long before the joint meeting puts a re-check before it.
            ReadinessRecheck.follow(&after)
            let text = verdict.isCleared ? "CLEARED" : "NOT CLEARED"
            return .success(ChangeOutcome(after, "\(account.name): readiness run recorded — \(text), \(verdict.score)/6"))
        }
    }
}
