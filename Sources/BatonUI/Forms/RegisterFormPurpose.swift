import BatonCore

/// What a form on the risk register or the open issues log is for, and the item it is about
/// (an added item has no id until the core makes one).
public enum RegisterFormPurpose: Equatable, Codable, Sendable {
    case addRisk, editRisk(String), closeRisk(String), materialiseRisk(String), moveReview(String)
    case changeLikelihood(String), changeImpact(String)
    case addIssue, editIssue(String), closeIssue(String), recommitIssue(String), rescopeIssue(String)

    /// The item the form is about; nil for an item being added.
    var itemID: String? {
        switch self {
        case .addRisk, .addIssue: nil
        case .editRisk(let id), .closeRisk(let id), .materialiseRisk(let id), .moveReview(let id),
             .changeLikelihood(let id), .changeImpact(let id), .editIssue(let id), .closeIssue(let id), .recommitIssue(let id), .rescopeIssue(let id): id
        }
    }

    /// The change the submitted form describes — or, when what was typed cannot be read, why.
    func change(_ form: FormState, today: CalendarDate) -> Result<AccountChange, ChangeRefusal> {
        switch self {
        case .addRisk: return RiskForms.draft(form, today: today).map { .register(.addRisk($0)) }
        case .editRisk(let id): return RiskForms.draft(form, today: today).map { .register(.editRisk(id: id, $0)) }
        case .closeRisk(let id): return .success(.register(.closeRisk(id: id, note: form.value(.resolutionNote))))
        case .materialiseRisk(let id): return .success(.register(.materialiseRisk(id: id, note: form.value(.whatHappened))))
        case .moveReview(let id):
            guard let day = form.date(.nextReview, today: today) else { return .failure(ChangeRefusal("Next review is needed.")) }
            return .success(.register(.moveReview(id: id, to: day, note: form.value(.changeNote))))
        case .changeLikelihood(let id), .changeImpact(let id):
            guard let level = RiskForms.level(form.value(.newLevel)) else { return .failure(ChangeRefusal("Pick the new level: l, m or h.")) }
            let note = form.value(.changeNote)
            if case .changeLikelihood = self { return .success(.register(.changeLikelihood(id: id, to: level, note: note))) }
            return .success(.register(.changeImpact(id: id, to: level, note: note)))
        case .addIssue: return OpenIssueForms.added(form, today: today)
        case .editIssue(let id): return OpenIssueForms.edited(form, id: id)
        case .closeIssue(let id): return .success(.register(.closeIssue(id: id, note: form.value(.resolutionNote))))
        case .recommitIssue(let id):
            guard let day = form.date(.newDeadline, today: today) else { return .failure(ChangeRefusal("New deadline is needed.")) }
            return .success(.register(.recommitIssue(id: id, deadline: day, note: form.value(.dispositionNote))))
        case .rescopeIssue(let id):
            return .success(.register(.rescopeIssue(id: id, description: form.value(.newDescription), note: form.value(.dispositionNote))))
        }
    }
}

extension FieldKey {
    static let resolutionNote = FieldKey("register.resolutionNote")
    static let whatHappened = FieldKey("register.whatHappened")
    static let nextReview = FieldKey("register.nextReview")
    static let newDeadline = FieldKey("register.newDeadline")
    static let newDescription = FieldKey("register.newDescription")
    static let dispositionNote = FieldKey("register.note")
    static let newLevel = FieldKey("register.newLevel")
    /// Why a risk's likelihood, impact or review date changed: kept in its history.
    static let changeNote = FieldKey("register.changeNote")
}
