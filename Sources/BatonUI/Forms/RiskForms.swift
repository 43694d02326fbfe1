import Foundation
import BatonCore

/// The forms behind the risk register's keys: add and edit a risk, close it or mark it
/// materialised with a note, move its next review. Nothing here deletes a risk.
enum RiskForms {
    static let levelHint = "L, M or H (low, medium, high)"
    static let reviewHint = "+2w, +30d, fri, 2026-12-01"

    static func add(account: Account, today: CalendarDate) -> FormState {
        let owner = account.stage >= .transferDay ? account.people.accountManager : account.people.onboardingCoordinator
        return form(title: "New risk", change: .addRisk(newID(in: account)), account: account,
                    statement: "", likelihood: "", impact: "", mitigation: "", owner: owner, trigger: "", review: "")
    }

    static func edit(_ risk: Risk, account: Account) -> FormState {
        form(title: "Edit risk", change: .editRisk(risk.id), account: account, statement: risk.statement,
             likelihood: risk.likelihood.title, impact: risk.impact.title, mitigation: risk.mitigation,
             owner: risk.owner, trigger: risk.escalationTrigger, review: risk.nextReview.iso)
    }

    private static func form(title: String, change: RegisterChange, account: Account, statement: String, likelihood: String,
                             impact: String, mitigation: String, owner: String, trigger: String, review: String) -> FormState {
        FormState(title: title, purpose: .register(change), accountID: account.id, fields: [
            FormField("Statement", text: statement, hint: "one sentence: what might happen"),
            FormField("Likelihood", text: likelihood, hint: levelHint),
            FormField("Impact", text: impact, hint: levelHint),
            FormField("Mitigation", text: mitigation, hint: "what is in place now; \"none yet\" is an honest answer"),
            FormField("Owner", text: owner, hint: "a named person"),
            FormField("Escalation trigger", text: trigger, hint: "what makes it someone else's problem, and when"),
            FormField("Next review", .date, text: review, hint: reviewHint),
        ], guidance: ["Severity = likelihood × impact. A register that says \"no significant risks\" is itself suspicious."])
    }

    static func close(_ risk: Risk, account: Account) -> FormState {
        FormState(title: "Close risk", purpose: .register(.closeRisk(risk.id)), accountID: account.id, fields: [
            FormField("Resolution note", .multiLine, hint: "why it no longer needs watching"),
        ], guidance: [DisplayText.sanitize(risk.statement),
                      "A closed risk is never deleted: it leaves the register and stays in the history (H) with this note."])
    }

    static func materialise(_ risk: Risk, account: Account) -> FormState {
        FormState(title: "Risk materialised", purpose: .register(.materialiseRisk(risk.id)), accountID: account.id, fields: [
            FormField("What happened", .multiLine, hint: "when, what it did, what is being done"),
        ], guidance: [DisplayText.sanitize(risk.statement),
                      "It stays on the register, marked, until it is closed: it has stopped being a maybe."])
    }

    static func moveReview(_ risk: Risk, account: Account) -> FormState {
        FormState(title: "Next review", purpose: .register(.moveReview(risk.id)), accountID: account.id, fields: [
            FormField("Next review", .date, text: "", hint: reviewHint + " (was \(risk.nextReview.iso))"),
        ], guidance: [DisplayText.sanitize(risk.statement)])
    }

