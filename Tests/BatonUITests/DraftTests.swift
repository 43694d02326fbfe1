import Foundation
import Testing
import BatonCore
@testable import BatonUI

@Suite("Drafts: what is typed and not saved is kept and offered back")
struct DraftTests {
    static func meetingWithNotes() -> AppState {
        var state = OtherMeetingsTests.meeting(.internalHandover, on: "northwind")
        _ = OtherMeetingsTests.press([.enter, .paste("Graham Holt decides; Lisa Chen does the work."), .escape, .tab], &state)
        return state
    }

    /// The state as the next session opens it: the same portfolio, nothing open, the drafts found.
    static func reopened(with drafts: [Draft], from state: AppState) -> AppState {
        var next = DemoState.make(width: 100, height: 30)
        next.portfolio = state.portfolio
        next.selectedRow = next.index.row(ofAccount: "northwind")!
        next.resetAccountCursors()
        _ = Update.apply(.draftsFound(drafts), to: &next)
        return next
    }

    /// Through the drafts file's encoding, as a kill and a restart would take it.
    static func throughTheFile(_ draft: Draft) throws -> Draft {
        var kept = draft
        kept.savedAt = DemoState.now
        let data = try DraftBook(storeID: "store-1", drafts: [kept]).encoded()
        return try #require(DraftBook.decoded(data, storeID: "store-1")?.drafts.first)
    }

    @Test("nothing typed, no draft: opening a form or a meeting is not work yet")
    func nothingTyped() {
        #expect(OtherMeetingsTests.meeting(.internalHandover, on: "northwind").draft == nil)
        #expect(DemoState.press([.char("2"), .char("m")], on: DemoState.make(width: 100, height: 30)).draft == nil)
    }

    @Test("a meeting's typed notes are the draft, and survive the drafts file whole")
    func meetingDraft() throws {
        let state = Self.meetingWithNotes()
        let draft = try #require(state.draft)
        #expect(draft.key == "meeting northwind internalHandover")
        #expect(try Self.throughTheFile(draft).content == draft.content)
    }

