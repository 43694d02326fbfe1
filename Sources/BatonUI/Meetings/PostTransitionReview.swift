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

    /// The decision as the review's one input definition names it.
    var asked: MeetingInputs.Decision {
        switch self {
        case .keepRisk: .keep
        case .closeRisk, .closeIssue: .close
        case .materialiseRisk: .materialise
        case .recommitIssue: .recommit
        case .rescopeIssue: .rescope
        }
    }

    /// The review's decision a submitted form made, for the walk to record against its item.
    static func made(_ asked: MeetingInputs.Decision, isRisk: Bool) -> ReviewDecision {
        switch asked {
        case .keep: .keepRisk
        case .close: isRisk ? .closeRisk : .closeIssue
        case .materialise: .materialiseRisk
        case .recommit: .recommitIssue
        case .rescope: .rescopeIssue
        }
    }
}

/// The forms for each decision and what a submitted one does, through the tidy-picture rules.
enum PostTransitionReview {
    static func form(_ decision: ReviewDecision, itemID: String, account: Account) -> FormState? {
        let isRisk = account.risks.contains { $0.id == itemID }
        guard isRisk || account.openIssues.contains(where: { $0.id == itemID }) else { return nil }
        guard isRisk == [.keepRisk, .closeRisk, .materialiseRisk].contains(decision) else { return nil }
        return FormState(change: .review(decision.asked, itemID: itemID), account: account)
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

