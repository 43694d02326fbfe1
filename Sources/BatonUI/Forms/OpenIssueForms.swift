import Foundation
import BatonCore

/// The forms behind the open issues log: add and edit an item, and disposition it — close,
/// re-commit, re-scope — each with a note, each keeping what it replaced.
enum OpenIssueForms {
    static let kinds: [OpenIssue.Kind] = [.ourCommitment, .customerCommitment, .technical, .awaitingDecision]
    static let kindGuidance = "Kind: 1 our commitment · 2 customer's commitment · 3 technical / feature / service · 4 awaiting a decision"

    static func add(account: Account, today: CalendarDate) -> FormState {
        let owner = account.stage >= .transferDay ? account.people.accountManager : account.people.onboardingCoordinator
        return FormState(title: "New open issue", purpose: .register(.addIssue(newID(in: account))), accountID: account.id, fields: [
            FormField("Kind", hint: "1, 2, 3 or 4"),
            FormField("Description", hint: "what has happened and is not closed"),
            FormField("Owner", text: owner),
            FormField("Deadline", .date, hint: "fri, +2w, 2026-12-01"),
        ], guidance: [kindGuidance])
    }

    static func edit(_ issue: OpenIssue, account: Account) -> FormState {
        let number = (kinds.firstIndex(of: issue.kind) ?? 0) + 1
        return FormState(title: "Edit open issue", purpose: .register(.editIssue(issue.id)), accountID: account.id, fields: [
            FormField("Kind", text: "\(number)", hint: "1, 2, 3 or 4"),
            FormField("Description", text: issue.description, hint: "wording fixes on the day it was logged; after that, s re-scopes"),
            FormField("Owner", text: issue.owner),
        ], guidance: [kindGuidance,
                      "Deadline \(issue.deadline.iso): a new one is a re-commitment (c), which keeps the old one in the record."])
    }

    static func close(_ issue: OpenIssue, account: Account) -> FormState {
        FormState(title: "Close open issue", purpose: .register(.closeIssue(issue.id)), accountID: account.id, fields: [
            FormField("Resolution note", .multiLine, hint: "how it was resolved, and who confirmed it"),
        ], guidance: [DisplayText.sanitize(issue.description),
                      "A closed issue leaves the log and stays in the history (H) with this note."])
    }

    static func recommit(_ issue: OpenIssue, account: Account) -> FormState {
        FormState(title: "Re-commit", purpose: .register(.recommitIssue(issue.id)), accountID: account.id, fields: [
            FormField("New deadline", .date, hint: "today or later (was \(issue.deadline.iso))"),
            FormField("Note", hint: "why, and who agreed the new date"),
        ], guidance: [DisplayText.sanitize(issue.description)])
    }

    static func rescope(_ issue: OpenIssue, account: Account) -> FormState {
        FormState(title: "Re-scope", purpose: .register(.rescopeIssue(issue.id)), accountID: account.id, fields: [
            FormField("New description", text: issue.description, hint: "what the item now is; the old wording is kept"),
            FormField("Note", hint: "why the scope changed, and who agreed"),
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

    static func newID(in account: Account) -> String {
        let prefix = account.openIssues.first.flatMap { i in i.id.range(of: "-issue-").map { String(i.id[..<$0.lowerBound]) } }
            ?? account.id
        var n = account.openIssues.count + 1
        while account.openIssues.contains(where: { $0.id == "\(prefix)-issue-\(n)" }) { n += 1 }
        return "\(prefix)-issue-\(n)"
    }

    // MARK: Submitted

    private static func readKind(_ form: FormState) -> Result<OpenIssue.Kind, Refusal> {
        guard let kind = kind(form.value("Kind")) else {
            return .failure(Refusal("Kind \"\(form.value("Kind"))\": type 1, 2, 3 or 4."))
        }
        return .success(kind)
    }

    static func add(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        readKind(form).flatMap { kind in
            guard let deadline = form.date("Deadline", today: today) else { return .failure(Refusal("Deadline is needed.")) }
            guard deadline >= today else {
                return .failure(Refusal("Refused: a deadline in the past (\(deadline.iso)) commits to nothing; give a day from today on."))
            }
            var after = account
            after.openIssues.append(OpenIssue(id: id, kind: kind, description: form.value("Description"), owner: form.value("Owner"),
                                              deadline: deadline, raisedOn: today))
            return .success((after, "\(account.name): open issue logged, \(form.value("Owner")) by \(deadline.iso)"))
        }
    }

    static func edit(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        guard let i = account.openIssues.firstIndex(where: { $0.id == id }) else { return .failure(Refusal("That item is no longer on the log.")) }
        return readKind(form).flatMap { kind in
            let issue = account.openIssues[i]
            let description = form.value("Description")
            // A different description after the day it was logged is a re-scope: it must keep the old one.
            if description != issue.description.trimmingCharacters(in: .whitespacesAndNewlines) && issue.raisedOn != today {
                return .failure(Refusal("Refused: a new description is a re-scope (s), which keeps the old one in the record."))
            }
            var after = account
            after.openIssues[i].kind = kind
            after.openIssues[i].description = description
            after.openIssues[i].owner = form.value("Owner")
            return .success((after, "\(account.name): open issue updated"))
        }
    }

    static func close(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        var after = account
        do { try after.closeOpenIssue(id: id, note: form.value("Resolution note"), on: today) } catch {
            return .failure(RegisterChange.refusal(error))
        }
        return .success((after, "\(account.name): open issue closed — kept in the history (H)"))
    }

    static func recommit(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        guard let i = account.openIssues.firstIndex(where: { $0.id == id }) else { return .failure(Refusal("That item is no longer on the log.")) }
        guard let deadline = form.date("New deadline", today: today) else { return .failure(Refusal("New deadline is needed.")) }
        var after = account
        do { try after.openIssues[i].recommit(to: deadline, note: form.value("Note"), on: today) } catch {
            return .failure(RegisterChange.refusal(error))
        }
        return .success((after, "\(account.name): re-committed to \(deadline.iso)"))
    }

    static func rescope(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        guard let i = account.openIssues.firstIndex(where: { $0.id == id }) else { return .failure(Refusal("That item is no longer on the log.")) }
        var after = account
        do { try after.openIssues[i].rescope(to: form.value("New description"), note: form.value("Note"), on: today) } catch {
            return .failure(RegisterChange.refusal(error))
        }
        return .success((after, "\(account.name): open issue re-scoped — the old description is kept"))
    }
}
