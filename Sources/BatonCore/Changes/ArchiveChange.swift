import Foundation

/// Archiving and restoring an account: it left the portfolio (churned, moved to another lead,
/// done) or came back. An archived account is kept whole, history and all: never deleted.
public enum ArchiveChange: Equatable, Sendable, Codable {
    /// Takes the account out of the portfolio view, with why and a note.
    case archive(reason: Archival.Reason, note: String)
    /// Brings an archived account back into the portfolio, as it was.
    case restore

    func apply(to account: Account, context: ChangeContext) -> Result<ChangeOutcome, ChangeRefusal> {
        var after = account
        switch self {
        case .archive(let reason, let note):
            if let archived = account.archived {
                return .failure(ChangeRefusal("\(account.name) is already archived (\(archived.reason.title.lowercased()), "
                                              + "\(archived.on.iso)): restore it first."))
            }
            after.archived = Archival(reason: reason, note: note.trimmingCharacters(in: .whitespacesAndNewlines),
                                      on: context.today)
            return .success(ChangeOutcome(after, "\(account.name) archived: \(reason.title.lowercased()) — kept, X lists archived accounts"))
        case .restore:
            guard account.archived != nil else {
                return .failure(ChangeRefusal("\(account.name) is not archived: it is already in the portfolio."))
            }
            after.archived = nil
            return .success(ChangeOutcome(after, "\(account.name) restored to the portfolio"))
        }
    }
}
