@testable import BatonCore
import Foundation
import Testing
@testable import BatonUI

/// Issue 24, part 3: a shared portfolio opened on a new machine draws its first frame from the
/// summaries the database serves and fills the local copy behind it. Keys act at that frame as at
/// a large local store's: an account's document is fetched when it is selected (and only then, if
/// the fill has not brought it), and what needs every account waits for the copy.
@Suite("Keys at a shared portfolio's first frame, while the copy fills")
struct SharedFirstFrameKeysTests {
    static let today = SummaryIndexTests.today
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// The database as the first frame sees it: each document fetched alone, counted.
    final class Database: @unchecked Sendable {
        let portfolio: Portfolio
        private let lock = NSLock()
        private(set) var fetched: [String] = []

        init(accounts: Int) {
            portfolio = SyntheticPortfolio.make(accounts: accounts, seed: 31, today: SharedFirstFrameKeysTests.today,
                                                now: SharedFirstFrameKeysTests.now)
        }

        var summaries: [AccountSummary] { portfolio.accounts.map { AccountSummary(account: $0, today: SharedFirstFrameKeysTests.today) } }

        func document(at i: Int) -> Account? {
            lock.lock()
            defer { lock.unlock() }
            fetched.append(portfolio.accounts[i].id)
            return portfolio.accounts[i]
        }
    }

    static func states(_ database: Database) throws -> (first: AppState, whole: AppState) {
        var first = try #require(AppState(summaries: database.summaries, owner: database.portfolio.owner,
                                          source: AccountSource { database.document(at: $0) }, today: today, now: now,
                                          width: 80, height: 24, storePath: "lead on postgres://db", saveStatus: .copying))
        first.copyingProgress(copied: 0, needed: database.portfolio.accounts.count, seconds: 0.4)
        // As SharedFirstOpen starts it: a change goes to the outbox at once, into the copy once it is open.
        first.changesJournalledAtOnce()
        let whole = AppState(portfolio: database.portfolio, today: today, now: now, width: 80, height: 24,
                             storePath: "lead on postgres://db", saveStatus: .copying)
        return (first, whole)
    }

    @Test("moving at the first frame fetches each selected account's document once, and shows what the filled copy shows")
    func movingFetchesTheSelectedOnly() throws {
        let database = Database(accounts: 40)
        var (first, whole) = try Self.states(database)
        #expect(database.fetched.count == 1, "the first frame fetched the selected account alone")
        for key: KeyEvent in [.char("j"), .char("j"), .char("j"), .char("k"), .char("G")] {
            _ = Update.apply(.key(key), to: &first)
            _ = Update.apply(.key(key), to: &whole)
            #expect(first.loading?.waiting == [])
            #expect(first.selectedAccount == whole.selectedAccount)
            #expect(FirstFrameKeysTests.screen(first, hintBar: false) == FirstFrameKeysTests.screen(whole, hintBar: false))
        }
        // Back on an account already fetched: not fetched again.
        #expect(Set(database.fetched).count == database.fetched.count)
        #expect(database.fetched.count == 5, "the first account and the four others selected, not the portfolio")
    }

    @Test("the hint bar says how far the copy has come, at 80 columns with the keys waiting still in view")
    func hintBarCountsTheCopy() throws {
        let database = Database(accounts: 20)
        var (first, _) = try Self.states(database)
        first.copyingProgress(copied: 5, needed: 20, seconds: 1.2)
        #expect(AppView.render(first).rowText(23).contains("copying… 25% (5 of 20, 1.2 s)"))
        _ = Update.apply(.key(.char("%")), to: &first)
        _ = Update.apply(.key(.char("j")), to: &first)
        let line = AppView.render(first).rowText(23)
        #expect(line.contains("2 keys waiting"), "cut off at 80 columns: \(line)")
        first.copyingProgress(copied: 20, needed: 20, seconds: 3)
        #expect(AppView.render(first).rowText(23).contains("copying… (all 20 in, writing the copy, 3.0 s)"))
    }

    @Test("a change to the selected account acts at once and is handed over to be shared; what needs every account waits for the copy")
    func changesActKeysForEveryAccountWait() throws {
        let database = Database(accounts: 20)
        var (first, whole) = try Self.states(database)
        _ = Update.apply(.key(.char("2")), to: &first)
        _ = Update.apply(.key(.char("2")), to: &whole)
        first.sharedBy = "Sarah Khan"
        whole.sharedBy = "Sarah Khan"
        let effects = Update.apply(.key(.char("c")), to: &first)
        _ = Update.apply(.key(.char("c")), to: &whole)
        #expect(effects.contains { if case .share = $0 { true } else { false } }, "the change itself, for the outbox")
        #expect(effects.contains { if case .commit = $0 { true } else { false } }, "the account after it, for the copy")
        _ = Update.apply(.key(.char("%")), to: &first)
        #expect(first.loading?.waiting == [.char("%")])
        for key in first.finishLoading(whole.portfolio) { _ = Update.apply(.key(key), to: &first) }
        _ = Update.apply(.key(.char("%")), to: &whole)
        #expect(first.loading == nil)
        #expect(FirstFrameKeysTests.screen(first, hintBar: true) == FirstFrameKeysTests.screen(whole, hintBar: true))
    }
}
