import BatonCore

/// The portfolio as an import matches rows against it, kept up to date row by row: each account
/// by its CRM record id and by its folded name (`PersonName.fold`), and the ids in use, each
/// found by a hash. Scanning every account for every row made an import grow with the square of
/// its rows (2,000 rows took 37 s, 8,000 more than two minutes).
struct ImportIndex {
    private(set) var accounts: [Account] = []
    private(set) var ids: Set<String> = []
    private var positions: [String: Int] = [:]
    private var byRecord: [String: Int] = [:]
    /// Positions in portfolio order: the first is the one a scan would have found.
    private var byName: [String: [Int]] = [:]

    init(_ accounts: [Account]) {
        self.accounts.reserveCapacity(accounts.count)
        for account in accounts { put(account) }
    }

    /// The first account linked to this CRM record.
    func account(record id: String) -> Account? {
        guard !id.isEmpty, let i = byRecord[id] else { return nil }
        return accounts[i]
    }

    /// The first account whose folded name is `key`.
    func account(named key: String) -> Account? {
        byName[key]?.first.map { accounts[$0] }
    }

    /// Whether an account other than `id` has the folded name `key`.
    func hasOther(named key: String, than id: String) -> Bool {
        byName[key]?.contains { accounts[$0].id != id } ?? false
    }

    /// Adds the account, or replaces the one with its id (renamed or linked, it is found by its new keys).
    mutating func put(_ account: Account) {
        let i: Int
        if let at = positions[account.id] {
            i = at
            let old = accounts[at]
            if let record = old.crmRecord?.recordID, byRecord[record] == at { byRecord[record] = nil }
            let oldKey = PersonName.fold(old.name)
            byName[oldKey]?.removeAll { $0 == at }
            if byName[oldKey]?.isEmpty == true { byName[oldKey] = nil }
            accounts[at] = account
        } else {
            i = accounts.count
            accounts.append(account)
            positions[account.id] = i
            ids.insert(account.id)
        }
        if let record = account.crmRecord?.recordID, !record.isEmpty {
            // The first in portfolio order stays the one found, as a scan found it.
            if let other = byRecord[record], other < i {} else { byRecord[record] = i }
        }
        let key = PersonName.fold(account.name)
        byName[key, default: []].append(i)
        if byName[key]!.count > 1 { byName[key]!.sort() }
    }
}
