/// The people on our side of the account.
public struct People: Codable, Hashable, Sendable {
    /// The day-to-day operator, and the primary owner during onboarding.
    public var onboardingCoordinator: String
    public var onboardingLead: String
    public var accountManager: String
    public var accountManagementDirector: String?
    /// Who owns the CRM record now: the coordinator until T-day, the account manager after.
    public var primaryOwner: String
    /// After T-day the onboarding lead stays secondary contact for 30 days, until this date.
    public var leadSecondaryContactUntil: CalendarDate?

    public init(onboardingCoordinator: String, onboardingLead: String, accountManager: String,
                accountManagementDirector: String? = nil, primaryOwner: String? = nil,
                leadSecondaryContactUntil: CalendarDate? = nil) {
        self.onboardingCoordinator = onboardingCoordinator
        self.onboardingLead = onboardingLead
        self.accountManager = accountManager
        self.accountManagementDirector = accountManagementDirector
        self.primaryOwner = primaryOwner ?? onboardingCoordinator
        self.leadSecondaryContactUntil = leadSecondaryContactUntil
    }
}
