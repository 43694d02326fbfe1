import Testing
@testable import BatonCore
@testable import BatonUI

/// The account card through `update`, as a lead uses it: Enter opens it, keys move between its
/// tabs, and every edit goes through the core's one door.
@Suite("The account card")
struct AccountCardTests {
    static func on(_ id: String, width: Int = 100, height: Int = 30) -> AppState {
        var state = DemoState.make(width: width, height: height)
        state.selectedRow = state.index.row(ofAccount: id)!
        state.resetAccountCursors()
        return state
    }

    static func card(_ state: AppState) -> AccountCard? {
        if case .accountCard(let card) = state.overlay { return card }
        return nil
    }

    static func account(_ state: AppState, _ id: String) -> Account { state.portfolio.account(id: id)! }

    /// Sets a field of the card's open form as a picker would (the picker's keys are the form's business).
    static func set(_ key: FieldKey, _ text: String, on state: inout AppState) {
        guard case .accountCard(var card) = state.overlay, var form = card.form,
              let i = form.fields.firstIndex(where: { $0.key == key }) else {
            Issue.record("no open card form with \(key)")
            return
        }
        form.fields[i].input = TextField(label: form.fields[i].label, text: text, multiLine: form.fields[i].input.multiLine)
        card.form = form
        state.overlay = .accountCard(card)
    }

    @Test("Enter on the portfolio opens the account card on the selected account, at the overview")
    func enterOpens() {
        let state = DemoState.press([.enter], on: Self.on("acct-mueller"))
        #expect(Self.card(state)?.accountID == "acct-mueller")
        #expect(Self.card(state)?.tab == .overview)
        let screen = AppView.render(state).text
        #expect(screen.contains("Account card · Müller"))
        #expect(screen.contains("Our people"))
    }

    @Test("the palette opens the card by name, and a tab by its name")
    func palette() {
        var state = DemoState.press([.char(":")], on: Self.on("acct-mueller"))
        state = DemoState.type("account-card", on: state)
        state = DemoState.press([.enter], on: state)
        #expect(Self.card(state)?.tab == .overview)
        state = DemoState.press([.escape, .char(":")], on: state)
        state = DemoState.type("card-history", on: state)
        state = DemoState.press([.enter], on: state)
        #expect(Self.card(state)?.tab == .history)
    }

    @Test("1–6, ] and [ move between the tabs; Esc closes the card and nothing changed")
    func tabs() {
        let before = Self.on("acct-mueller")
        var state = DemoState.press([.enter, .char("4")], on: before)
        #expect(Self.card(state)?.tab == .exit)
        state = DemoState.press([.char("]"), .char("]")], on: state)
        #expect(Self.card(state)?.tab == .history)
        state = DemoState.press([.char("]")], on: state)
        #expect(Self.card(state)?.tab == .overview)
        state = DemoState.press([.char("["), .left], on: state)
        #expect(Self.card(state)?.tab == .handover)
        state = DemoState.press([.escape], on: state)
        #expect(state.overlay == nil)
        #expect(state.portfolio == before.portfolio)
    }

    @Test("a contact is added from the Contacts tab, and the cursor lands on it")
    func addContact() {
        var state = DemoState.press([.enter, .char("2"), .char("a")], on: Self.on("acct-mueller"))
        state = DemoState.press([.paste("Jonas Albrecht"), .tab, .paste("Head of IT, Bremen")], on: state)
        Self.set(.stance, "sceptic", on: &state)
        Self.set(.strength, "weak", on: &state)
        state = DemoState.press([.ctrl("s")], on: state)
        let account = Self.account(state, "acct-mueller")
        let added = account.contacts.last!
        #expect(added.name == "Jonas Albrecht" && added.role == "Head of IT, Bremen")
        #expect(added.stance == .sceptic && added.relationshipStrength == .weak && !added.isSponsor)
        #expect(Self.card(state)?.form == nil)
        #expect(Self.card(state)?.cursors[.contacts] == account.contacts.count - 1)
        #expect(state.message == "Müller & Söhne Logistik: contact Jonas Albrecht added")
    }

