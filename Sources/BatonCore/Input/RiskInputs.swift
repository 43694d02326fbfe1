/// The risk register's inputs: add and edit a risk, close it or mark it materialised with a
/// note, move its next review, re-rate it. Nothing here deletes a risk.
public enum RiskInputs {
    static let reviewHelp = "+2w, +30d, fri, 2026-12-01"
    /// Low, Medium, High, picked by l, m, h.
    public static let levels: [FieldChoice] = Level.allCases.map { FieldChoice($0.title.lowercased(), $0.title, key: $0.title.lowercased().first) }

    static func level(_ v: InputValues, _ key: FieldKey) -> Level {
        Level.allCases.first { $0.title.lowercased() == v.choice(key) } ?? .medium
    }

    /// A new risk, or the risk `id` edited (its fields start as they are).
    public static func risk(_ id: String?, account: Account?) -> ChangeInput<AccountChange> {
        let risk = id.flatMap { id in account?.risks.first { $0.id == id } }
        let owner = account.map { $0.stage >= .transferDay ? $0.people.accountManager : $0.people.onboardingCoordinator } ?? ""
        var fields = [
            InputField(.riskStatement, "Statement", option: "statement", value: risk?.statement ?? "", help: "one sentence: what might happen"),
            InputField(.riskLikelihood, "Likelihood", option: "likelihood", .choice(levels), value: risk?.likelihood.title ?? "",
                       help: "low, medium or high: judged, never defaulted", pickFirst: false),
            InputField(.riskImpact, "Impact", option: "impact", .choice(levels), value: risk?.impact.title ?? "",
                       help: "low, medium or high: judged, never defaulted", pickFirst: false),
            InputField(.riskMitigation, "Mitigation", option: "mitigation", value: risk?.mitigation ?? "",
                       help: "what is in place now; \"none yet\" is an honest answer"),
            InputField(.riskOwner, "Owner", option: "owner", .person(.anyone), value: risk?.owner ?? owner, help: "a named person",
                       completions: account?.knownPeople(.anyone) ?? []),
            InputField(.riskTrigger, "Escalation trigger", option: "trigger", value: risk?.escalationTrigger ?? "",
                       help: "what makes it someone else's problem, and when; \"none yet\" is an honest answer"),
            InputField(.nextReview, "Next review", option: "review", .date, value: risk?.nextReview.iso ?? "+30d", help: reviewHelp),
        ]
        if risk != nil {
            fields.append(InputField(.changeNote, "Why it changed", option: "note", .multiLine, required: false,
                                     help: "needed when likelihood, impact or review date change; kept in the risk's history"))
        }
        let title = risk == nil ? "New risk" : "Edit risk"
        return ChangeInput(title, fields: fields,
                           guidance: ["Severity = likelihood × impact. A register that says \"no significant risks\" is itself suspicious."]) { v throws(InputRefusal) in
            let draft = RiskDraft(statement: v.text(.riskStatement), likelihood: level(v, .riskLikelihood), impact: level(v, .riskImpact),
                                  mitigation: v.text(.riskMitigation), owner: v.text(.riskOwner),
                                  escalationTrigger: v.text(.riskTrigger), nextReview: v.date(.nextReview)!, note: v.text(.changeNote))
            if let id { return .register(.editRisk(id: id, draft)) }
            return .register(.addRisk(draft))
        }
    }

    public static func close(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Close risk", fields: [
            InputField(.resolutionNote, "Resolution note", option: "note", .multiLine, help: "why it no longer needs watching"),
        ], guidance: statement(id, account) + ["A closed risk is never deleted: it leaves the register and stays in the history (H) with this note."]) { v throws(InputRefusal) in
            .register(.closeRisk(id: id, note: v.text(.resolutionNote)))
        }
    }

    public static func materialise(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        ChangeInput("Risk materialised", fields: [
            InputField(.whatHappened, "What happened", option: "note", .multiLine, help: "when, what it did, what is being done"),
        ], guidance: statement(id, account) + ["It stays on the register, marked, until it is closed: it has stopped being a maybe."]) { v throws(InputRefusal) in
            .register(.materialiseRisk(id: id, note: v.text(.whatHappened)))
        }
    }

    public static func moveReview(_ id: String, account: Account?) -> ChangeInput<AccountChange> {
        let was = account?.risks.first { $0.id == id }?.nextReview.iso
        return ChangeInput("Next review", fields: [
            InputField(.nextReview, "Next review", option: "review", .date, help: reviewHelp + (was.map { " (was \($0))" } ?? "")),
            InputField(.changeNote, "Why", option: "note", .multiLine, help: "kept, dated, in the risk's history"),
        ], guidance: statement(id, account)) { v throws(InputRefusal) in
            .register(.moveReview(id: id, to: v.date(.nextReview)!, note: v.text(.changeNote)))
        }
    }

    /// A new likelihood (or impact), with the note that says why; the old level stays in the history.
    public static func rerate(_ id: String, likelihood: Bool, account: Account?) -> ChangeInput<AccountChange> {
        let risk = account?.risks.first { $0.id == id }
        let current = risk.map { likelihood ? $0.likelihood : $0.impact }
        let word = likelihood ? "Likelihood" : "Impact"
        var guidance = statement(id, account)
        if let risk {
            guidance.append("\(risk.likelihood.title) likelihood × \(risk.impact.title) impact = severity \(risk.severity). A kinder rating needs a reason as much as a harsher one.")
        }
        return ChangeInput("\(word) of the risk", fields: [
            InputField(.newLevel, "New \(word.lowercased())", option: word.lowercased(), .choice(levels), value: current?.title ?? "",
                       help: "low, medium or high" + (current.map { "; was \($0.title)" } ?? "")),
            InputField(.changeNote, "Why", option: "note", .multiLine, help: "what changed; kept, dated, in the risk's history"),
        ], guidance: guidance) { v throws(InputRefusal) in
            let level = level(v, .newLevel)
            return likelihood ? .register(.changeLikelihood(id: id, to: level, note: v.text(.changeNote)))
                : .register(.changeImpact(id: id, to: level, note: v.text(.changeNote)))
        }
    }

    static func statement(_ id: String, _ account: Account?) -> [String] {
        (account?.risks.first { $0.id == id }).map { [SafeText.sanitize($0.statement)] } ?? []
    }
}

extension FieldKey {
    public static let riskStatement = FieldKey("risk.statement")
    public static let riskLikelihood = FieldKey("risk.likelihood")
    public static let riskImpact = FieldKey("risk.impact")
    public static let riskMitigation = FieldKey("risk.mitigation")
    public static let riskOwner = FieldKey("risk.owner")
    public static let riskTrigger = FieldKey("risk.escalationTrigger")
    public static let resolutionNote = FieldKey("register.resolutionNote")
    public static let whatHappened = FieldKey("register.whatHappened")
    public static let nextReview = FieldKey("register.nextReview")
    public static let newDeadline = FieldKey("register.newDeadline")
    public static let newDescription = FieldKey("register.newDescription")
    public static let dispositionNote = FieldKey("register.note")
    public static let newLevel = FieldKey("register.newLevel")
    /// Why a risk's likelihood, impact or review date changed: kept in its history.
    public static let changeNote = FieldKey("register.changeNote")
}