    /// A likelihood or impact as typed in a hurry: L/M/H, low/medium/high, 1–3, any case.
    static func level(_ text: String) -> Level? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "l", "low", "lo", "1": .low
        case "m", "medium", "med", "2": .medium
        case "h", "high", "hi", "3": .high
        default: nil
        }
    }

    /// "nw-risk-4", or the account's id when its risks are named otherwise; never one already used.
    static func newID(in account: Account) -> String {
        let prefix = account.risks.first.flatMap { r in r.id.range(of: "-risk-").map { String(r.id[..<$0.lowerBound]) } }
            ?? account.id
        var n = account.risks.count + 1
        while account.risks.contains(where: { $0.id == "\(prefix)-risk-\(n)" }) { n += 1 }
        return "\(prefix)-risk-\(n)"
    }

    // MARK: Submitted

    static func add(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        read(form, today: today, reviewFrom: today).map { fields in
            var after = account
            after.risks.append(Risk(id: id, statement: fields.statement, likelihood: fields.likelihood, impact: fields.impact,
                                    mitigation: fields.mitigation, owner: fields.owner, escalationTrigger: fields.trigger,
                                    nextReview: fields.review, raisedOn: today))
            return (after, "\(account.name): risk added, severity \(fields.likelihood.rawValue * fields.impact.rawValue)")
        }
    }

    static func edit(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        guard let i = account.risks.firstIndex(where: { $0.id == id }) else { return .failure(Refusal("That risk is no longer on the register.")) }
        // An unchanged review date that has already passed stays as it is: editing the wording is not a review.
        let old = account.risks[i].nextReview
        return read(form, today: today, reviewFrom: min(old, today)).map { fields in
            var after = account
            after.risks[i].statement = fields.statement
            after.risks[i].likelihood = fields.likelihood
            after.risks[i].impact = fields.impact
            after.risks[i].mitigation = fields.mitigation
            after.risks[i].owner = fields.owner
            after.risks[i].escalationTrigger = fields.trigger
            after.risks[i].nextReview = fields.review
            return (after, "\(account.name): risk updated, severity \(after.risks[i].severity)")
        }
    }

    static func close(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        var after = account
        do { try after.closeRisk(id: id, note: form.value("Resolution note"), on: today) } catch {
            return .failure(RegisterChange.refusal(error))
        }
        return .success((after, "\(account.name): risk closed — kept in the history (H)"))
    }

    static func materialise(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        guard let i = account.risks.firstIndex(where: { $0.id == id }) else { return .failure(Refusal("That risk is no longer on the register.")) }
        var after = account
        do { try after.risks[i].markMaterialised(note: form.value("What happened"), on: today) } catch {
            return .failure(RegisterChange.refusal(error))
        }
        return .success((after, "\(account.name): risk marked materialised"))
    }

    static func moveReview(_ form: FormState, id: String, account: Account, today: CalendarDate) -> Result<(Account, String), Refusal> {
        guard let i = account.risks.firstIndex(where: { $0.id == id }) else { return .failure(Refusal("That risk is no longer on the register.")) }
        guard let day = form.date("Next review", today: today) else { return .failure(Refusal("Next review is needed.")) }
        guard day >= today else {
            return .failure(Refusal("Refused: a review on \(day.iso) is already overdue; choose today or later."))
        }
        var after = account
        after.risks[i].nextReview = day
        return .success((after, "\(account.name): next review \(day.iso)"))
    }

    private struct Fields {
        var statement, mitigation, owner, trigger: String
        var likelihood, impact: Level
        var review: CalendarDate
    }

    /// The form's values, judged: levels readable, a review date not before `reviewFrom`.
    private static func read(_ form: FormState, today: CalendarDate, reviewFrom: CalendarDate) -> Result<Fields, Refusal> {
        guard let likelihood = level(form.value("Likelihood")) else {
            return .failure(Refusal("Likelihood \"\(form.value("Likelihood"))\": type L, M or H."))
        }
        guard let impact = level(form.value("Impact")) else {
            return .failure(Refusal("Impact \"\(form.value("Impact"))\": type L, M or H."))
        }
        guard let review = form.date("Next review", today: today) else { return .failure(Refusal("Next review is needed.")) }
        guard review >= reviewFrom else {
            return .failure(Refusal("Refused: a next review on \(review.iso) is already overdue; choose today or later."))
        }
        return .success(Fields(statement: form.value("Statement"), mitigation: form.value("Mitigation"), owner: form.value("Owner"),
                               trigger: form.value("Escalation trigger"), likelihood: likelihood, impact: impact, review: review))
    }
}
