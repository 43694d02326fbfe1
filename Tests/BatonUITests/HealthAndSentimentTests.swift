import Foundation
import Testing
import BatonCore
@testable import BatonUI

/// Keeping the picture true on an account: health with its rationale, the sponsor's sentiment,
/// and interactions logged on time — driven through update from the portfolio, as a lead types.
@Suite("Health, sentiment and the interaction log")
struct HealthAndSentimentTests {
    /// The demo with `id` selected on the portfolio.
    static func on(_ id: String, saveStatus: SaveStatus = .saved) -> AppState {
        var state = DemoState.make(width: 100, height: 30)
        state.saveStatus = saveStatus
        state.selectedRow = state.index.row(ofAccount: id)!
        state.resetAccountCursors()
        return state
    }

    static func account(_ state: AppState, _ id: String) -> Account { state.portfolio.account(id: id)! }
    static func reasons(_ state: AppState, _ id: String) -> [AttentionReason] {
        state.index.summary(atRow: state.index.row(ofAccount: id) ?? -1)?.attention
            ?? Attention.reasons(for: account(state, id), today: DemoState.today)
    }

    @Test("health set without a rationale is refused; with one it is dated today, durable and undoable")
    func healthNeedsRationale() {
        let before = Self.on("northwind")
        var state = DemoState.press([.char("H"), .ctrl("u"), .paste("amber"), .ctrl("s")], on: before)
        guard case .form(let form) = state.overlay else { Issue.record("form closed"); return }
        #expect(form.problem == "Rationale is needed.")
        #expect(form.focus == 1, "the cursor waits on the rationale")
        #expect(Self.account(state, "northwind").health == Self.account(before, "northwind").health)

        state = DemoState.press([.paste("Lisa Chen's move in Q3 is now confirmed for August.")], on: state)
        var effects: [Effect] = []
        effects += Update.apply(.key(.ctrl("s")), to: &state)
        let health = Self.account(state, "northwind").health
        #expect(health == Health(rating: .amber, rationale: "Lisa Chen's move in Q3 is now confirmed for August.", setOn: DemoState.today))
        #expect(effects == [.commit(Self.account(state, "northwind"))])
        #expect(state.index.summary(atRow: state.selectedRow)?.health == .amber, "the portfolio row follows")

        state = DemoState.press([.char("u")], on: state)
        #expect(Self.account(state, "northwind") == Self.account(before, "northwind"))
    }

    @Test("a rating can only be green, amber or red: a word naming none of them changes nothing, r picks Red")
    func unknownRatingRefused() {
        var state = DemoState.press([.char("H"), .paste("yellow"), .char("y")], on: Self.on("northwind"))
        guard case .form(let form) = state.overlay else { Issue.record("form closed"); return }
        #expect(form.value(.healthRating) == Self.account(state, "northwind").health.rating?.rawValue)
        state = DemoState.press([.char("r"), .tab, .paste("Sponsor silent for three weeks."), .ctrl("s")], on: state)
        #expect(Self.account(state, "northwind").health.rating == .red)
    }

