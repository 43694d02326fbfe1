import BatonCore
import Foundation

/// The 30-day review's walk through the risk register and the open issues log: every item still
/// open when the review began gets a decision, each one a confirmed change made at once.
public struct ReviewWalk: Equatable, Codable, Sendable {
    public enum List: Equatable, Codable, Sendable { case risks, openIssues }

    /// Risks not closed when the review began, in register order; they stay listed once decided.
    public var riskIDs: [String]
    /// Open issues not closed when the review began, in log order.
    public var issueIDs: [String]
    public var riskCursor = 0
    public var issueCursor = 0
    /// What was decided on each item in this review, in words, in the order decided.
    public var decisions: [Decided] = []

    public struct Decided: Equatable, Codable, Sendable {
        public var itemID: String
        public var text: String
    }

    init(account: Account) {
        riskIDs = account.risks.filter { $0.status != .closed }.map(\.id)
        issueIDs = account.openIssues.filter { !$0.isClosed }.map(\.id)
    }

    public func decision(for id: String) -> String? { decisions.last { $0.itemID == id }?.text }

    public func undecided(_ list: List) -> [String] {
        (list == .risks ? riskIDs : issueIDs).filter { decision(for: $0) == nil }
    }

    func ids(_ list: List) -> [String] { list == .risks ? riskIDs : issueIDs }
    func cursor(_ list: List) -> Int { list == .risks ? riskCursor : issueCursor }

    mutating func move(_ list: List, by delta: Int) {
        let count = ids(list).count
        guard count > 0 else { return }
        let next = min(max(cursor(list) + delta, 0), count - 1)
        if list == .risks { riskCursor = next } else { issueCursor = next }
    }

    /// After a decision: the next item not yet decided, if any, else stay.
    mutating func moveToNextUndecided(_ list: List) {
        let all = ids(list)
        guard !all.isEmpty else { return }
        let from = cursor(list)
        for step in 1...all.count {
            let i = (from + step) % all.count
            if decision(for: all[i]) == nil {
                if list == .risks { riskCursor = i } else { issueCursor = i }
                return
            }
        }
    }

    /// The lines written into the section's notes at the close, so the meeting's record says what was decided.
    func record(_ list: List, account: Account) -> [String] {
        ids(list).map { id in
            let title = list == .risks
                ? account.risks.first { $0.id == id }?.statement ?? id
                : account.openIssues.first { $0.id == id }?.description ?? id
            return "\(title) — \(decision(for: id) ?? "not decided")"
        }
    }
}

/// A decision on one item of the register or the log, as the 30-day review makes it.
public enum ReviewDecision: Equatable, Codable, Sendable {
    case keepRisk, closeRisk, materialiseRisk
    case closeIssue, recommitIssue, rescopeIssue

    public var title: String {
        switch self {
        case .keepRisk: "Keep the risk open"
        case .closeRisk: "Close the risk"
        case .materialiseRisk: "Mark the risk materialised"
        case .closeIssue: "Close the open issue"
        case .recommitIssue: "Re-commit to a new deadline"
        case .rescopeIssue: "Re-scope the open issue"
        }
    }
}

