/// The milestones named at kick-off: changes through the one door (`AccountChange`).
///
/// Condition 3 is derived from these: every change here sets what its rule reads — `addedOn`
/// when a milestone is added, `reopenedOn` when one is reopened — so a Met condition 3 goes stale
/// the moment the set it was judged on changes.
public enum MilestoneChange: Equatable, Sendable, Codable {
    case add(name: String, targetDate: CalendarDate)
    case edit(id: String, name: String, targetDate: CalendarDate)
    /// Completed on a day that is not in the future, with evidence of what shows it was achieved.
    case complete(id: String, on: CalendarDate, evidence: String)
    /// Back to open, dated today; the earlier evidence is kept for whoever completes it again.
    case reopen(id: String)

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        switch self {
        case .add(let name, let target):
            let name = RuleText.trimmed(name)
            guard !name.isEmpty else { return .failure(ChangeRefusal("Refused: a milestone needs a name — the outcome named at kick-off.")) }
            if let twin = account.milestones.first(where: { $0.name.lowercased() == name.lowercased() }) {
                return .failure(ChangeRefusal("Refused: “\(twin.name)” is already a milestone on \(account.name)."))
            }
            let id = NewID.next(prefix: "milestone-", taken: account.milestones.map(\.id))
            after.milestones.append(Milestone(id: id, name: name, targetDate: target, addedOn: context.today))
            return .success(ChangeOutcome(after, "\(account.name): milestone “\(name)” added, target \(target)\(Self.staleNote(account, context))"))

        case .edit(let id, let name, let target):
            guard let i = account.milestones.firstIndex(where: { $0.id == id }) else { return .failure(Self.gone(account)) }
            let name = RuleText.trimmed(name)
            guard !name.isEmpty else { return .failure(ChangeRefusal("Refused: a milestone needs a name — the outcome named at kick-off.")) }
            if let twin = account.milestones.first(where: { $0.id != id && $0.name.lowercased() == name.lowercased() }) {
                return .failure(ChangeRefusal("Refused: “\(twin.name)” is already a milestone on \(account.name)."))
            }
            after.milestones[i].name = name
            after.milestones[i].targetDate = target
            return .success(ChangeOutcome(after, "\(account.name): milestone “\(name)” edited, target \(target)"))

        case .complete(let id, let day, let evidence):
            guard let i = account.milestones.firstIndex(where: { $0.id == id }) else { return .failure(Self.gone(account)) }
            let milestone = account.milestones[i]
            if let done = milestone.completedOn {
                return .failure(ChangeRefusal("Refused: “\(milestone.name)” was already completed on \(done). Reopen it (o) to complete it again."))
            }
            guard !RuleText.isBlank(evidence) else {
                return .failure(ChangeRefusal("Refused: a milestone is completed with evidence — what shows “\(milestone.name)” was achieved."))
            }
            guard day <= context.today else {
                return .failure(ChangeRefusal("Refused: the completion date \(day) is in the future; a milestone is completed when it has been achieved."))
            }
            after.milestones[i].completedOn = day
            after.milestones[i].evidence = RuleText.trimmed(evidence)
            let open = after.milestones.filter { !$0.isCompletedWithEvidence }.count
            let rest = open == 0 ? "every kick-off milestone completed" : "\(RuleText.count(open, "milestone", "milestones")) still open"
            return .success(ChangeOutcome(after, "\(account.name): “\(milestone.name)” completed \(day) — \(rest)"))

        case .reopen(let id):
            guard let i = account.milestones.firstIndex(where: { $0.id == id }) else { return .failure(Self.gone(account)) }
            let milestone = account.milestones[i]
            guard milestone.completedOn != nil else {
                return .failure(ChangeRefusal("Refused: “\(milestone.name)” is not completed, so there is nothing to reopen."))
            }
            after.milestones[i].completedOn = nil
            after.milestones[i].reopenedOn = context.today
            return .success(ChangeOutcome(after, "\(account.name): “\(milestone.name)” reopened\(Self.staleNote(account, context))"))
        }
    }

    static func gone(_ account: Account) -> ChangeRefusal {
        ChangeRefusal("That milestone is no longer on \(account.name).")
    }

    /// Says so when the change undoes a Met condition 3: the lead should know at once.
    static func staleNote(_ account: Account, _ context: ChangeContext) -> String {
        account.readiness[.milestonesAchieved].status == .met ? " — condition 3's Met needs re-judging" : ""
    }
}