    @Test("a second sponsor is refused on the form, naming the current sponsor, and nothing is saved")
    func secondSponsor() {
        let before = Self.on("acct-mueller")
        var state = DemoState.press([.enter, .char("2"), .char("a"), .paste("Jonas Albrecht")], on: before)
        Self.set(.contactIsSponsor, "yes", on: &state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(Self.card(state)?.form?.problem == "Refused: Katrin Vogel is already the sponsor. An account has one sponsor: untag Katrin Vogel first.")
        #expect(Self.account(state, "acct-mueller") == Self.account(before, "acct-mueller"))
    }

    @Test("a milestone is completed with a date and evidence from the Milestones tab")
    func completeMilestone() {
        // The last milestone: the Not Met actions follow the milestones on this tab.
        let milestones = Self.account(Self.on("acct-mueller"), "acct-mueller").milestones.count
        var state = DemoState.press([.enter, .char("3")] + Array(repeating: .char("j"), count: milestones - 1) + [.char(" ")],
                                    on: Self.on("acct-mueller"))
        guard case .accountCard(let card) = state.overlay, let form = card.form,
              case .change(.completeMilestone(let id)) = form.purpose else {
            Issue.record("no completion form")
            return
        }
        #expect(id == "mue-m4")
        // Without evidence the form does not go, and the cursor goes to the evidence.
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(Self.card(state)?.form?.problem == "Evidence is needed.")
        // Nor with a completion date still to come: the core refuses, in its own words.
        state = DemoState.press([.paste("x"), .backTab, .ctrl("u"), .paste("tomorrow"), .ctrl("s")], on: state)
        #expect(Self.card(state)?.form?.problem?.contains("is in the future") == true)
        state = DemoState.press([.ctrl("u"), .paste("today"), .tab, .ctrl("u"),
                                 .paste("First ATLAS declaration accepted by customs on 20 Nov."), .ctrl("s")], on: state)
        let m = Self.account(state, "acct-mueller").milestones.first { $0.id == "mue-m4" }!
        #expect(m.completedOn == DemoState.today)
        #expect(m.evidence == "First ATLAS declaration accepted by customs on 20 Nov.")
        #expect(Self.card(state)?.form == nil)
    }

    @Test("reopening a milestone from the card makes a Met condition 3 stale; u undoes it in place")
    func reopen() {
        var state = DemoState.press([.enter, .char("3"), .char("o")], on: Self.on("acct-alpenblick"))
        let account = Self.account(state, "acct-alpenblick")
        #expect(account.milestones[0].reopenedOn == DemoState.today)
        if case .stale = Readiness.validity(of: .milestonesAchieved, in: account, today: DemoState.today) {} else {
            Issue.record("condition 3 should be stale")
        }
        state = DemoState.press([.char("u")], on: state)
        #expect(Self.account(state, "acct-alpenblick").milestones[0].reopenedOn == nil)
        #expect(Self.card(state) != nil, "undo keeps the card open")
    }

    @Test("the customer sign-off without a reference is refused on the form; with one it is done")
    func signOff() {
        var state = DemoState.press([.enter, .char("4"), .char("j"), .char(" ")], on: Self.on("acct-mueller"))
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(Self.card(state)?.form?.problem == "Reference to the signed document is needed.")
        #expect(AppView.render(state).text.contains("never an inferred one"))
        state = DemoState.press([.paste("Signed sign-off, DocuSign 77-A1"), .ctrl("s")], on: state)
        let step = Self.account(state, "acct-mueller").exit.first { $0.component == .customerSignOff }!
        #expect(step.doneOn == DemoState.today && step.reference == "Signed sign-off, DocuSign 77-A1")
    }

    @Test("a handover section is edited from the Handover tab, line breaks kept; section 7 says INTERNAL")
    func handoverSection() {
        var state = DemoState.press([.enter, .char("5")] + Array(repeating: KeyEvent.char("j"), count: 6) + [.char("e")],
                                    on: Self.on("acct-mueller"))
        #expect(AppView.render(state).text.contains("INTERNAL ONLY"))
        state = DemoState.press([.ctrl("u"), .paste("Katrin decides.\nThe works council must hear it first."), .ctrl("s")],
                                on: state)
        #expect(Self.account(state, "acct-mueller").handover[.unwrittenBriefing]
            == "Katrin decides.\nThe works council must hear it first.")
        #expect(AppView.render(state).text.contains("INTERNAL — never for the customer"))
    }

