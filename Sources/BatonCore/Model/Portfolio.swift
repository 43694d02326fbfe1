/// The accounts one onboarding lead carries.
public struct Portfolio: Codable, Hashable, Sendable {
    /// Whose portfolio this is (shown in the title bar).
    public var owner: String
    public var accounts: [Account]

    public init(owner: String = "", accounts: [Account] = []) {
        self.owner = owner
        self.accounts = accounts
    }

    public func account(id: String) -> Account? { accounts.first { $0.id == id } }

    /// Replaces the account with the same id, or appends it: the one way a change reaches the portfolio.
    public mutating func upsert(_ account: Account) {
        if let i = accounts.firstIndex(where: { $0.id == account.id }) {
            accounts[i] = account
        } else {
            accounts.append(account)
        }
    }

    /// Takes an account out: only for one that should never have been there (an undone add).
    public mutating func remove(accountID: String) {
        accounts.removeAll { $0.id == accountID }
    }
}
