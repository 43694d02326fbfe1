import BatonCore
import SnapshotTesting
import Testing
@testable import BatonUI

/// Starting your own portfolio from the demo, adding accounts and archiving them, through update.
@Suite("A clean start, adding accounts, archiving")
struct PortfolioSetupTests {
    /// The lead's own portfolio, empty, as S leaves it.
    static func empty(width: Int = 80, height: Int = 24) -> AppState {
        AppState(portfolio: Portfolio(owner: "Ana Lima"), today: DemoState.today, now: DemoState.now,
                 width: width, height: height, storePath: "~/.local/share/baton/portfolio.json", saveStatus: .saved)
    }

    /// The demo as a machine without a store shows it.
    static func demoOnAFreshMachine() -> AppState {
        var state = DemoState.make()
        state.saveStatus = .demo
        state.storePath = "demo portfolio"
        state.ownPortfolioPath = "~/.local/share/baton/portfolio.json"
        return state
    }

    static func form(_ state: AppState) -> FormState? {
        if case .form(let form) = state.overlay { return form }
        return nil
    }

    static func screen(_ state: AppState) -> String {
        let grid = AppView.render(state)
        return (0..<grid.height).map { grid.rowText($0) }.joined(separator: "\n")
    }

    /// The screen without the hint bar, whose message names what was just done.
    static func panes(_ state: AppState) -> String {
        screen(state).split(separator: "\n", omittingEmptySubsequences: false).dropLast().joined(separator: "\n")
    }

    /// n, then a name, then Ctrl-S.
    static func add(_ name: String, to state: AppState) -> (AppState, [Effect]) {
        var s = DemoState.press([.char("n"), .paste(name)], on: state)
        let effects = Update.apply(.key(.ctrl("s")), to: &s)
        return (s, effects)
    }

    // MARK: The clean start

