import Foundation

/// Who was told that the transition waits on a Not Met condition, or why the customer need not
/// be (000:144–146): the account-management team always, "so they can keep their own scheduling
/// intact"; the customer only if the delay affects them externally.
public struct DelayNotice: Codable, Hashable, Sendable {
    public enum Audience: String, Codable, CaseIterable, Sendable {
        case accountManagement = "account-management"
        case customer

        public var title: String {
            switch self {
            case .accountManagement: "the account-management team"
            case .customer: "the customer"
            }
        }
    }

    public var audience: Audience
    /// How they were told; nil when telling them was not needed (the customer only).
    public var told: Interaction.Kind?
    /// Who was told (nil when not needed).
    public var with: String?
    public var on: CalendarDate
    /// What they were told (the delay and why), or why telling them is not needed.
    public var note: String

    public init(audience: Audience, told: Interaction.Kind?, with: String?, on: CalendarDate, note: String) {
        self.audience = audience
        self.told = told
        self.with = with
        self.on = on
        self.note = note
    }

    public var isNotNeeded: Bool { told == nil }
}
