import Foundation

/// A call, email, meeting or message with the customer, and when it was written down.
public struct Interaction: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Sendable { case call, email, meeting, message }

    public var id: String
    public var kind: Kind
    public var happenedAt: Date
    public var loggedAt: Date
    public var summary: String
    public var with: String

    public init(id: String, kind: Kind, happenedAt: Date, loggedAt: Date, summary: String, with: String = "") {
        self.id = id
        self.kind = kind
        self.happenedAt = happenedAt
        self.loggedAt = loggedAt
        self.summary = summary
        self.with = with
    }
}
