import Foundation
import BatonCore

/// The forms behind the open issues log: add and edit an item, and disposition it — close,
/// re-commit, re-scope — each with a note, each keeping what it replaced.
enum OpenIssueForms {
    static let kinds: [OpenIssue.Kind] = [.ourCommitment, .customerCommitment, .technical, .awaitingDecision]
    /// The four kinds, picked by their number.
    static let kindChoices: [FieldChoice] = kinds.enumerated().map { i, kind in
        FieldChoice("\(i + 1)", ["Ours", "Customer's", "Technical", "Awaiting decision"][i], key: Character("\(i + 1)"))
    }
    static let kindGuidance = "Kind: 1 our commitment · 2 customer's commitment · 3 technical / feature / service · 4 awaiting a decision"

    static func add(account: Account, today: CalendarDate) -> FormState {
        let owner = account.stage >= .transferDay ? account.people.accountManager : account.people.onboardingCoordinator
        return FormState(title: "New open issue", purpose: .register(.addIssue), accountID: account.id, fields: [
            FormField(.issueKind, "Kind", .choice(kindChoices), pickFirst: false),
            FormField(.issueDescription, "Description", hint: "what has happened and is not closed"),
            FormField(.issueOwner, "Owner", text: owner),
            FormField(.issueDeadline, "Deadline", .date, hint: "fri, +2w, 2026-12-01"),
        ], guidance: [kindGuidance])
    }

    static func edit(_ issue: OpenIssue, account: Account) -> FormState {
        let number = (kinds.firstIndex(of: issue.kind) ?? 0) + 1
        return FormState(title: "Edit open issue", purpose: .register(.editIssue(issue.id)), accountID: account.id, fields: [
            FormField(.issueKind, "Kind", .choice(kindChoices), text: "\(number)"),
            FormField(.issueDescription, "Description", text: issue.description, hint: "wording fixes on the day it was logged; after that, s re-scopes"),
            FormField(.issueOwner, "Owner", text: issue.owner),
        ], guidance: [kindGuidance,
                      "Deadline \(issue.deadline.iso): a new one is a re-commitment (c), which keeps the old one in the record."])
    }

    static func close(_ issue: OpenIssue, account: Account) -> FormState {
        FormState(title: "Close open issue", purpose: .register(.closeIssue(issue.id)), accountID: account.id, fields: [
            FormField(.resolutionNote, "Resolution note", .multiLine, hint: "how it was resolved, and who confirmed it"),
        ], guidance: [DisplayText.sanitize(issue.description),
                      "A closed issue leaves the log and stays in the history (H) with this note."])
    }

    static func recommit(_ issue: OpenIssue, account: Account) -> FormState {
        FormState(title: "Re-commit", purpose: .register(.recommitIssue(issue.id)), accountID: account.id, fields: [
            FormField(.newDeadline, "New deadline", .date, hint: "today or later (was \(issue.deadline.iso))"),
            FormField(.dispositionNote, "Note", hint: "why, and who agreed the new date"),
        ], guidance: [DisplayText.sanitize(issue.description)])
    }

    static func rescope(_ issue: OpenIssue, account: Account) -> FormState {
        FormState(title: "Re-scope", purpose: .register(.rescopeIssue(issue.id)), accountID: account.id, fields: [
            FormField(.newDescription, "New description", text: issue.description, hint: "what the item now is; the old wording is kept"),
            FormField(.dispositionNote, "Note", hint: "why the scope changed, and who agreed"),
        ], guidance: ["Was: " + DisplayText.sanitize(issue.description)])
    }

    /// "1"–"4", or a word from the kind: us, customer, technical, decision.
    static func kind(_ text: String) -> OpenIssue.Kind? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let n = Int(t), kinds.indices.contains(n - 1) { return kinds[n - 1] }
        switch t {
        case "us", "our", "ours": return .ourCommitment
        case "customer", "them", "theirs": return .customerCommitment
        case "tech", "technical", "feature", "service": return .technical
        case "decision", "awaiting", "dec": return .awaitingDecision
        default: return nil
        }
    }

    // MARK: Submitted

    private static func readKind(_ form: FormState) -> Result<OpenIssue.Kind, ChangeRefusal> {
        guard let kind = kind(form.value(.issueKind)) else {
            return .failure(ChangeRefusal("Kind \"\(form.value(.issueKind))\": type 1, 2, 3 or 4."))
        }
        return .success(kind)
    }

    static func added(_ form: FormState, today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        readKind(form).flatMap { kind in
            guard let deadline = form.date(.issueDeadline, today: today) else { return .failure(ChangeRefusal("Deadline is needed.")) }
            return .success(.register(.addIssue(kind, description: form.value(.issueDescription), owner: form.value(.issueOwner),
                                                deadline: deadline)))
        }
    }

    static func edited(_ form: FormState, id: String) -> Result<AccountChange, ChangeRefusal> {
        readKind(form).map { kind in
            .register(.editIssue(id: id, kind, description: form.value(.issueDescription), owner: form.value(.issueOwner)))
        }
    }
}

extension FieldKey {
    static let issueKind = FieldKey("issue.kind")
    static let issueDescription = FieldKey("issue.description")
    static let issueOwner = FieldKey("issue.owner")
    static let issueDeadline = FieldKey("issue.deadline")
}
