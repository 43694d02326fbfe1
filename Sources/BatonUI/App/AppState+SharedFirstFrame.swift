import BatonCore
import Foundation

extension AppState {
    /// A shared portfolio's first frame on a machine whose copy is not filled yet, drawn from the
    /// summaries the database serves: every account's row, counts and attention, and the
    /// selected account's panes from that one account's document (`account`, fetched for it).
    /// Nil when that document cannot be had. Only drawn: keys wait until the copy is filled.
    public init?(summaries: [AccountSummary], owner: String, today: CalendarDate, now: Date, width: Int, height: Int,
                 storePath: String, saveStatus: SaveStatus, account: (String) -> Account?) {
        self.init(portfolio: Portfolio(owner: owner), today: today, now: now, width: width, height: height,
                  storePath: storePath, saveStatus: saveStatus)
        index = PortfolioIndex(summaries: summaries, sort: sort, filter: filter, attentionOnly: attentionOnly)
        guard let first = index.rows.first else { return }
        guard let selected = account(summaries[first].id) else { return nil }
        // Only the selected account is drawn; the list draws from the summaries (as a large local store's first frame).
        portfolio.accounts = Array(repeating: selected, count: summaries.count)
        resetAccountCursors()
    }
}
