import Foundation
import BatonCore

/// The forms behind the risk register's keys: add and edit a risk, close it or mark it
/// materialised with a note, move its next review. Nothing here deletes a risk.
enum RiskForms {
    static let levelHint = "L, M or H (low, medium, high)"
    static let reviewHint = "+2w, +30d, fri, 2026-12-01"

    static func add(account: Account, today: CalendarDate) -> FormState {
        let owner = account.stage >= .transferDay ? account.people.accountManager : account.people.onboardingCoordinator
        return form(title: "New risk", change: .addRisk, account: account,
                    statement: "", likelihood: "", impact: "", mitigation: "", owner: owner, trigger: "", review: "")
    }

    static func edit(_ risk: Risk, account: Account) -> FormState {
        form(title: "Edit risk", change: .editRisk(risk.id), account: account, statement: risk.statement,
             likelihood: risk.likelihood.title, impact: risk.impact.title, mitigation: risk.mitigation,
             owner: risk.owner, trigger: risk.escalationTrigger, review: risk.nextReview.iso)
    }

    private static func form(title: String, change: RegisterFormPurpose, account: Account, statement: String, likelihood: String,
                             impact: String, mitigation: String, owner: String, trigger: String, review: String) -> FormState {
        FormState(title: title, purpose: .register(change), accountID: account.id, fields: [
            FormField(.riskStatement, "Statement", text: statement, hint: "one sentence: what might happen"),
            FormField(.riskLikelihood, "Likelihood", .choice(levels), text: likelihood.lowercased(), pickFirst: false),
            FormField(.riskImpact, "Impact", .choice(levels), text: impact.lowercased(), pickFirst: false),
            FormField(.riskMitigation, "Mitigation", text: mitigation, hint: "what is in place now; \"none yet\" is an honest answer"),
            FormField(.riskOwner, "Owner", text: owner, hint: "a named person"),
            FormField(.riskTrigger, "Escalation trigger", text: trigger, hint: "what makes it someone else's problem, and when"),
            FormField(.nextReview, "Next review", .date, text: review, hint: reviewHint),
        ] + (change == .addRisk ? [] : [
            FormField(.changeNote, "Why it changed", .multiLine, required: false,
                      hint: "needed when likelihood, impact or review date change; kept in the risk's history"),
        ]), guidance: ["Severity = likelihood × impact. A register that says \"no significant risks\" is itself suspicious."])
    }

    static func close(_ risk: Risk, account: Account) -> FormState {
        FormState(title: "Close risk", purpose: .register(.closeRisk(risk.id)), accountID: account.id, fields: [
            FormField(.resolutionNote, "Resolution note", .multiLine, hint: "why it no longer needs watching"),
        ], guidance: [DisplayText.sanitize(risk.statement),
                      "A closed risk is never deleted: it leaves the register and stays in the history (H) with this note."])
    }

    static func materialise(_ risk: Risk, account: Account) -> FormState {
        FormState(title: "Risk materialised", purpose: .register(.materialiseRisk(risk.id)), accountID: account.id, fields: [
            FormField(.whatHappened, "What happened", .multiLine, hint: "when, what it did, what is being done"),
        ], guidance: [DisplayText.sanitize(risk.statement),
                      "It stays on the register, marked, until it is closed: it has stopped being a maybe."])
    }

    static func moveReview(_ risk: Risk, account: Account) -> FormState {
        FormState(title: "Next review", purpose: .register(.moveReview(risk.id)), accountID: account.id, fields: [
            FormField(.nextReview, "Next review", .date, text: "", hint: reviewHint + " (was \(risk.nextReview.iso))"),
            FormField(.changeNote, "Why", .multiLine, hint: "kept, dated, in the risk's history"),
        ], guidance: [DisplayText.sanitize(risk.statement)])
    }

    /// L or I: the new level as a picker and the note that says why; the old level stays in the history.
    static func changeLevel(_ risk: Risk, likelihood: Bool, account: Account) -> FormState {
        let current = likelihood ? risk.likelihood : risk.impact
        let word = likelihood ? "Likelihood" : "Impact"
        return FormState(title: "\(word) of the risk", purpose: .register(likelihood ? .changeLikelihood(risk.id) : .changeImpact(risk.id)),
                         accountID: account.id, fields: [
            FormField(.newLevel, "New \(word.lowercased())", .choice(levels), text: current.title.lowercased(), hint: "was \(current.title)"),
            FormField(.changeNote, "Why", .multiLine, hint: "what changed; kept, dated, in the risk's history"),
        ], guidance: [DisplayText.sanitize(risk.statement),
                      "\(risk.likelihood.title) likelihood × \(risk.impact.title) impact = severity \(risk.severity). A kinder rating needs a reason as much as a harsher one."])
    }

    /// A likelihood or impact as typed in a hurry: L/M/H, low/medium/high, 1–3, any case.
    /// Low, Medium, High as a picker: l, m, h.
    static let levels: [FieldChoice] = Level.allCases.map { FieldChoice($0.title.lowercased(), $0.title, key: $0.title.lowercased().first) }

    static func level(_ text: String) -> Level? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "l", "low", "lo", "1": .low
        case "m", "medium", "med", "2": .medium
        case "h", "high", "hi", "3": .high
        default: nil
        }
    }

    // MARK: Submitted

    /// The risk as typed: levels readable, a review date given. Whether it stands is the core's to judge.
    static func draft(_ form: FormState, today: CalendarDate) -> Result<RiskDraft, ChangeRefusal> {
        guard let likelihood = level(form.value(.riskLikelihood)) else {
            return .failure(ChangeRefusal("Likelihood \"\(form.value(.riskLikelihood))\": type L, M or H."))
        }
        guard let impact = level(form.value(.riskImpact)) else {
            return .failure(ChangeRefusal("Impact \"\(form.value(.riskImpact))\": type L, M or H."))
        }
        guard let review = form.date(.nextReview, today: today) else { return .failure(ChangeRefusal("Next review is needed.")) }
        return .success(RiskDraft(statement: form.value(.riskStatement), likelihood: likelihood, impact: impact,
                                  mitigation: form.value(.riskMitigation), owner: form.value(.riskOwner),
                                  escalationTrigger: form.value(.riskTrigger), nextReview: review, note: form.value(.changeNote)))
    }
}

extension FieldKey {
    static let riskStatement = FieldKey("risk.statement")
    static let riskLikelihood = FieldKey("risk.likelihood")
    static let riskImpact = FieldKey("risk.impact")
    static let riskMitigation = FieldKey("risk.mitigation")
    static let riskOwner = FieldKey("risk.owner")
    static let riskTrigger = FieldKey("risk.escalationTrigger")
}
