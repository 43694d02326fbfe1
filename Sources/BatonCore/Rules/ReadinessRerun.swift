/// The Not Met loop (000:134–148): "the assessment is re-run only when that action has been
/// completed". A condition whose action is done waits for its re-run; the timeline carries a
/// step for it, so it stands in the portfolio agenda (and the calendar) until the condition is
/// marked again.
public enum ReadinessRerun {
    public static func templateKey(_ condition: ReadinessCondition) -> String { "readiness-rerun-\(condition.number)" }

    /// The conditions whose named action is done and which have not been re-assessed since.
    public static func waiting(in account: Account) -> [ReadinessCondition] {
        account.readiness.conditions.filter { mark in
            mark.status == .notMet && mark.action?.doneOn != nil
        }.map(\.condition)
    }

    /// Keeps a re-run step on the timeline for each condition waiting for one: added, dated the
    /// day the action was done. A step no longer needed is ticked done on `reassessedOn` (the day
    /// the condition was marked again), or dropped when no day is given (a rebuilt timeline) —
    /// unless the lead already ticked or moved it.
    public static func follow(_ account: inout Account, reassessedOn day: CalendarDate? = nil) {
        let waiting = waiting(in: account)
        for condition in ReadinessCondition.allCases {
            let key = templateKey(condition)
            let existing = account.timeline.firstIndex { $0.templateKey == key && $0.doneOn == nil }
            if waiting.contains(condition), let done = account.readiness[condition].action?.doneOn {
                // One step per done action: a step the lead ticked since the action was done stands for it.
                let ticked = account.timeline.contains { $0.templateKey == key && ($0.doneOn.map { $0 >= done } ?? false) }
                guard existing == nil, !ticked else { continue }
                account.timeline.append(TimelineItem(
                    id: NewID.next(prefix: TimelineTemplate.itemID(key: key) + "-", taken: account.timeline.map(\.id)),
                    title: "Re-run condition \(condition.number) (\(condition.title)): its action is done",
                    offsetDays: account.tDay.days(until: done), due: done, templateKey: key))
            } else if let i = existing {
                if let day {
                    account.timeline[i].doneOn = day
                } else if !account.timeline[i].moved {
                    account.timeline.remove(at: i)
                }
            }
        }
        account.timeline = TimelineChange.inDateOrder(account.timeline)
    }
}
