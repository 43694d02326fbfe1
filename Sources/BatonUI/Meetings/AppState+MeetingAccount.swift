import BatonCore

extension AppState {
    /// The account a meeting or the walkthrough is held on, found where the index says it sits
    /// (a scan of 10,000 accounts on every key otherwise); nil, with the overlay closed, once it
    /// has left the portfolio (another writer removed it). The three meetings' keys start here.
    mutating func meetingAccount(_ id: String) -> Account? {
        if let account = portfolio.account(id: id, hint: index.position(of: id)) { return account }
        overlay = nil
        return nil
    }
}