    @Test("on the next open the draft is offered in the hint bar, and U reopens the meeting as it was left")
    func offeredAndReopened() throws {
        let before = Self.meetingWithNotes()
        let draft = try Self.throughTheFile(try #require(before.draft))
        var state = Self.reopened(with: [draft], from: before)
        #expect(state.message?.hasPrefix("U reopens your unsaved draft: the internal handover meeting on Northwind Logistics") == true)
        state = DemoState.press([.char("U")], on: state)
        guard case .agendaMeeting(let m) = state.overlay else { Issue.record("the meeting was not reopened"); return }
        #expect(m.notes[0].text == "Graham Holt decides; Lisa Chen does the work.")
        #expect(m.current == 1)
        #expect(state.selectedAccount?.id == "northwind")
        #expect(state.pendingDrafts.isEmpty)
        #expect(state.message?.hasPrefix("Your draft is back") == true)
    }

    @Test("opening the same meeting again brings the draft back instead of an empty one")
    func sameMeetingAgain() throws {
        let before = Self.meetingWithNotes()
        let draft = try Self.throughTheFile(try #require(before.draft))
        var state = Self.reopened(with: [draft], from: before)
        state = DemoState.press([.char("M"), .char("1")], on: state)
        guard case .agendaMeeting(let m) = state.overlay else { Issue.record("no meeting"); return }
        #expect(m.notes[0].text == "Graham Holt decides; Lisa Chen does the work.")
    }

    @Test("a form's typed text is the draft; reopened, it submits through the core like the original")
    func formDraft() throws {
        let before = DemoState.press([.char("x"), .paste("Successor trained and")], on: RiskRegisterTests.on("northwind"))
        let draft = try Self.throughTheFile(try #require(before.draft))
        var state = Self.reopened(with: [draft], from: before)
        state = DemoState.press([.char("U"), .paste(" signed off by Graham Holt"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let closed = state.portfolio.account(id: "northwind")?.risks.first { $0.status == .closed }
        #expect(closed?.resolution == "Successor trained and signed off by Graham Holt")
    }

    @Test("a draft for an account no longer in the portfolio is not offered")
    func goneAccount() throws {
        let draft = try Self.throughTheFile(try #require(Self.meetingWithNotes().draft))
        var state = DemoState.make(width: 100, height: 30)
        state.portfolio.remove(accountID: "northwind")
        _ = Update.apply(.draftsFound([draft]), to: &state)
        #expect(state.pendingDrafts.isEmpty && state.message == nil)
    }

    @Test("drafts kept beside another store are not read as this one's")
    func otherStore() throws {
        let data = try DraftBook(storeID: "store-1", drafts: []).encoded()
        #expect(DraftBook.decoded(data, storeID: "store-2") == nil)
    }
}

@Suite("A read-only second copy")
struct ReadOnlyCopyTests {
    static func readOnly() -> AppState {
        var state = DemoState.make(width: 100, height: 30)
        state.saveStatus = .readOnly("another baton (pid 4242) has this store open; opened read-only")
        return state
    }

    @Test("the store read again keeps the cursor on the same account and shows what the other copy changed")
    func followsKeepingTheCursor() throws {
        var state = Self.readOnly()
        state.selectedRow = try #require(state.index.row(ofAccount: "acct-hokuto"))
        var newer = state.portfolio
        var hokuto = try #require(newer.account(id: "acct-hokuto"))
        hokuto.health = Health(rating: .red, rationale: "Paper charts back on line 2", setOn: DemoState.today)
        newer.upsert(hokuto)
        newer.remove(accountID: "northwind")
        _ = Update.apply(.storeFollowed(newer), to: &state)
        #expect(state.selectedAccount?.id == "acct-hokuto")
        #expect(state.selectedAccount?.health.rating == .red)
        #expect(state.portfolio.account(id: "northwind") == nil)
        #expect(!AppView.render(state).text.contains("Northwind"))
    }

    @Test("following a commit or two moves only those accounts, and lists exactly what the store read afresh would")
    func followsOnlyWhatChanged() throws {
        var state = Self.readOnly()
        var newer = state.portfolio
        var hokuto = try #require(newer.account(id: "acct-hokuto"))
        hokuto.health = Health(rating: .red, rationale: "Paper charts back on line 2", setOn: DemoState.today)
        newer.upsert(hokuto)
        var added = hokuto
        added.id = "acct-hokuto-east"
        added.identity.name = "Hokuto East"
        newer.upsert(added)
        let changed = try #require(AppState.changedAccounts(from: state.portfolio, to: newer))
        #expect(changed.map(\.id) == ["acct-hokuto", "acct-hokuto-east"])
        _ = Update.apply(.storeFollowed(newer), to: &state)
        let fresh = PortfolioIndex(portfolio: newer, today: state.today, sort: state.sort, filter: state.filter,
                                   attentionOnly: state.attentionOnly, showArchived: state.index.showArchived, scope: state.index.scope)
        #expect(state.index.rows.map { state.index.summaries[$0].id } == fresh.rows.map { fresh.summaries[$0].id })
        #expect(state.index.summaries == fresh.summaries)
        #expect(state.index.stageCounts == fresh.stageCounts)
        // A portfolio in another order, or shorter, is not a commit or two: it is summarised afresh.
        var shorter = newer
        shorter.remove(accountID: "northwind")
        #expect(AppState.changedAccounts(from: newer, to: shorter) == nil)
        var reordered = newer
        reordered.accounts.reverse()
        #expect(AppState.changedAccounts(from: newer, to: reordered) == nil)
    }

    @Test("a meeting is not started on a read-only copy: it says why before anything is typed")
    func noWorkStarted() {
        for key in [KeyEvent.char("r"), .char("M"), .char("t")] {
            let state = DemoState.press([key], on: Self.readOnly())
            #expect(state.overlay == nil, "\(key)")
            #expect(state.message?.hasPrefix("Not started — the store is read-only: another baton (pid 4242)") == true)
        }
    }
}