    @Test("on the demo of a machine without a store, the title bar says DEMO and the hint bar offers S")
    func demoIsLabelled() {
        let screen = Self.screen(Self.demoOnAFreshMachine())
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0].contains("DEMO · S starts your own"))
        #expect(rows[0].contains("throwaway copy"))
        #expect(rows[23].contains("S start your own"))
    }

    @Test("S asks your name and hands the runtime the switch to your own portfolio")
    func startOwnPortfolio() {
        var state = DemoState.press([.char("S")], on: Self.demoOnAFreshMachine())
        guard let form = Self.form(state) else { Issue.record("S opened no form"); return }
        #expect(form.purpose == .startOwnPortfolio)
        #expect(form.guidance.joined().contains("~/.local/share/baton/portfolio.json"))
        // Nothing is hard-coded: without a name, nothing happens.
        var effects = Update.apply(.key(.ctrl("s")), to: &state)
        #expect(effects.isEmpty)
        #expect(Self.form(state)?.problem == "Your name is needed.")
        state = DemoState.press([.paste("Ana Lima")], on: state)
        effects = Update.apply(.key(.ctrl("s")), to: &state)
        #expect(effects == [.startOwnPortfolio(owner: "Ana Lima")])
        #expect(state.overlay == nil)
    }

    @Test("once the runtime opened your empty portfolio, it is on screen and the new-account form is offered")
    func openedOwnPortfolio() {
        var state = DemoState.press([.char("j"), .char("u")], on: Self.demoOnAFreshMachine())
        _ = Update.apply(.openedOwnPortfolio(Portfolio(owner: "Ana Lima"), storePath: "~/.local/share/baton/portfolio.json"),
                         to: &state)
        #expect(state.portfolio.accounts.isEmpty)
        #expect(state.saveStatus == .saved)
        #expect(state.ownPortfolioPath == nil)
        #expect(state.undoStack.isEmpty)
        #expect(Self.form(state)?.purpose == .newAccount)
        #expect(Self.form(state)?.value(.onboardingLead) == "Ana Lima")
        // Esc leaves the portfolio empty, saying how to add one.
        state = DemoState.press([.escape], on: state)
        #expect(Self.screen(state).contains("No accounts yet — n adds one"))
        #expect(Self.screen(state).contains("Baton · Ana Lima"))
    }

    @Test("S on your own portfolio, or on a --demo beside an existing store, changes nothing and says why")
    func startOnlyFromTheFreshDemo() {
        let own = DemoState.press([.char("S")], on: Self.empty())
        #expect(own.overlay == nil)
        #expect(own.message == "This is your own portfolio already.")
        var demo = DemoState.make()
        demo.saveStatus = .demo
        demo = DemoState.press([.char("S")], on: demo)
        #expect(demo.overlay == nil)
        #expect(demo.message?.contains("quit and run baton") == true)
    }

    // MARK: Adding an account

    @Test("n and a name add the account: selected, in the store's journal, its timeline from the template")
    func addingAnAccount() throws {
        let (state, effects) = Self.add("Acme Freight", to: Self.empty())
        #expect(state.overlay == nil)
        let account = try #require(state.portfolio.account(id: "acme-freight"))
        #expect(effects == [.commit(account)])
        #expect(state.selectedAccount?.id == "acme-freight")
        #expect(account.people.onboardingLead == "Ana Lima")
        #expect(account.timeline == TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned,
                                                             tDay: DemoState.today.adding(days: 56)))
        #expect(account.stageHistory == [StageEntry(stage: .salesHandover, on: DemoState.today)])
        #expect(state.message?.contains("Acme Freight added") == true)
    }

    @Test("a new account needs a name: the form stays open and says so")
    func nameNeeded() {
        var state = DemoState.press([.char("n")], on: Self.empty())
        let effects = Update.apply(.key(.ctrl("s")), to: &state)
        #expect(effects.isEmpty)
        #expect(Self.form(state)?.problem == "Name is needed.")
        #expect(state.portfolio.accounts.isEmpty)
    }

    @Test("a name the portfolio holds, a bad number or kind is refused on the form, in the domain's words")
    func refusedOnTheForm() {
        var (state, _) = Self.add("Northwind Logistics", to: DemoState.make())
        #expect(Self.form(state)?.problem?.contains("already in the portfolio") == true)
        #expect(state.portfolio.accounts.count == 12)
        state = DemoState.press([.char("n"), .paste("Acme"), .tab, .tab, .tab, .tab, .paste("lots")], on: Self.empty()) // name, legal entity, trading name, industry, headcount
        _ = Update.apply(.key(.ctrl("s")), to: &state)
        #expect(Self.form(state)?.problem?.contains("Headcount: “lots” is not a whole number") == true)
    }

    @Test("every field of the new-account form is read: contract, people, kind, planning, stage and T-day")
    func everyFieldRead() throws {
        var state = DemoState.press([.char("n")], on: Self.empty())
        guard var form = Self.form(state) else { Issue.record("no form"); return }
        func set(_ key: FieldKey, _ text: String) {
            let i = form.fields.firstIndex { $0.key == key }!
            form.fields[i].input = TextField(label: form.fields[i].label, text: text)
        }
        set(.accountName, "Alpen Hotels GmbH"); set(.headcount, "1,200"); set(.annualValue, "48000")
        set(.currency, "chf"); set(.termMonths, "24"); set(.contractStart, "2026-11-01")
        set(.coordinator, "Tom Reeves"); set(.accountManager, "Daniel Ortiz"); set(.director, "Jo Park")
        set(.newTransitionKind, "rep"); set(.planning, "Unplanned"); set(.stage, "2"); set(.newTDay, "2026-12-14")
        state.overlay = .form(form)
        _ = Update.apply(.key(.ctrl("s")), to: &state)
        let account = try #require(state.portfolio.account(id: "alpen-hotels-gmbh"))
        #expect(account.identity.headcount == 1200)
        #expect(account.contract == Contract(purchased: "", annualValue: 48000, currency: "CHF", termMonths: 24,
                                             startDate: CalendarDate(iso: "2026-11-01")!, renewalDate: CalendarDate(iso: "2028-11-01")!))
        #expect(account.people.accountManagementDirector == "Jo Park")
        #expect(account.transitionKind == .repToRep && account.planning == .unplanned && account.stage == .onboardingActive)
        #expect(account.timeline == TimelineTemplate.items(kind: .repToRep, planning: .unplanned, tDay: CalendarDate(iso: "2026-12-14")!))
    }

    @Test("u undoes an add: the account leaves the portfolio and the store is asked to remove it; Ctrl-R adds it back")
    func undoAnAdd() throws {
        var (state, _) = Self.add("Acme Freight", to: Self.empty())
        var effects = Update.apply(.key(.char("u")), to: &state)
        #expect(effects == [.remove(accountID: "acme-freight")])
        #expect(state.portfolio.accounts.isEmpty)
        #expect(state.index.rows.isEmpty)
        #expect(Self.screen(state).contains("No accounts yet — n adds one"))
        effects = Update.apply(.key(.ctrl("r")), to: &state)
        let account = try #require(state.portfolio.account(id: "acme-freight"))
        #expect(effects == [.commit(account)])
        #expect(state.selectedAccount?.id == "acme-freight")
    }

    @Test("a read-only store refuses n before the form opens")
    func readOnlyRefusesAdd() {
        var state = Self.empty()
        state.saveStatus = .readOnly("another Baton has it open")
        state = DemoState.press([.char("n")], on: state)
        #expect(state.overlay == nil)
        #expect(state.message?.contains("read-only") == true)
    }

    // MARK: Archiving

    @Test("x archives with a reason: the account leaves the list, X lists it marked, x on it restores it")
    func archiveAndToggle() throws {
        var state = DemoState.make()
        state.selectedRow = state.index.row(ofAccount: "northwind")!
        state = DemoState.press([.char("x")], on: state)
        #expect(Self.form(state)?.purpose == .change(.archive))
        state = DemoState.press([.tab, .paste("Moved to the EMEA team")], on: state)
        var effects = Update.apply(.key(.ctrl("s")), to: &state)
        let archived = try #require(state.portfolio.account(id: "northwind"))
        #expect(archived.archived == Archival(reason: .churned, note: "Moved to the EMEA team", on: DemoState.today))
        #expect(effects == [.commit(archived)])
        #expect(state.index.row(ofAccount: "northwind") == nil)
        #expect(state.index.activeCount == 11)
        #expect(!Self.panes(state).contains("Northwind"))

        state = DemoState.press([.char("X")], on: state)
        let row = try #require(state.index.row(ofAccount: "northwind"))
        #expect(Self.panes(state).contains("Portfolio · by T-day +archived"))
        let line = Self.panes(state).split(separator: "\n").first { $0.hasPrefix("┃Northwind") } ?? ""
        #expect(line.contains("⊘"))

        state.selectedRow = row
        effects = Update.apply(.key(.char("x")), to: &state)
        let restored = try #require(state.portfolio.account(id: "northwind"))
        #expect(restored.isActive)
        #expect(effects == [.commit(restored)])
        state = DemoState.press([.char("X")], on: state)
        #expect(state.index.row(ofAccount: "northwind") != nil)
    }

    @Test("u undoes an archive; :restore-account on an active account is refused in the hint bar")
    func undoArchiveAndRefusedRestore() {
        var state = DemoState.make()
        state.selectedRow = state.index.row(ofAccount: "northwind")!
        state = DemoState.press([.char("x"), .ctrl("s"), .char("u")], on: state)
        #expect(state.portfolio.account(id: "northwind")?.isActive == true)
        #expect(state.index.row(ofAccount: "northwind") != nil)
        state.selectedRow = state.index.row(ofAccount: "northwind")!
        _ = Update.apply(.command(.restoreAccount), to: &state)
        #expect(state.message?.contains("is not archived") == true)
    }

    @Test("archived accounts count in no stage, no attention and no agenda")
    func archivedCountsInNothing() {
        var state = DemoState.make()
        let before = state.index.attentionCount
        let id = state.index.summaries.first { !$0.attention.isEmpty }!.id
        state.selectedRow = state.index.row(ofAccount: id)!
        state = DemoState.press([.char("x"), .ctrl("s")], on: state)
        #expect(state.index.attentionCount == before - 1)
        #expect(state.index.stageCounts.values.reduce(0, +) == 11)
        #expect(!AgendaEntry.build(portfolio: state.portfolio, today: state.today).contains { $0.accountName == state.portfolio.account(id: id)!.name })
    }

    @Test("every field of the archive form and of the start-your-own form is on screen at 80×24")
    func smallFormsFit() {
        var archive = DemoState.make()
        archive = DemoState.press([.char("x")], on: archive)
        let start = DemoState.press([.char("S")], on: Self.demoOnAFreshMachine())
        for state in [archive, start] {
            guard let form = Self.form(state) else { Issue.record("no form"); continue }
            for field in form.fields { #expect(Self.screen(state).contains(field.label), "\(field.label) is cut off") }
        }
    }

    // MARK: Goldens

    @Test("golden: the empty portfolio at 80×24")
    func goldenEmpty() {
        assertSnapshot(of: ScreenText.render(AppView.render(Self.empty())), as: .lines)
    }

    @Test("golden: the new-account form at 80×24")
    func goldenNewAccount() {
        let state = DemoState.press([.char("n"), .paste("Alpen Hotels GmbH")], on: Self.empty())
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("golden: the archive form at 80×24")
    func goldenArchive() {
        var state = DemoState.make()
        state.selectedRow = state.index.row(ofAccount: "northwind")!
        state = DemoState.press([.char("x")], on: state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("golden: the demo on a machine without a store at 80×24")
    func goldenFreshDemo() {
        assertSnapshot(of: ScreenText.render(AppView.render(Self.demoOnAFreshMachine())), as: .lines)
    }
}