    @Test("editing the identity with a blank name is refused on the form")
    func blankName() {
        var state = DemoState.press([.enter, .char("e")], on: Self.on("acct-mueller"))
        Self.set(.accountName, "  ", on: &state)
        // The form itself asks for the name first: a required field.
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(Self.card(state)?.form?.problem == "Name is needed.")
        Self.set(.accountName, "Müller Kühlsysteme", on: &state)
        Self.set(.headcount, "1,450", on: &state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(Self.account(state, "acct-mueller").identity.name == "Müller Kühlsysteme")
        #expect(Self.account(state, "acct-mueller").identity.headcount == 1_450)
    }

    @Test("? inside the card shows the card's keys and returns to the card")
    func help() {
        var state = DemoState.press([.enter, .char("3"), .char("?")], on: Self.on("acct-mueller"))
        #expect(AppView.render(state).text.contains("Account card"))
        #expect(AppView.render(state).text.contains("Reopen a milestone"))
        state = DemoState.press([.escape], on: state)
        #expect(Self.card(state)?.help == nil && Self.card(state)?.tab == .milestones)
    }

    @Test("History scrolls a line at a time and stops at its last page")
    func historyScroll() {
        var state = DemoState.press([.enter, .char("6"), .char("G")], on: Self.on("acct-alpenblick", width: 80, height: 24))
        let bottom = Self.card(state)!.cursor
        #expect(bottom > 0)
        state = DemoState.press([.char("j"), .scrollDown], on: state)
        #expect(Self.card(state)!.cursor == bottom)
        state = DemoState.press([.scrollUp], on: state)
        #expect(Self.card(state)!.cursor == bottom - 1)
        #expect(AppView.render(state).text.contains("Readiness runs"))
    }
}

/// The handover document's life on the card (issue 23, part 4; 000:300, 456).
@Suite("The handover document's life on the card")
struct HandoverLifeCardTests {
    @Test("f on the handover tab finalises the document on the day typed; the card and the export say so, and o takes it back")
    func finaliseFromTheCard() throws {
        var state = DemoState.press([.enter, .char("5")], on: AccountCardTests.on("northwind"))
        #expect(AppView.render(state).text.contains("Handover document not finalised — due T−3, 2026-11-23"))
        state = DemoState.press([.char("f"), .ctrl("u"), .paste("today"), .ctrl("s")], on: state)
        let account = try #require(state.portfolio.account(id: "northwind"))
        #expect(account.handover.finalisedOn == DemoState.today)
        #expect(account.timeline.first { $0.templateKey == "handover-document-finalised" }?.doneOn == DemoState.today,
                "the timeline step is the same fact")
        #expect(AppView.render(state).text.contains("Handover document finalised 2026-11-23 (due T−3, 2026-11-23)"))
        let export = Documents.render(.handover, account: account, today: DemoState.today, now: DemoState.now)
        #expect(export.contains("**Finalised:** 23 November 2026 (due 23 November 2026, T−3: on time)"))
        state = DemoState.press([.char("o")], on: state)
        #expect(state.portfolio.account(id: "northwind")?.handover.finalisedOn == nil)
    }

    @Test("a day still to come is refused, and nothing changes")
    func futureRefused() {
        var state = DemoState.press([.enter, .char("5"), .char("f"), .ctrl("u"), .paste("+2d"), .ctrl("s")], on: AccountCardTests.on("northwind"))
        #expect(state.portfolio.account(id: "northwind")?.handover.finalisedOn == nil)
        state = DemoState.press([.escape], on: state)
        #expect(state.portfolio.account(id: "northwind")?.handover.finalisedOn == nil)
    }

    @Test("a finalisation past T−3 is on the attention list and in the list's flags")
    func lateOnTheList() throws {
        let mueller = try #require(DemoState.make().portfolio.account(id: "acct-mueller"))
        let reasons = Attention.reasons(for: mueller, today: DemoState.today)
        #expect(reasons.contains { if case .handoverNotFinalised = $0 { true } else { false } })
        #expect(PortfolioListing.flag(.handoverNotFinalised(daysLate: 3)).code == "handover-not-finalised")
    }
}
