/// The five components of the onboarding exit: changes through the one door (`AccountChange`).
///
/// The customer sign-off is a signed acknowledgement, never an inferred one: it is marked done
/// only with a reference to the signed document, so "they seemed happy" cannot stand in for it.
public enum ExitChange: Equatable, Sendable, Codable {
    /// Done on a day that is not in the future; the reference says where the proof is.
    case markDone(ExitComponent, on: CalendarDate, reference: String?)
    /// Not done after all: its date and reference are cleared.
    case markNotDone(ExitComponent)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        switch self {
        case .markDone(let component, let day, let reference):
            let reference = RuleText.isBlank(reference) ? nil : RuleText.trimmed(reference ?? "")
            if component == .customerSignOff, reference == nil {
                return .failure(ChangeRefusal("Refused: the customer sign-off is a signed acknowledgement, never inferred — give the reference to the signed document."))
            }
            guard day <= context.today else {
                return .failure(ChangeRefusal("Refused: \(component.title) cannot be done on \(day), a day still to come."))
            }
            let i = Self.index(of: component, in: &after)
            after.exit[i].doneOn = day
            after.exit[i].reference = reference
            let done = after.exit.filter { $0.doneOn != nil }.count
            return .success(ChangeOutcome(after, "\(account.name): \(component.title) done \(day)\(reference.map { " (\($0))" } ?? "") — exit \(done)/5"))

        case .markNotDone(let component):
            let i = Self.index(of: component, in: &after)
            guard after.exit[i].doneOn != nil else {
                return .failure(ChangeRefusal("\(component.title) is not marked done."))
            }
            after.exit[i].doneOn = nil
            after.exit[i].reference = nil
            let done = after.exit.filter { $0.doneOn != nil }.count
            return .success(ChangeOutcome(after, "\(account.name): \(component.title) not done — exit \(done)/5"))
        }
    }

    /// Where the component sits in the account's exit list; an older account missing it gets it added.
    static func index(of component: ExitComponent, in account: inout Account) -> Int {
        if let i = account.exit.firstIndex(where: { $0.component == component }) { return i }
        account.exit.append(ExitStep(component: component))
        return account.exit.count - 1
    }
}
