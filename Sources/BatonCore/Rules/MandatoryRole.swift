/// A role the joint transition meeting cannot do without, and who is expected in it: the
/// meeting on screen and a meeting recorded from the shell judge who was missing the same way.
public struct MandatoryRole: Equatable, Codable, Sendable {
    public var role: String
    public var name: String

    public init(role: String, name: String) {
        self.role = role
        self.name = name
    }

    /// The five roles of `MeetingAgenda.jointTransitionMandatoryRoles`, names taken from the account.
    public static func joint(for account: Account) -> [MandatoryRole] {
        let people = account.people
        let sponsor = account.contacts.first(where: \.isSponsor)?.name ?? ""
        let dayToDay = account.contacts.first(where: \.isDayToDay)?.name ?? ""
        let names = [sponsor, dayToDay, people.onboardingLead, people.onboardingCoordinator, people.accountManager]
        return zip(MeetingAgenda.jointTransitionMandatoryRoles, names).map { MandatoryRole(role: $0, name: $1) }
    }

    /// Who in `attendees` covers the role: the expected name, or the role written beside a name
    /// ("Ana (customer sponsor)"), case and accents aside.
    public func attendee(in attendees: [String]) -> String? {
        attendees.first { a in
            let folded = PersonName.fold(a)
            return (!name.isEmpty && folded.contains(PersonName.fold(name))) || folded.contains(PersonName.fold(role))
        }
    }

    /// The roles nobody in `attendees` covers.
    public static func missing(_ roles: [MandatoryRole], attendees: [String]) -> [String] {
        roles.filter { $0.attendee(in: attendees) == nil }.map(\.role)
    }
}
