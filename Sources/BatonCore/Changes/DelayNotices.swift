import Foundation

/// Steps 3 and 4 of what to do when a condition is Not Met (000:144–146), recorded on the run
/// that did not clear: "Communicate to the Account Management team. They need to know there is a
/// delay, and why", and "Communicate to the customer ONLY if the delay affects them externally."
enum DelayNotices {
    static func record(_ notice: DelayNotice, at: Date, on account: Account,
                       context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        let today = context.today
        guard let i = account.readiness.runs.indices.last else {
            return .failure(ChangeRefusal("Refused: no assessment run is recorded — the delay follows a run that did not clear."))
        }
        let run = account.readiness.runs[i]
        if run.cleared {
            return .failure(ChangeRefusal("Refused: the run of \(run.on.iso) cleared the account — there is no delay to tell anyone of."))
        }
        guard notice.on <= today else { return .failure(ChangeRefusal("Refused: \(notice.on.iso) has not happened yet.")) }
        if notice.on < run.on {
            return .failure(ChangeRefusal("Refused: \(notice.on.iso) is before the run of \(run.on.iso) that found the delay."))
        }
        let note = RuleText.trimmed(notice.note)
        var kept = notice
        kept.note = note
        if notice.isNotNeeded {
            guard notice.audience == .customer else {
                return .failure(ChangeRefusal("Refused: the account-management team always needs to know there is a delay, and why — "
                                              + "so they can keep their own scheduling intact."))
            }
            guard !note.isEmpty else {
                return .failure(ChangeRefusal("Refused: say why the customer need not be told (the delay is internal and does not affect them)."))
            }
            kept.with = nil
        } else {
            guard let with = notice.with, !RuleText.isBlank(with) else {
                return .failure(ChangeRefusal("Refused: say who in \(notice.audience.title) was told."))
            }
            guard !note.isEmpty else {
                return .failure(ChangeRefusal("Refused: say what they were told — that there is a delay, and why."))
            }
            kept.with = RuleText.trimmed(with)
        }
        var after = account
        after.readiness.runs[i].notices.append(kept)
        guard let kind = kept.told, let with = kept.with else {
            return .success(ChangeOutcome(after, "\(account.name): the customer not told of the delay — \(note)"))
        }
        let loggedAt = context.now.wholeSeconds
        let id = NewID.next(prefix: "\(account.id)-interaction-", taken: account.interactions.map(\.id))
        let interaction = Interaction(id: id, kind: kind, happenedAt: min(at, loggedAt), loggedAt: loggedAt,
                                      summary: "Told \(notice.audience.title) of the readiness delay: \(note)", with: with)
        after.interactions.append(interaction)
        var summary = "\(account.name): \(notice.audience.title) told of the delay (\(kind.rawValue) with \(with), \(notice.on.iso))"
        if interaction.isLateLogged { summary += " — logged late, flagged" }
        return .success(ChangeOutcome(after, summary))
    }
}
