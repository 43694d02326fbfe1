import BatonCore

/// One line of the history of the risk register or the open issues log: what happened to an
/// item, when, and the note that says why. The tidy-picture rule made visible: nothing that
/// left the open lists is gone.
struct RegisterHistoryEntry: Equatable, Sendable {
    enum Event: Equatable, Sendable {
        case riskMaterialised, riskClosed
        /// Likelihood, impact or review date changed, or kept open at the 30-day review: what moved.
        case riskChanged(String)
        case issueClosed, issueRecommitted(previousDeadline: CalendarDate?, newDeadline: CalendarDate)
        case issueRescoped(previousDescription: String?)
    }

    var itemID: String
    var event: Event
    var on: CalendarDate
    /// The risk's statement or the issue's description as it stands now.
    var title: String
    var note: String

    var label: String {
        switch event {
        case .riskMaterialised: "materialised"
        case .riskClosed: "closed"
        case .riskChanged: "re-rated"
        case .issueClosed: "closed"
        case .issueRecommitted: "re-committed"
        case .issueRescoped: "re-scoped"
        }
    }

    /// What the record kept: the old deadline or the old description.
    var kept: String? {
        switch event {
        case .issueRecommitted(let previous, let new):
            previous.map { "deadline \($0.iso) → \(new.iso)" }
        case .issueRescoped(let previous):
            previous.map { "was: \($0)" }
        case .riskChanged(let what):
            what
        default:
            nil
        }
    }
}

enum RegisterHistory {
    /// Closed and materialised risks, and every dated change of a risk's rating or review, newest
    /// first. A risk that materialised and was then closed shows once, closed, with both notes
    /// (the rule keeps them one under the other).
    static func risks(of account: Account) -> [RegisterHistoryEntry] {
        let changes = account.risks.flatMap { risk in
            risk.history.map { record in
                RegisterHistoryEntry(itemID: risk.id, event: .riskChanged(record.what), on: record.on,
                                     title: risk.statement, note: record.note)
            }
        }
        return (changes + account.risks.compactMap { risk -> RegisterHistoryEntry? in
            let event: RegisterHistoryEntry.Event
            switch risk.status {
            case .open: return nil
            case .materialised: event = .riskMaterialised
            case .closed: event = .riskClosed
            }
            return RegisterHistoryEntry(itemID: risk.id, event: event, on: risk.resolvedOn ?? risk.raisedOn,
                                        title: risk.statement, note: risk.resolution ?? "")
        })
        .newestFirst()
    }

    /// Every disposition of every open issue — closes, re-commits, re-scopes — newest first.
    static func issues(of account: Account) -> [RegisterHistoryEntry] {
        account.openIssues.flatMap { issue in
            issue.dispositions.enumerated().map { i, record -> RegisterHistoryEntry in
                let event: RegisterHistoryEntry.Event
                switch record.disposition {
                case .closed:
                    event = .issueClosed
                case .recommitted:
                    // The deadline this re-commit set: the next re-commit's "previous", or the current one.
                    let later = issue.dispositions[(i + 1)...].first { $0.disposition == .recommitted }
                    event = .issueRecommitted(previousDeadline: record.previousDeadline,
                                              newDeadline: later?.previousDeadline ?? issue.deadline)
                case .rescoped:
                    event = .issueRescoped(previousDescription: record.previousDescription)
                }
                return RegisterHistoryEntry(itemID: issue.id, event: event, on: record.on,
                                            title: issue.description, note: record.note)
            }
        }
        .newestFirst()
    }
}

private extension Array where Element == RegisterHistoryEntry {
    /// Newest first; on the same day the later record first, so the order never shuffles.
    func newestFirst() -> [RegisterHistoryEntry] {
        enumerated().sorted { a, b in
            a.element.on != b.element.on ? a.element.on > b.element.on : a.offset > b.offset
        }.map(\.element)
    }
}