/// The forms for each decision and what a submitted one does, through the tidy-picture rules.
enum PostTransitionReview {
    static func form(_ decision: ReviewDecision, itemID: String, account: Account) -> FormState? {
        let note = FormField(.reviewNote, "Note", .multiLine, required: false, hint: "why: it stays in the history with the item")
        let purpose = FormState.Purpose.reviewDecision(decision, itemID: itemID)
        if let risk = account.risks.first(where: { $0.id == itemID }) {
            let guidance = ["Risk: \(risk.statement)",
                            "\(risk.likelihood.title) likelihood × \(risk.impact.title) impact · owner \(risk.owner) · review \(risk.nextReview.iso)"]
            switch decision {
            case .keepRisk:
                return FormState(title: decision.title, purpose: purpose, accountID: account.id,
                                 fields: [FormField(.reviewNextReview, "Next review", .date, required: false,
                                                    hint: "blank keeps \(risk.nextReview.iso) (not if it has passed); +2w, 2026-12-15"),
                                          FormField(.reviewNote, "Note", .multiLine, hint: "why it stays open: kept, dated, in the risk's history")],
                                 guidance: guidance)
            case .closeRisk, .materialiseRisk:
                return FormState(title: decision.title, purpose: purpose, accountID: account.id, fields: [note], guidance: guidance)
            default:
                return nil
            }
        }
        if let issue = account.openIssues.first(where: { $0.id == itemID }) {
            let guidance = ["Open issue: \(issue.description)", "\(issue.kind.title) · owner \(issue.owner) · deadline \(issue.deadline.iso)"]
            switch decision {
            case .closeIssue:
                return FormState(title: decision.title, purpose: purpose, accountID: account.id, fields: [note], guidance: guidance)
            case .recommitIssue:
                return FormState(title: decision.title, purpose: purpose, accountID: account.id,
                                 fields: [FormField(.reviewNewDeadline, "New deadline", .date, hint: "the old one, \(issue.deadline.iso), is kept in the record"), note],
                                 guidance: guidance)
            case .rescopeIssue:
                return FormState(title: decision.title, purpose: purpose, accountID: account.id,
                                 fields: [FormField(.reviewNewDescription, "New description", text: issue.description, hint: "the old description is kept in the record"), note],
                                 guidance: guidance)
            default:
                return nil
            }
        }
        return nil
    }

    /// The change a decision's form describes (a risk kept open keeps its review date when none is typed).
    static func change(_ form: FormState, decision: ReviewDecision, itemID: String, account: Account,
                       today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        let note = form.value(.reviewNote)
        let item: ReviewItemDecision
        switch decision {
        case .keepRisk:
            let typed = form.value(.reviewNextReview).isEmpty ? nil : form.date(.reviewNextReview, today: today)
            guard let day = typed ?? account.risks.first(where: { $0.id == itemID })?.nextReview else {
                return .failure(ChangeRefusal("Next review is needed."))
            }
            item = .keepRisk(id: itemID, nextReview: day, note: note)
        case .closeRisk: item = .closeRisk(id: itemID, note: note)
        case .materialiseRisk: item = .materialiseRisk(id: itemID, note: note)
        case .closeIssue: item = .closeIssue(id: itemID, note: note)
        case .recommitIssue:
            guard let day = form.date(.reviewNewDeadline, today: today) else { return .failure(ChangeRefusal("New deadline is needed.")) }
            item = .recommitIssue(id: itemID, deadline: day, note: note)
        case .rescopeIssue:
            item = .rescopeIssue(id: itemID, description: form.value(.reviewNewDescription), note: note)
        }
        return .success(.meeting(.review(item)))
    }

    /// How a decision reads beside its item once made.
    static func decided(_ decision: ReviewDecision, account: Account, itemID: String) -> String {
        switch decision {
        case .keepRisk:
            return "kept open, review \(account.risks.first { $0.id == itemID }?.nextReview.iso ?? "")"
        case .closeRisk:
            return "closed: \(lastLine(account.risks.first { $0.id == itemID }?.resolution))"
        case .materialiseRisk:
            return "materialised: \(lastLine(account.risks.first { $0.id == itemID }?.resolution))"
        case .closeIssue, .recommitIssue, .rescopeIssue:
            let record = account.openIssues.first { $0.id == itemID }?.dispositions.last
            let what = decision == .closeIssue ? "closed"
                : decision == .recommitIssue ? "re-committed to \(account.openIssues.first { $0.id == itemID }?.deadline.iso ?? "")"
                : "re-scoped"
            return "\(what): \(record?.note ?? "")"
        }
    }

    static func lastLine(_ text: String?) -> String { text?.split(separator: "\n").last.map(String.init) ?? "" }
    static func description(_ id: String, _ account: Account) -> String { account.openIssues.first { $0.id == id }?.description ?? id }
}

extension FieldKey {
    static let reviewNote = FieldKey("review.note")
    static let reviewNextReview = FieldKey("review.nextReview")
    static let reviewNewDeadline = FieldKey("review.newDeadline")
    static let reviewNewDescription = FieldKey("review.newDescription")
}
