import Foundation

extension Portfolio {
    /// The account a person means by `query`, as the command line takes it: its id, its name, or
    /// a unique start of its name — case, accents and surrounding spaces ignored. Ambiguity is
    /// refused with the matches listed, so a script never changes the wrong account.
    public func find(_ query: String, includingArchived: Bool = true) -> Result<Account, ChangeRefusal> {
        let candidates = includingArchived ? accounts : accounts.filter(\.isActive)
        if let byID = candidates.first(where: { $0.id == query }) { return .success(byID) }
        let key = PersonName.fold(query)
        guard !key.isEmpty else { return .failure(ChangeRefusal("Which account? Give its id or its name.")) }
        let exact = candidates.filter { PersonName.fold($0.name) == key }
        if exact.count == 1 { return .success(exact[0]) }
        let matches = exact.isEmpty ? candidates.filter { PersonName.fold($0.name).hasPrefix(key) } : exact
        if matches.count == 1 { return .success(matches[0]) }
        if matches.isEmpty {
            let near = candidates.filter { PersonName.fold($0.name).contains(key) }
            if near.count == 1 { return .success(near[0]) }
            guard !near.isEmpty else {
                return .failure(ChangeRefusal("No account matches \"\(query)\" (baton list shows them all)."))
            }
            return .failure(Self.ambiguous(query, near))
        }
        return .failure(Self.ambiguous(query, matches))
    }

    private static func ambiguous(_ query: String, _ matches: [Account]) -> ChangeRefusal {
        let list = matches.prefix(10).map { "  \($0.id)  \($0.name)" }.joined(separator: "\n")
        let more = matches.count > 10 ? "\n  … and \(matches.count - 10) more" : ""
        return ChangeRefusal("\"\(query)\" matches \(matches.count) accounts; give more of the name or the id:\n\(list)\(more)")
    }
}
