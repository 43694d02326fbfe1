import BatonCore
import Foundation

extension AppState {
    /// The first frame of a large store, drawn from its summary index before the portfolio is
    /// read: every account's row, counts and attention as the index holds them (the journal on
    /// top), and the selected account's panes from that one account, decoded from its bytes.
    /// Nil when that account's bytes do not match the index. Only drawn: keys wait until the
    /// whole portfolio is read and a state is made from it.
    public init?(preview: SummaryIndex.Preview, map: StoreDocumentMap, today: CalendarDate, now: Date, width: Int, height: Int,
                 storePath: String, saveStatus: SaveStatus) {
        self.init(portfolio: Portfolio(owner: preview.owner), today: today, now: now, width: width, height: height,
                  storePath: storePath, saveStatus: saveStatus)
        index = PortfolioIndex(summaries: preview.summaries, sort: sort, filter: filter, attentionOnly: attentionOnly)
        var preview = preview
        guard let first = index.rows.first else { return }
        // Every row on the first screen is checked against the document, not only the one decoded.
        for i in index.rows.prefix(max(height, 24)) where !preview.matches(i, map: map) { return nil }
        guard let selected = preview.account(at: first, map: map) else { return nil }
        // Only the selected account is drawn; the list draws from the summaries.
        portfolio.accounts = Array(repeating: selected, count: preview.summaries.count)
        resetAccountCursors()
    }
}
