import Foundation
import BatonCore

/// `F`: search all of every account's text, not just names — contacts, risks, issues, notes,
/// meeting notes, evidence — with where each match is; Enter goes there.
public struct SearchEverything: Equatable, Sendable {
    /// One match: which account, where on it, and the words around the match.
    public struct Hit: Equatable, Sendable {
        public var accountID: String
        public var accountName: String
        public var place: TextPlace
        public var snippet: String
    }

    public var query = ""
    public var cursor = 0
    public private(set) var hits: [Hit] = []
    /// More matched than are listed.
    public private(set) var truncated = false

    public static let limit = 300

    public init() {}

    /// Finds `query` (every word, ignoring case and accents) in the accounts' text, in portfolio order.
    mutating func search(_ accounts: [Account]) {
        cursor = 0
        hits = []
        truncated = false
        let words = query.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]
        for account in accounts {
            for place in account.textPlaces {
                guard words.allSatisfy({ place.text.range(of: $0, options: options) != nil }) else { continue }
                guard hits.count < Self.limit else {
                    truncated = true
                    return
                }
                let range = place.text.range(of: words[0], options: options)!
                hits.append(Hit(accountID: account.id, accountName: account.name, place: place,
                                snippet: Self.snippet(place.text, around: range)))
            }
        }
    }

    /// The match with a few words either side, on one line.
    static func snippet(_ text: String, around range: Range<String.Index>) -> String {
        let before = text[..<range.lowerBound].suffix(24)
        let after = text[range.upperBound...].prefix(60)
        let flat = (before.count == 24 ? "…" : "") + before + text[range] + after + (after.count == 60 ? "…" : "")
        return String(flat.map { $0.isNewline ? " " : $0 })
    }
}
