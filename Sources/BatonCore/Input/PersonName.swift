import Foundation

/// Names as a person reads them — "tomasz wojcik" is "Tomasz Wójcik" — and the people an
/// account knows. The one place Baton compares names, so a filter, a form, the shell and an
/// import all agree on who is meant.
public enum PersonName {
    /// Case, accents, width and surrounding or repeated spaces set aside.
    public static func fold(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var folded = words.joined(separator: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        folded.makeContiguousUTF8()
        return folded
    }

    /// The same person, by `fold`; a blank name is nobody.
    public static func same(_ a: String, _ b: String) -> Bool {
        let key = fold(a)
        return !key.isEmpty && key == fold(b)
    }
}

/// Which people a person field offers and accepts without asking.
public enum PersonScope: String, Equatable, Hashable, Codable, Sendable {
    /// Anyone the account knows: our people, the customer's contacts, and every name already on
    /// its register, log, actions and meetings. A new name is asked about first.
    case anyone
    /// Someone on our side: a new name is asked about first.
    case ourSide
    /// A contact on the customer's side: offered from the contacts; a name not among them is
    /// not asked about but left to the change's rule, which refuses it in its own words.
    case contact
}

extension Account {
    /// Our people, in the order a form offers them.
    public var ourPeople: [String] {
        let p = people
        return [p.onboardingCoordinator, p.onboardingLead, p.accountManager, p.accountManagementDirector ?? "", p.primaryOwner]
            .filter { !RuleText.isBlank($0) }
    }

    /// Everyone the account knows in `scope`, each once, in the order a form offers them.
    public func knownPeople(_ scope: PersonScope) -> [String] {
        var names: [String]
        switch scope {
        case .contact:
            names = contacts.map(\.name)
        case .ourSide:
            names = ourPeople + risks.map(\.owner) + openIssues.map(\.owner)
                + readiness.conditions.compactMap { $0.action?.owner }
                + readiness.conditions.compactMap { $0.evidence?.observedBy }
            names.removeAll { isCustomerContact($0) }
        case .anyone:
            names = ourPeople + contacts.map(\.name) + risks.map(\.owner) + openIssues.map(\.owner)
                + readiness.conditions.compactMap { $0.action?.owner }
                + readiness.conditions.compactMap { $0.evidence?.providedBy }
                + readiness.conditions.compactMap { $0.evidence?.observedBy }
                + meetings.flatMap(\.attendees) + interactions.flatMap { $0.with.split(separator: ",").map(String.init) }
        }
        var seen = Set<String>()
        return names.map(RuleText.trimmed).filter { !$0.isEmpty && seen.insert(PersonName.fold($0)).inserted }
    }

    /// The known person `name` means, spelled as the account spells them: the same name (case and
    /// accents aside), else the one known name it is the start of; nil when nobody or several.
    public func knownPerson(_ name: String, in scope: PersonScope) -> String? {
        let key = PersonName.fold(name)
        guard !key.isEmpty else { return nil }
        let known = knownPeople(scope)
        if let same = known.first(where: { PersonName.fold($0) == key }) { return same }
        // A start names the one person it starts, looked for among the account's own people and
        // contacts first: "daniel" is Daniel Ortiz, not also "Daniel Ortiz with Rachel Adeyemi"
        // written as a risk's owner.
        let own = Set((ourPeople + contacts.map(\.name)).map(PersonName.fold))
        for group in [known.filter { own.contains(PersonName.fold($0)) }, known] {
            let starts = group.filter { PersonName.fold($0).hasPrefix(key) }
            if starts.count == 1 { return starts[0] }
            if starts.count > 1 { return nil }
        }
        return nil
    }
}
