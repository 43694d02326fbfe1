/// The risk register and the open issues log: changes through the one door (`AccountChange`).
/// Nothing here deletes an item: the tidy-picture rule (`TidyPictureError`) refuses anything that
/// would make the picture look cleaner than it is.
public enum RegisterChange: Equatable, Sendable, Codable {
    case addRisk(RiskDraft)
    case editRisk(id: String, RiskDraft)
    /// Closed with a resolution note; it leaves the register and stays in the history.
    case closeRisk(id: String, note: String)
    /// It has happened: stays on the register, marked, until closed.
    case materialiseRisk(id: String, note: String)
    /// A new next review, with a note why; kept in the risk's history.
    case moveReview(id: String, to: CalendarDate, note: String)
    /// A new likelihood, with a note why; kept in the risk's history.
    case changeLikelihood(id: String, to: Level, note: String)
    /// A new impact, with a note why; kept in the risk's history.
    case changeImpact(id: String, to: Level, note: String)
    case addIssue(OpenIssue.Kind, description: String, owner: String, deadline: CalendarDate)
    /// Kind, wording and owner; the wording only on the day it was logged (after that it is a re-scope).
    case editIssue(id: String, OpenIssue.Kind, description: String, owner: String)
    case closeIssue(id: String, note: String)
    /// A new deadline, the old one kept in the record.
    case recommitIssue(id: String, deadline: CalendarDate, note: String)
    /// A new description, the old one kept in the record.
    case rescopeIssue(id: String, description: String, note: String)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        var after = account
        do {
            switch self {
            case .addRisk(let draft):
                try draft.check(reviewFrom: today)
                let prefix = account.risks.first.flatMap { r in r.id.range(of: "-risk-").map { String(r.id[..<$0.lowerBound]) } }
                    ?? account.id
                let id = NewID.next(prefix: "\(prefix)-risk-", taken: account.risks.map(\.id))
                after.risks.append(Risk(id: id, statement: draft.statement, likelihood: draft.likelihood, impact: draft.impact,
                                        mitigation: draft.mitigation, owner: draft.owner,
                                        escalationTrigger: draft.escalationTrigger, nextReview: draft.nextReview,
                                        raisedOn: today))
                return .success(ChangeOutcome(after,
                    "\(account.name): risk added, severity \(draft.likelihood.rawValue * draft.impact.rawValue)"))

            case .editRisk(let id, let draft):
                let i = try riskIndex(id, in: account)
                // An unchanged review date that has already passed stays as it is: editing the wording is not a review.
                try draft.check(reviewFrom: min(account.risks[i].nextReview, today))
                guard account.risks[i].status != .closed else { throw TidyPictureError.alreadyClosed }
                // The rating and the review date move only with a note, as they would by L, I or d.
                let moved = try after.risks[i].rerate(likelihood: draft.likelihood, impact: draft.impact,
                                                      nextReview: draft.nextReview, note: draft.note, on: today)
                after.risks[i].statement = draft.statement
                after.risks[i].mitigation = draft.mitigation
                after.risks[i].owner = draft.owner
                after.risks[i].escalationTrigger = draft.escalationTrigger
                return .success(ChangeOutcome(after, "\(account.name): risk updated\(moved.isEmpty ? "" : " — \(moved)"), severity \(after.risks[i].severity)"))

            case .closeRisk(let id, let note):
                try after.closeRisk(id: id, note: note, on: today)
                return .success(ChangeOutcome(after, "\(account.name): risk closed — kept in the history (H)"))

            case .materialiseRisk(let id, let note):
                let i = try riskIndex(id, in: account)
                try after.risks[i].markMaterialised(note: note, on: today)
                return .success(ChangeOutcome(after, "\(account.name): risk marked materialised"))

            case .moveReview(let id, let day, let note):
                let i = try riskIndex(id, in: account)
                let risk = account.risks[i]
                guard risk.status != .closed else { throw TidyPictureError.alreadyClosed }
                guard day >= today else {
                    throw RegisterRefusal("a review on \(day.iso) is already overdue; choose today or later.")
                }
                guard day != risk.nextReview else { throw RegisterRefusal("the next review is already \(day.iso).") }
                _ = try after.risks[i].rerate(likelihood: risk.likelihood, impact: risk.impact, nextReview: day, note: note, on: today)
                return .success(ChangeOutcome(after, "\(account.name): next review \(day.iso) (was \(risk.nextReview.iso)) — kept in the risk's history"))

            case .changeLikelihood(let id, let level, let note), .changeImpact(let id, let level, let note):
                let i = try riskIndex(id, in: account)
                let risk = account.risks[i]
                guard risk.status != .closed else { throw TidyPictureError.alreadyClosed }
                let isLikelihood: Bool
                if case .changeLikelihood = self { isLikelihood = true } else { isLikelihood = false }
                let word = isLikelihood ? "likelihood" : "impact"
                guard level != (isLikelihood ? risk.likelihood : risk.impact) else {
                    throw RegisterRefusal("the \(word) is already \(level.title).")
                }
                let what = try after.risks[i].rerate(likelihood: isLikelihood ? level : risk.likelihood,
                                                     impact: isLikelihood ? risk.impact : level,
                                                     nextReview: risk.nextReview, note: note, on: today)
                return .success(ChangeOutcome(after, "\(account.name): risk \(what) (severity \(after.risks[i].severity)) — kept in the risk's history"))

            case .addIssue(let kind, let description, let owner, let deadline):
                guard deadline >= today else {
                    throw RegisterRefusal("a deadline in the past (\(deadline.iso)) commits to nothing; give a day from today on.")
                }
                guard !RuleText.isBlank(description) else { throw RegisterRefusal("an open issue needs its description.") }
                guard !RuleText.isBlank(owner) else { throw RegisterRefusal("an open issue needs a named owner.") }
                let prefix = account.openIssues.first.flatMap { i in i.id.range(of: "-issue-").map { String(i.id[..<$0.lowerBound]) } }
                    ?? account.id
                let id = NewID.next(prefix: "\(prefix)-issue-", taken: account.openIssues.map(\.id))
                after.openIssues.append(OpenIssue(id: id, kind: kind, description: RuleText.trimmed(description),
                                                  owner: RuleText.trimmed(owner), deadline: deadline, raisedOn: today))
                return .success(ChangeOutcome(after, "\(account.name): open issue logged, \(RuleText.trimmed(owner)) by \(deadline.iso)"))

            case .editIssue(let id, let kind, let description, let owner):
                let i = try issueIndex(id, in: account)
                let issue = account.openIssues[i]
                guard !issue.isClosed else { throw TidyPictureError.alreadyClosed }
                let described = RuleText.trimmed(description)
                // A different description after the day it was logged is a re-scope: it must keep the old one.
                if described != RuleText.trimmed(issue.description) && issue.raisedOn != today {
                    throw RegisterRefusal("a new description is a re-scope (s), which keeps the old one in the record.")
                }
                guard !described.isEmpty else { throw TidyPictureError.descriptionRequired }
                after.openIssues[i].kind = kind
                after.openIssues[i].description = described
                after.openIssues[i].owner = RuleText.trimmed(owner)
                return .success(ChangeOutcome(after, "\(account.name): open issue updated"))

            case .closeIssue(let id, let note):
                try after.closeOpenIssue(id: id, note: note, on: today)
                return .success(ChangeOutcome(after, "\(account.name): open issue closed — kept in the history (H)"))

            case .recommitIssue(let id, let deadline, let note):
                let i = try issueIndex(id, in: account)
                try after.openIssues[i].recommit(to: deadline, note: note, on: today)
                return .success(ChangeOutcome(after, "\(account.name): re-committed to \(deadline.iso)"))

            case .rescopeIssue(let id, let description, let note):
                let i = try issueIndex(id, in: account)
                try after.openIssues[i].rescope(to: description, note: note, on: today)
                return .success(ChangeOutcome(after, "\(account.name): open issue re-scoped — the old description is kept"))
            }
        } catch let tidy as TidyPictureError {
            return .failure(ChangeRefusal("Refused: \(tidy.message)"))
        } catch let refusal as RegisterRefusal {
            return .failure(ChangeRefusal("Refused: \(refusal.reason)"))
        } catch {
            return .failure(ChangeRefusal("Refused: \(error)"))
        }
    }

    func riskIndex(_ id: String, in account: Account) throws -> Int {
        guard let i = account.risks.firstIndex(where: { $0.id == id }) else { throw TidyPictureError.noSuchItem(id) }
        return i
    }

    func issueIndex(_ id: String, in account: Account) throws -> Int {
        guard let i = account.openIssues.firstIndex(where: { $0.id == id }) else { throw TidyPictureError.noSuchItem(id) }
        return i
    }
}

