import BatonCore

/// What the card's people forms offer while typing: the names its forms complete.
enum AccountCardForms {
    /// Every name a people field might want: the account's own people first, then the rest of the portfolio's.
    static func peopleNames(_ account: Account, portfolio: Portfolio) -> [String] {
        var seen = Set<String>()
        let all = account.knownPeople(.anyone) + portfolio.accounts.flatMap(\.ourPeople)
        return Array(all.filter { !$0.isEmpty && seen.insert(PersonName.fold($0)).inserted }.prefix(200))
    }
}
