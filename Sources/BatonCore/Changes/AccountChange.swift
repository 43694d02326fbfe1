import Foundation

/// One change to one account, as a value: what a lead means to do ("mark condition 4 Met with
/// this evidence", "close risk R with this note", "add contact"). The dashboard's forms and
/// meetings, the command line, an import and a shared database all build these and hand them to
/// `apply(to:context:)`, the one door: the domain's rules are written once, there, and hold
/// everywhere. Undo, the journal and a shared store's conflict handling work on the same values.
public enum AccountChange: Equatable, Sendable, Codable {
    /// The six readiness conditions: Met with evidence, Not Met with an action, cleared; runs.
    case readiness(ReadinessChange)
    /// The risk register and the open issues log.
    case register(RegisterChange)
    /// The timeline: ticks, moves, added steps, the T-day and the transition kind.
    case timeline(TimelineChange)
    /// Health, sentiment notes and the interaction log.
    case notes(NoteChange)
    /// Moves through the stages, with the gate and its override.
    case stage(StageChange)
    /// The T-day walkthrough: CRM areas, the five T-day changes, the first touchpoint.
    case transfer(TransferChange)
    /// Meetings recorded on the account and the 30-day review's decisions.
    case meeting(MeetingChange)
    /// Identity, contract, our people, transition kind and planning.
    case profile(ProfileChange)
    /// The customer's contacts.
    case contacts(ContactChange)
    /// The milestones named at kick-off.
    case milestones(MilestoneChange)
    /// The five components of the onboarding exit.
    case exit(ExitChange)
    /// The handover document's eight sections.
    case handover(HandoverChange)
    /// Archiving and restoring.
    case archive(ArchiveChange)
    /// Values from a CRM export, on an account already in the portfolio (`baton import`).
    case crm(CRMChange)

    /// The one door: the account after the change, with a sentence in the domain's words — or
    /// the reason it is refused. Pure: the day, the time and who is acting come in `context`.
    public func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        // The bounds on what comes in hold for every change, whichever surface built it.
        if let refusal = InputLimits.refusalForOversizedText(in: self) { return .failure(refusal) }
        let outcome = applyRules(to: account, context: context)
        if case .success(let done) = outcome, done.account.name != account.name,
           case .failure(let refusal) = AccountName.check(done.account.name) {
            return .failure(refusal)
        }
        return outcome
    }

    private func applyRules(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        switch self {
        case .readiness(let change): change.apply(to: account, context: context)
        case .register(let change): change.apply(to: account, context: context)
        case .timeline(let change): change.apply(to: account, context: context)
        case .notes(let change): change.apply(to: account, context: context)
        case .stage(let change): change.apply(to: account, context: context)
        case .transfer(let change): change.apply(to: account, context: context)
        case .meeting(let change): change.apply(to: account, context: context)
        case .profile(let change): change.apply(to: account, context: context)
        case .contacts(let change): change.apply(to: account, context: context)
        case .milestones(let change): change.apply(to: account, context: context)
        case .exit(let change): change.apply(to: account, context: context)
        case .handover(let change): change.apply(to: account, context: context)
        case .archive(let change): change.apply(to: account, context: context)
        case .crm(let change): change.apply(to: account, context: context)
        }
    }
}

/// What a change is applied against: the day and the lead's time zone, the moment, and who
/// is making it. Nothing inside the door reads the clock or the environment.
public struct ChangeContext: Equatable, Sendable {
    public var today: CalendarDate
    public var now: Date
    /// The person making the change (the portfolio's owner in the dashboard).
    public var by: String
    /// The lead's time zone: a time of day in a summary is said in it, and a day typed without a
    /// time counts from noon in it.
    public var timeZone: TimeZone

    public init(today: CalendarDate, now: Date, by: String = "", timeZone: TimeZone) {
        self.today = today
        self.now = now
        self.by = by
        self.timeZone = timeZone
    }
}

/// A change that went through: the account after it, and what happened in a sentence.
public struct ChangeOutcome: Equatable, Sendable {
    public var account: Account
    public var summary: String

    public init(_ account: Account, _ summary: String) {
        self.account = account
        self.summary = summary
    }
}

/// Why a change was not made, in the domain's words, for a person to act on.
public struct ChangeRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
