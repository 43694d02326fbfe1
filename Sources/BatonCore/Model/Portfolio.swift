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

    /// The account with this id, looked for first at `hint` (where an index says it sits): at
    /// 10,000 accounts a scan for the id was most of what a change cost beyond the account itself.
    public func account(id: String, hint: Int?) -> Account? {
        if let hint, accounts.indices.contains(hint), accounts[hint].id == id { return accounts[hint] }
        return account(id: id)
    }

    /// Replaces the account with the same id, or appends it: the one way a change reaches the portfolio.
    public mutating func upsert(_ account: Account) {
        if let i = accounts.firstIndex(where: { $0.id == account.id }) {
            accounts[i] = account
        } else {
            accounts.append(account)
        }
    }

    /// `upsert`, looking first at `hint` (where an index says the account sits).
    public mutating func upsert(_ account: Account, hint: Int?) {
        if let hint, accounts.indices.contains(hint), accounts[hint].id == account.id {
            accounts[hint] = account
        } else {
            upsert(account)
        }
    }

    /// Takes an account out: only for one that should never have been there (an undone add).
    public mutating func remove(accountID: String) {
        accounts.removeAll { $0.id == accountID }
    }

    /// `upsert` for many accounts at once (an import, its undo or redo), in one pass: one scan per
    /// account made an import of 50,000 rows wait minutes after it was saved.
    public mutating func upsert(contentsOf changed: [Account]) {
        var positions = Dictionary(accounts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for account in changed {
            if let i = positions[account.id] {
                accounts[i] = account
            } else {
                positions[account.id] = accounts.count
                accounts.append(account)
            }
        }
    }

    /// `remove(accountID:)` for many accounts, in one pass.
    public mutating func remove(accountIDs: Set<String>) {
        guard !accountIDs.isEmpty else { return }
        accounts.removeAll { accountIDs.contains($0.id) }
    }
}
