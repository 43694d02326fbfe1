@testable import BatonCore
import Foundation
import Testing
@testable import BatonUI

/// Issue 24, part 1: keys act at the first frame of a large store, drawn from its summary index
/// while the rest is read. What they show must be what the same keys show once every account is
/// read, and what needs every account waits, visibly, and is carried out then.
@Suite("Keys at the first frame of a large store")
struct FirstFrameKeysTests {
    static let today = SummaryIndexTests.today
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// Keys that act from the index and the selected account: moving, panes, zoom, filter (typed
    /// letters and backspace), sort, the attention and archive views, help, the card and its tabs,
    /// past runs, the register's history and heat-map filter.
    static let acting: [KeyEvent] = [
        .char("j"), .char("j"), .char("k"), .down, .up, .pageDown, .pageUp, .home, .end, .tab, .backTab,
        .char("1"), .char("2"), .char("3"), .char("4"), .char("z"), .escape, .char("/"), .char("a"), .char("e"), .char("n"),
        .backspace, .enter, .char("s"), .char("X"), .char("w"), .char("?"), .char("R"), .char("H"), .char("f"), .char("]"),
        .char("["), .char("i"),
    ]
    /// Keys that need every account or change one: measures, search, agenda, team load, undo,
    /// meetings, export, a mark.
    static let waiting: [KeyEvent] = [.char("%"), .char("F"), .char("A"), .char("P"), .char("u"), .char("M"), .char("m"), .char(">")]

    /// A store written by the store itself, its index written, then one account changed in the
    /// journal (not folded in): the first frame takes that one from the journal.
    static func fixture(accounts: Int) throws -> SummaryIndexTests.Fixture {
        let fixture = try SummaryIndexTests.Fixture(accounts: accounts, seed: 24)
        try fixture.writeIndex()
        let store = try PortfolioStore.open(path: fixture.path, creatingWith: { Portfolio() })
        var account = store.portfolio.accounts[5]
        account.health.rating = account.health.rating == .red ? .green : .red
        try store.commit(account)
        store.foldOnCloseLimit = 0
        try store.close()
        return fixture
    }

    static func states(_ fixture: SummaryIndexTests.Fixture, width: Int, height: Int) throws -> (first: AppState, whole: AppState, portfolio: Portfolio) {
        let map = try #require(StoreDocumentMap.open(path: fixture.path))
        let preview = try #require(fixture.preview())
        return try states(map: map, preview: preview, portfolio: try StoreReader.read(path: fixture.path), width: width, height: height)
    }