    @Test("a sponsor sentiment note captured today takes 'sentiment stale' off Société des Eaux; u puts it back")
    func sponsorNoteClearsStaleSentiment() {
        let before = Self.on("acct-lyon")
        #expect(Self.reasons(before, "acct-lyon").contains(.staleSentiment))
        var state = DemoState.press([.char("N")], on: before)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.value(.sentimentWho) == "Hélène Marchand", "the sponsor by default")
        state = DemoState.press([.tab, .tab, .paste("Les équipes de Vaise ne veulent plus revenir au papier."),
                                 .tab, .tab, .paste("positive"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let after = Self.account(state, "acct-lyon")
        #expect(after.latestSponsorSentiment()?.capturedOn == DemoState.today)
        #expect(after.latestSponsorSentiment()?.isVerbatim == true)
        #expect(!after.isSentimentStale(today: DemoState.today))
        #expect(!Self.reasons(state, "acct-lyon").contains(.staleSentiment))
        #expect(state.message?.contains("fresh until 2026-11-30") == true)

        state = DemoState.press([.char("u")], on: state)
        #expect(Self.reasons(state, "acct-lyon").contains(.staleSentiment))
    }

    @Test("a note from someone who is not the sponsor leaves sentiment stale, and says so")
    func nonSponsorNoteKeepsStale() {
        var state = DemoState.press([.char("N"), .ctrl("u"), .paste("théo"), .tab, .tab, .paste("Ça marche."),
                                     .tab, .tab, .paste("pos"), .ctrl("s")], on: Self.on("acct-lyon"))
        #expect(Self.account(state, "acct-lyon").sentiment.last?.contact == "Théo Lefèvre", "a unique start of a name, accents ignored")
        #expect(Self.reasons(state, "acct-lyon").contains(.staleSentiment))
        #expect(state.message?.contains("not the sponsor") == true)
        state = DemoState.press([.char("N"), .ctrl("u"), .paste("Jean Dupont"), .tab, .tab, .paste("Bof."),
                                 .tab, .tab, .paste("neutral"), .ctrl("s")], on: state)
        guard case .form(let form) = state.overlay else { Issue.record("an unknown contact was accepted"); return }
        #expect(form.problem?.contains("is not a contact on the account") == true)
    }

    @Test("an interaction that happened three days ago is flagged late at once and lands in needs-attention")
    func lateInteractionFlagged() throws {
        let before = Self.on("northwind")
        #expect(!Self.reasons(before, "northwind").contains { if case .lateLoggedInteractions = $0 { true } else { false } })
        var state = DemoState.press([.char("I"), .paste("call"), .tab, .paste("-3d"), .tab, .paste("Graham Holt"),
                                     .tab, .paste("Agreed the Phase 2 site survey dates.")], on: before)
        let effects = Update.apply(.key(.ctrl("s")), to: &state)
        let logged = try #require(Self.account(state, "northwind").interactions.last)
        #expect(logged.kind == .call)
        #expect(logged.isLateLogged)
        #expect(logged.loggedAt == DemoState.now)
        #expect(CalendarDate(logged.happenedAt, in: .utc) == DemoState.today.adding(days: -3))
        #expect(effects == [.commit(Self.account(state, "northwind"))])
        #expect(state.message?.contains("logged 3 days late — flagged") == true)
        #expect(Self.reasons(state, "northwind").contains(.lateLoggedInteractions(1)))

        state = DemoState.press([.char("a")], on: state)
        #expect(state.index.row(ofAccount: "northwind") != nil, "needs attention lists it")

        state = DemoState.press([.char("u")], on: state)
        #expect(Self.account(state, "northwind") == Self.account(before, "northwind"))
        #expect(state.index.row(ofAccount: "northwind") == nil, "and undo takes it off the list")
    }

    @Test("an interaction logged the day it happened is on time")
    func sameDayOnTime() {
        let state = DemoState.press([.char("I"), .paste("email"), .tab, .tab, .paste("Graham Holt"),
                                     .tab, .paste("Sent the handover pack."), .ctrl("s")], on: Self.on("northwind"))
        let logged = Self.account(state, "northwind").interactions.last!
        #expect(!logged.isLateLogged)
        #expect(state.message?.contains("flagged") == false)
    }

    @Test("a day typed without a time counts from noon, never later than the logging itself")
    func happenedAtNoon() {
        let utc = TimeZone(identifier: "UTC")!
        let day = DemoState.today.adding(days: -1)
        #expect(NoteInputs.happenedAt(day, loggedAt: DemoState.now, timeZone: utc)
                == Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400 + 12 * 3600))
        #expect(NoteInputs.happenedAt(DemoState.today, loggedAt: DemoState.now, timeZone: utc) == DemoState.now)
    }

    @Test("on a read-only store H, N and I say so before a form opens")
    func readOnlyRefused() {
        for key in ["H", "N", "I"] {
            let state = DemoState.press([.char(Character(key))], on: Self.on("northwind", saveStatus: .readOnly("another Baton has it")))
            #expect(state.overlay == nil, "\(key)")
            #expect(state.message?.contains("read-only") == true, "\(key)")
        }
    }

    @Test("zoomed, the readiness pane shows the latest health and the sponsor's sentiment with its age")
    func pulseShown() {
        var state = DemoState.press([.char("2"), .char("z")], on: Self.on("acct-lyon"))
        var screen = (0..<state.height).map { AppView.render(state).rowText($0) }.joined(separator: "\n")
        #expect(screen.contains("Health Green · 2026-11-14 (9 days ago) · Adoption strong"))
        #expect(screen.contains("Sponsor 9 days ago, stale · Hélène Marchand, positive:"))

        state = DemoState.press([.char("1"), .char("N"), .tab, .tab, .paste("Enfin un outil que les équipes aiment."),
                                 .tab, .tab, .paste("positive"), .ctrl("s"), .char("2"), .char("z")], on: Self.on("acct-lyon"))
        screen = (0..<state.height).map { AppView.render(state).rowText($0) }.joined(separator: "\n")
        #expect(screen.contains("Sponsor today · Hélène Marchand, positive: “Enfin un outil que les équipes aiment.”"))
    }
}
