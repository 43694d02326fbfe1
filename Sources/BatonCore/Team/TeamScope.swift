import Foundation

/// The two people on our side a team's views are cut by: who leads the onboarding, and who takes
/// the account over.
public enum TeamRole: String, CaseIterable, Codable, Sendable {
    case onboardingLead, accountManager

    public var title: String {
        switch self {
        case .onboardingLead: "onboarding lead"
        case .accountManager: "account manager"
        }
    }

    /// The name this role holds on the account.
    public func name(in people: People) -> String {
        switch self {
        case .onboardingLead: people.onboardingLead
        case .accountManager: people.accountManager
        }
    }
}

/// Which of a shared portfolio's accounts a view shows: one person's ("my accounts": where they
/// lead the onboarding or take the account over), one person's in one role, or the whole team's.
public enum TeamScope: Hashable, Sendable {
    case wholeTeam
    /// Where this person is the onboarding lead or the account manager.
    case mine(String)
    /// Where this person holds this role.
    case person(TeamRole, String)

    /// Whether an account with these people is in the scope.
    public func includes(_ people: People) -> Bool {
        includes(onboardingLead: people.onboardingLead, accountManager: people.accountManager)
    }

    public func includes(onboardingLead: String, accountManager: String) -> Bool {
        switch self {
        case .wholeTeam: true
        case .mine(let me): Self.sameName(onboardingLead, me) || Self.sameName(accountManager, me)
        case .person(let role, let name):
            // The "nobody named" row of the load view: the accounts where the role is left empty.
            Self.isBlank(name) ? Self.isBlank(role == .onboardingLead ? onboardingLead : accountManager)
                : Self.sameName(role == .onboardingLead ? onboardingLead : accountManager, name)
        }
    }

    /// The same person, however the name was typed: case and surrounding spaces do not count
    /// ("daniel ortiz " is Daniel Ortiz). An empty name is nobody, and never matches.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        if a == b { return !isBlank(a) }
        // The common case first, without allocating: names of different lengths with no spaces
        // around them are different people (this runs once per account on a scope change).
        func padded(_ s: String) -> Bool { s.first?.isWhitespace == true || s.last?.isWhitespace == true }
        guard a.utf8.count == b.utf8.count || padded(a) || padded(b) else { return false }
        let x = a.trimmingCharacters(in: .whitespaces), y = b.trimmingCharacters(in: .whitespaces)
        guard !x.isEmpty, x.utf8.count == y.utf8.count else { return false }
        return x.compare(y, options: [.caseInsensitive]) == .orderedSame
    }

    public static func isBlank(_ name: String) -> Bool { name.allSatisfy(\.isWhitespace) }

    /// "My accounts" narrows a portfolio only when it splits it: when the person is named on none
    /// of the accounts (a director, a CRM imported under other names) or on every one (a lead's
    /// own portfolio), the whole portfolio is theirs to see, exactly as without a team.
    public static func mineSplits(mine: Int, of total: Int) -> Bool { mine > 0 && mine < total }
}