    static func states(map: StoreDocumentMap, preview: SummaryIndex.Preview, portfolio: Portfolio, width: Int,
                       height: Int) throws -> (first: AppState, whole: AppState, portfolio: Portfolio) {
        let first = try #require(AppState(preview: preview, map: map, today: today, now: now, width: width, height: height,
                                          storePath: "p", saveStatus: .saved), "the index was not trusted")
        let whole = AppState(portfolio: portfolio, today: today, now: now, width: width, height: height, storePath: "p", saveStatus: .saved)
        return (first, whole, portfolio)
    }

    /// The screen as text and roles, every line but the hint bar (which says the store is being read).
    static func screen(_ state: AppState, hintBar: Bool) -> String {
        let grid = AppView.render(state)
        var out: [String] = []
        for y in 0..<(hintBar ? grid.height : grid.height - 1) {
            out.append(grid.rowText(y))
            out.append((0..<grid.width).map { x in
                let style = grid[x, y].style
                return "\(ScreenText.letters[style.role]!)\(style.bold ? "B" : "")\(style.selected ? "S" : "")"
            }.joined())
        }
        return out.joined(separator: "\n")
    }

    @Test("random key sequences at the first frame show the screens the same keys show once every account is read, and the same end")
    func sameScreens() throws {
        let fixture = try Self.fixture(accounts: 40)
        let map = try #require(StoreDocumentMap.open(path: fixture.path))
        let preview = try #require(fixture.preview())
        let read = try StoreReader.read(path: fixture.path)
        var rng = SplitMix64(seed: 2024)
        for run in 0..<24 {
            let (width, height) = run % 2 == 0 ? (100, 30) : (80, 24)
            var (first, whole, portfolio) = try Self.states(map: map, preview: preview, portfolio: read, width: width, height: height)
            #expect(Self.screen(first, hintBar: false) == Self.screen(whole, hintBar: false))
            var typed: [KeyEvent] = []
            for _ in 0..<rng.int(in: 5...30) {
                let key = rng.chance(8) ? rng.pick(Self.waiting) : rng.pick(Self.acting)
                typed.append(key)
                _ = Update.apply(.key(key), to: &first)
                _ = Update.apply(.key(key), to: &whole)
                // Until a key waits, every screen is the whole portfolio's, but for the hint bar's line.
                if first.loading?.waiting.isEmpty == true {
                    let same = Self.screen(first, hintBar: false) == Self.screen(whole, hintBar: false)
                    #expect(same, "run \(run), after \(typed.map(\.label))")
                    if !same { return }
                    #expect(first.message == whole.message)
                }
            }
            // Read whole: the waiting keys are carried out, and the screen is the same, hint bar and all.
            for key in first.finishLoading(portfolio) { _ = Update.apply(.key(key), to: &first) }
            #expect(first.loading == nil)
            let same = Self.screen(first, hintBar: true) == Self.screen(whole, hintBar: true)
            #expect(same, "run \(run), after \(typed.map(\.label))")
            if !same { return }
            #expect(first.selectedAccount == whole.selectedAccount)
            #expect(first.portfolio == whole.portfolio)
        }
    }

    @Test("moving at the first frame shows each account's own panes, decoded from its bytes, the journal's change included")
    func movingDecodes() throws {
        let fixture = try Self.fixture(accounts: 30)
        var (first, whole, portfolio) = try Self.states(fixture, width: 100, height: 30)
        for _ in 0..<29 {
            _ = Update.apply(.key(.char("j")), to: &first)
            _ = Update.apply(.key(.char("j")), to: &whole)
            #expect(first.loading?.waiting == [])
            #expect(first.selectedAccount == whole.selectedAccount)
            let id = try #require(first.selectedSummary?.id)
            #expect(first.selectedAccount == portfolio.accounts.first { $0.id == id })
        }
        // Only the accounts selected were decoded, not the portfolio.
        #expect(first.loading?.decoded.count == 30)
        _ = first.finishLoading(portfolio)
        #expect(Self.screen(first, hintBar: true) == Self.screen(whole, hintBar: true))
    }

    @Test("a key that needs every account waits, counted in the hint bar with the keys after it, and is carried out once read")
    func waitingKeys() throws {
        let fixture = try Self.fixture(accounts: 20)
        var (first, whole, portfolio) = try Self.states(fixture, width: 100, height: 30)
        #expect(AppView.render(first).rowText(29).contains("loading…"))
        _ = Update.apply(.key(.char("%")), to: &first)
        _ = Update.apply(.key(.char("j")), to: &first)
        #expect(first.loading?.waiting == [.char("%"), .char("j")])
        #expect(first.overlay == nil)
        #expect(first.selectedRow == 0)
        #expect(AppView.render(first).rowText(29).contains("2 keys waiting for every account"))
        for key in first.finishLoading(portfolio) { _ = Update.apply(.key(key), to: &first) }
        _ = Update.apply(.key(.char("%")), to: &whole)
        _ = Update.apply(.key(.char("j")), to: &whole)
        guard case .measures = first.overlay else {
            Issue.record("measures did not open once every account was read")
            return
        }
        #expect(Self.screen(first, hintBar: true) == Self.screen(whole, hintBar: true))
    }

    @Test("a change typed at the first frame (a mark, an edit in the card) waits: nothing is changed from the index alone")
    func changesWait() throws {
        let fixture = try Self.fixture(accounts: 20)
        var (first, _, _) = try Self.states(fixture, width: 100, height: 30)
        _ = Update.apply(.key(.enter), to: &first)
        guard case .accountCard = first.overlay else {
            Issue.record("the card did not open at the first frame")
            return
        }
        _ = Update.apply(.key(.char("3")), to: &first)
        #expect(first.loading?.waiting == [])
        let effects = Update.apply(.key(.char("e")), to: &first)
        #expect(effects.isEmpty)
        #expect(first.loading?.waiting == [.char("e")])
        _ = Update.apply(.key(.escape), to: &first)
        _ = Update.apply(.key(.char("m")), to: &first)
        #expect(first.loading?.waiting == [.char("e"), .escape, .char("m")])
    }

    @Test("with the store taken before it was read, a mark and a form on the selected account act at once, and show what they show once read")
    func changesActWhenJournalledAtOnce() throws {
        let fixture = try Self.fixture(accounts: 20)
        var (first, whole, _) = try Self.states(fixture, width: 100, height: 30)
        first.changesJournalledAtOnce()
        #expect(AppView.render(first).rowText(29).contains("keys and changes work"))
        var committed: [Account] = []
        // Condition 1 cleared, then the health form opened, typed into and saved.
        for key: KeyEvent in [.char("j"), .char("2"), .char("c"), .char("1"), .char("H")] {
            for effect in Update.apply(.key(key), to: &first) { if case .commit(let account) = effect { committed.append(account) } }
            _ = Update.apply(.key(key), to: &whole)
        }
        #expect(first.loading?.waiting == [])
        #expect(committed.count == 1 && committed.first?.id == first.selectedSummary?.id)
        #expect(committed.first?.readiness.conditions.first?.status == .unassessed)
        guard case .form = first.overlay else {
            Issue.record("the health form did not open at the first frame")
            return
        }
        let typed: [KeyEvent] = [.char("r"), .tab] + "budget review slipped".map { .char($0) } + [.ctrl("s")]
        for key in typed {
            for effect in Update.apply(.key(key), to: &first) { if case .commit(let account) = effect { committed.append(account) } }
            _ = Update.apply(.key(key), to: &whole)
        }
        #expect(committed.count == 2, "the form's change was handed over to be journalled")
        #expect(committed.last?.health.rationale == "budget review slipped")
        #expect(Self.screen(first, hintBar: false) == Self.screen(whole, hintBar: false))
        // What needs every account still waits: a new account is checked against every name.
        _ = Update.apply(.key(.char("1")), to: &first)
        _ = Update.apply(.key(.char("n")), to: &first)
        #expect(first.loading?.waiting == [.char("n")])
    }
}