/// A risk as the lead writes it: the one-sentence statement, likelihood and impact, what is in
/// place, who owns it, what escalates it, and when it is next looked at.
public struct RiskDraft: Equatable, Sendable, Codable {
    public var statement: String
    public var likelihood: Level
    public var impact: Level
    public var mitigation: String
    public var owner: String
    public var escalationTrigger: String
    public var nextReview: CalendarDate
    /// Why the likelihood, impact or review date changed, on an edit that changes them.
    public var note: String

    public init(statement: String, likelihood: Level, impact: Level, mitigation: String = "", owner: String,
                escalationTrigger: String = "", nextReview: CalendarDate, note: String = "") {
        self.statement = statement
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
        self.owner = owner
        self.escalationTrigger = escalationTrigger
        self.nextReview = nextReview
        self.note = note
    }

    /// A risk needs its statement, a named owner, its mitigation and its escalation trigger
    /// (000:517–519: "none yet" is an answer, a blank is not); its next review is not already overdue.
    func check(reviewFrom: CalendarDate) throws {
        guard !RuleText.isBlank(statement) else { throw RegisterRefusal("a risk needs its one-sentence statement.") }
        guard !RuleText.isBlank(owner) else { throw RegisterRefusal("a risk needs a named owner.") }
        guard !RuleText.isBlank(mitigation) else {
            throw RegisterRefusal("a risk needs the mitigation in place — write \"none yet\" if there is none, so the account manager knows.")
        }
        guard !RuleText.isBlank(escalationTrigger) else {
            throw RegisterRefusal("a risk needs the trigger that would escalate it — write \"none yet\" if none is agreed.")
        }
        guard nextReview >= reviewFrom else {
            throw RegisterRefusal("a next review on \(nextReview.iso) is already overdue; choose today or later.")
        }
    }
}

/// A register rule's reason, said after "Refused: ".
struct RegisterRefusal: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
