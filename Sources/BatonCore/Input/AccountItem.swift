/// The item of an account a person means from the shell: its id, its number as `baton show`
/// lists it (1 = the first), or a unique piece of its text, case and accents aside.
public enum AccountItem {
    public static func find(_ query: String, kind: String, in items: [(id: String, text: String)]) -> Result<String, ChangeRefusal> {
        if let exact = items.first(where: { $0.id == query }) { return .success(exact.id) }
        if let n = Int(query), items.indices.contains(n - 1) { return .success(items[n - 1].id) }
        let key = PersonName.fold(query)
        guard !key.isEmpty else { return .failure(ChangeRefusal("Which \(kind)? Give its number in `baton show`, its id or a piece of its text.")) }
        let same = items.filter { PersonName.fold($0.text) == key }
        if same.count == 1 { return .success(same[0].id) }
        let matches = items.filter { PersonName.fold($0.text).contains(key) }
        if matches.count == 1 { return .success(matches[0].id) }
        if matches.isEmpty {
            return .failure(ChangeRefusal("No \(kind) matches \"\(SafeText.sanitize(query))\" (baton show ACCOUNT lists them, numbered)."))
        }
        let list = matches.prefix(10).map { "  \($0.id)  \(SafeText.sanitize($0.text))" }.joined(separator: "\n")
        return .failure(ChangeRefusal("\"\(SafeText.sanitize(query))\" matches \(matches.count) \(kind)s; give its number or id:\n\(list)"))
    }

    /// One of a few named things ("sign-off", "report"), by a unique start of its word.
    public static func named<T>(_ query: String, kind: String, in values: [(T, String)]) -> Result<T, ChangeRefusal> {
        let key = PersonName.fold(query)
        if let exact = values.first(where: { PersonName.fold($0.1) == key }) { return .success(exact.0) }
        let starts = values.filter { PersonName.fold($0.1).hasPrefix(key) }
        if !key.isEmpty, starts.count == 1 { return .success(starts[0].0) }
        return .failure(ChangeRefusal("\"\(SafeText.sanitize(query))\" is not \(kind): one of \(values.map(\.1).joined(separator: ", "))."))
    }
}
