import BatonCore
import Foundation

/// Text typed into a form or a meeting and not yet saved, as the runtime keeps it beside the
/// store while it is typed, and offers back the next time Baton opens: the open form or meeting
/// itself, prefilled exactly as it was left.
public struct Draft: Codable, Equatable, Sendable {
    public enum Content: Codable, Equatable, Sendable {
        /// A form on its own, or one opened inside the readiness meeting or the walkthrough
        /// (it reopens on its own: its submission is the same change).
        case form(FormState)
        case agendaMeeting(AgendaMeeting)
        /// A form of the account card: it reopens on the card.
        case cardForm(FormState)
    }

    public var accountID: String
    public var content: Content
    /// When it was last written; set by the runtime.
    public var savedAt: Date?

    public init(accountID: String, content: Content, savedAt: Date? = nil) {
        self.accountID = accountID
        self.content = content
        self.savedAt = savedAt
    }

    /// What it is for: the account and the form's purpose or the meeting's kind. Opening the same
    /// thing again brings the draft back.
    public var key: String { Self.key(accountID: accountID, content) }

    static func key(accountID: String, _ content: Content) -> String {
        switch content {
        case .form(let form), .cardForm(let form): "form \(accountID) \(form.purpose)"
        case .agendaMeeting(let m): "meeting \(accountID) \(m.kind.rawValue)"
        }
    }

    /// "the internal handover meeting", "Close risk" — for the offer.
    public var title: String {
        switch content {
        case .form(let form), .cardForm(let form): "“\(form.title)”"
        case .agendaMeeting(let m): "the \(m.kind.title.lowercased())"
        }
    }
}

/// The drafts file's contents: the store they belong to, and each draft kept.
public struct DraftBook: Codable, Equatable, Sendable {
    /// The store's identity: drafts beside another store (copied, restored) are not offered.
    public var storeID: String
    public var drafts: [Draft]

    public init(storeID: String, drafts: [Draft] = []) {
        self.storeID = storeID
        self.drafts = drafts
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// The book in `data`, when it is one and belongs to this store; nil otherwise.
    public static func decoded(_ data: Data, storeID: String) -> DraftBook? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let book = try? decoder.decode(DraftBook.self, from: data), book.storeID == storeID else { return nil }
        return book
    }
}

extension AgendaMeeting {
    /// Something was written: notes, commitments, a skip's reason, a decision's form.
    var hasTypedText: Bool {
        notes.contains { !$0.isBlank } || !commitments.isBlank || !skipped.isEmpty || (form?.hasTypedText ?? false)
    }
}

extension AppState {
    /// What is typed on screen and not yet saved, for the runtime to keep; nil when nothing is.
    public var draft: Draft? {
        switch overlay {
        case .form(let form) where form.hasTypedText:
            return Draft(accountID: form.accountID, content: .form(form))
        case .agendaMeeting(let m) where m.hasTypedText:
            return Draft(accountID: m.accountID, content: .agendaMeeting(m))
        case .meeting(let meeting):
            return meeting.form.flatMap { $0.hasTypedText ? Draft(accountID: $0.accountID, content: .form($0)) : nil }
        case .walkthrough(let walkthrough):
            return walkthrough.form.flatMap { $0.hasTypedText ? Draft(accountID: $0.accountID, content: .form($0)) : nil }
        case .accountCard(let card):
            return card.form.flatMap { $0.hasTypedText ? Draft(accountID: $0.accountID, content: .cardForm($0)) : nil }
        default:
            return nil
        }
    }

    /// The key a draft of what is open would have, typed into or not.
    var openDraftKey: String? {
        switch overlay {
        case .form(let form): Draft.key(accountID: form.accountID, .form(form))
        case .agendaMeeting(let m): Draft.key(accountID: m.accountID, .agendaMeeting(m))
        case .meeting(let meeting): meeting.form.map { Draft.key(accountID: $0.accountID, .form($0)) }
        case .walkthrough(let walkthrough): walkthrough.form.map { Draft.key(accountID: $0.accountID, .form($0)) }
        case .accountCard(let card): card.form.map { Draft.key(accountID: $0.accountID, .cardForm($0)) }
        default: nil
        }
    }

    /// Drafts found beside the store when Baton opened: those for accounts still in the
    /// portfolio are kept to offer, the newest first, and the hint bar says so.
    mutating func found(_ drafts: [Draft]) {
        pendingDrafts = drafts.filter { portfolio.account(id: $0.accountID) != nil }
            .sorted { ($0.savedAt ?? .distantPast) > ($1.savedAt ?? .distantPast) }
        guard let newest = pendingDrafts.first, let account = portfolio.account(id: newest.accountID) else { return }
        let more = pendingDrafts.count > 1 ? " (and \(pendingDrafts.count - 1) more)" : ""
        message = "U reopens your unsaved draft: \(newest.title) on \(account.name)\(age(newest))\(more)"
    }

    private func age(_ draft: Draft) -> String {
        guard let saved = draft.savedAt else { return "" }
        let minutes = Int(now.timeIntervalSince(saved) / 60)
        return minutes < 1 ? ", just now" : minutes < 120 ? ", \(minutes) min ago" : minutes < 48 * 60 ? ", \(minutes / 60) h ago" : ", \(minutes / 1440) days ago"
    }

    /// U: the newest draft kept from last time, reopened as it was left. Nothing is saved until
    /// the lead saves it; Esc (and y) throws it away.
    mutating func reopenDraft() -> [Effect] {
        guard !pendingDrafts.isEmpty else {
            message = "No draft kept from last time."
            return []
        }
        restore(pendingDrafts.removeFirst())
        return []
    }

    /// Opening what a kept draft was for (the same form on the same item, the same meeting on
    /// the same account) brings the draft back instead of an empty one.
    mutating func offerDraftIfReopened() {
        guard !pendingDrafts.isEmpty, draft == nil, let key = openDraftKey,
              let i = pendingDrafts.firstIndex(where: { $0.key == key }) else { return }
        restore(pendingDrafts.remove(at: i))
    }

    private mutating func restore(_ kept: Draft) {
        guard let account = portfolio.account(id: kept.accountID) else {
            message = "The draft's account is no longer in the portfolio."
            return
        }
        select(kept.accountID)
        switch kept.content {
        case .form(let form):
            overlay = .form(form)
        case .agendaMeeting(var m):
            m.phase = .running
            overlay = .agendaMeeting(m)
        case .cardForm(let form):
            var card = AccountCard(accountID: kept.accountID)
            card.form = form
            overlay = .accountCard(card)
        }
        message = "Your draft is back: \(kept.title) on \(account.name)\(age(kept)) — nothing is saved until you save it"
    }
}
