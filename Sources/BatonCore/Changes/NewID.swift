import Foundation

/// Ids for things added to an account (a contact, a milestone, a note): made inside the core
/// from what the account already holds, so the same change on the same account gives the same
/// id — replaying it, or re-applying it on a colleague's newer copy, never duplicates.
public enum NewID {
    /// "<prefix><n>" with the first n from `taken.count + 1` that is not already used.
    public static func next(prefix: String, taken: [String]) -> String {
        let used = Set(taken)
        var n = taken.count + 1
        while used.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }

    /// An account id from its name: lower-case letters and digits joined by hyphens
    /// ("Alpen Hotels GmbH" → "alpen-hotels-gmbh"), made unique against `taken`.
    public static func account(named name: String, taken: Set<String>) -> String {
        var slug = ""
        for ch in name.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                slug.append(ch)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty { slug = "account" }
        slug = String(slug.prefix(40))
        guard taken.contains(slug) else { return slug }
        var n = 2
        while taken.contains("\(slug)-\(n)") { n += 1 }
        return "\(slug)-\(n)"
    }
}
