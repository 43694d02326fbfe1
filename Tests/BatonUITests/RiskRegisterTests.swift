import Foundation
import SnapshotTesting
import Testing
import BatonCore
@testable import BatonUI

/// The risk register and the open issues log kept honest, driven through update as a lead types.
@Suite("Keeping the picture true")
struct RiskRegisterTests {
    /// The demo at 100×30 with `id` selected and the risk pane focused (the log after `i`).
    static func on(_ id: String, log: Bool = false, saveStatus: SaveStatus = .saved) -> AppState {
        var state = DemoState.make(width: 100, height: 30)
        state.saveStatus = saveStatus
        state.selectedRow = state.index.row(ofAccount: id)!
        state.resetAccountCursors()
        return DemoState.press(log ? [.char("3"), .char("i")] : [.char("3")], on: state)
    }

    static func account(_ state: AppState, _ id: String = "northwind") -> Account { state.portfolio.account(id: id)! }

    static func risk(_ state: AppState, _ riskID: String, account id: String = "northwind") -> Risk {
        account(state, id).risks.first { $0.id == riskID }!
    }

    static func issue(_ state: AppState, _ issueID: String, account id: String) -> OpenIssue {
        account(state, id).openIssues.first { $0.id == issueID }!
    }

    /// The cursor on the register's row showing `riskID`.
    static func cursor(on riskID: String, _ state: AppState) -> AppState {
        var s = state
        s.riskCursor = RiskRegisterRows.risks(account(s, s.selectedSummary!.id), filter: s.riskCellFilter)
            .firstIndex { $0.id == riskID }!
        return s
    }

    static func paneText(_ state: AppState) -> String {
        let grid = AppView.render(state)
        return (0..<grid.height).map { grid.rowText($0) }.joined(separator: "\n")
    }

    static func problem(_ state: AppState) -> String? {
        guard case .form(let form) = state.overlay else { return nil }
        return form.problem
    }

    // MARK: The register

    @Test("adding a risk puts it on the register, under the cursor, and its heat-map cell counts it")
    func addRisk() {
        let before = Self.on("northwind")
        #expect(HeatMap(risks: Self.account(before).risks).count(likelihood: .high, impact: .high) == 0)
        var state = DemoState.press([.char("a"), .paste("The ERP vendor may deprecate the batch API before renewal."),
                                     .tab, .paste("h"), .tab, .paste("High"), .tab, .paste("Priya tracking the vendor roadmap"),
                                     .tab, .tab, .paste("Deprecation notice published"), .tab, .paste("+2w")], on: before)
        var effects: [Effect] = []
        effects += Update.apply(.key(.ctrl("s")), to: &state)
        #expect(state.overlay == nil)
        let after = Self.account(state)
        #expect(after.risks.count == 4)
        let added = after.risks.last!
        #expect(added.statement == "The ERP vendor may deprecate the batch API before renewal.")
        #expect(added.likelihood == .high && added.impact == .high && added.severity == 9)
        #expect(added.owner == "Tom Reeves")
        #expect(added.nextReview == DemoState.today.adding(days: 14))
        #expect(added.raisedOn == DemoState.today)
        #expect(effects == [.commit(after)])
        #expect(HeatMap(risks: after.risks).count(likelihood: .high, impact: .high) == 1)
        #expect(RiskRegisterRows.selectedRisk(state)?.id == added.id)
    }

    @Test("a new risk's likelihood is judged, never defaulted: without one picked nothing is added")
    func addRiskBadLevel() {
        let before = Self.on("northwind")
        let state = DemoState.press([.char("a"), .paste("A risk."), .tab, .paste("maybe"), .tab, .paste("H"), .tab,
                                     .paste("none yet"), .tab, .tab, .paste("x"), .tab, .paste("+1w"), .ctrl("s")], on: before)
        #expect(Self.problem(state) == "Likelihood is needed.")
        #expect(Self.account(state) == Self.account(before))
    }

    @Test("closing a risk without a note is refused and the risk stays open")
    func closeWithoutNote() {
        let before = Self.cursor(on: "nw-risk-3", Self.on("northwind"))
        var state = DemoState.press([.char("x"), .ctrl("s")], on: before)
        #expect(Self.problem(state) == "Resolution note is needed.")
        state = DemoState.press([.paste("   "), .ctrl("s")], on: state)
        #expect(Self.problem(state) == "Resolution note is needed.")
        #expect(Self.risk(state, "nw-risk-3").status == .open)
        #expect(Self.account(state) == Self.account(before))
    }

    @Test("closing with a note moves the risk to the history with the note and the day; it is never deleted")
    func closeWithNote() {
        var state = Self.cursor(on: "nw-risk-3", Self.on("northwind"))
        state = DemoState.press([.char("x"), .paste("Reporting complaints stopped after the new templates."), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let account = Self.account(state)
        #expect(account.risks.count == 3)
        let closed = Self.risk(state, "nw-risk-3")
        #expect(closed.status == .closed)
        #expect(closed.resolution == "Reporting complaints stopped after the new templates.")
        #expect(closed.resolvedOn == DemoState.today)
        #expect(!RiskRegisterRows.risks(account, filter: nil).contains { $0.id == "nw-risk-3" })
        #expect(HeatMap(risks: account.risks).count(likelihood: .low, impact: .medium) == 0)

        state = DemoState.press([.char("z"), .char("H")], on: state)
        let history = RiskRegisterRows.history(account, issues: false)
        #expect(history.map(\.itemID) == ["nw-risk-3"])
        let screen = Self.paneText(state)
        #expect(screen.contains("Risk history · 1 entry"))
        #expect(screen.contains("closed       2026-11-23  End-user satisfaction"))
        #expect(screen.contains("↳ Reporting complaints stopped after the new templates."))
    }

    @Test("undo restores a closed risk to the register")
    func undoClose() {
        let before = Self.cursor(on: "nw-risk-3", Self.on("northwind"))
        var state = DemoState.press([.char("x"), .paste("Gone quiet."), .ctrl("s")], on: before)
        #expect(Self.risk(state, "nw-risk-3").status == .closed)
        let effects = Update.apply(.key(.char("u")), to: &state)
        #expect(Self.risk(state, "nw-risk-3").status == .open)
        #expect(Self.risk(state, "nw-risk-3").resolution == nil)
        #expect(Self.account(state) == Self.account(before))
        #expect(effects == [.commit(Self.account(before))])
    }

    @Test("marking a risk materialised keeps it on the register and the map, marked, with the note in the history")
    func materialise() {
        var state = Self.cursor(on: "nw-risk-1", Self.on("northwind"))
        state = DemoState.press([.char("!"), .paste("Lisa Chen moved to the Hull project early."), .ctrl("s")], on: state)
        let risk = Self.risk(state, "nw-risk-1")
        #expect(risk.status == .materialised)
        #expect(RiskRegisterRows.risks(Self.account(state), filter: nil).contains { $0.id == "nw-risk-1" })
        #expect(HeatMap(risks: Self.account(state).risks).count(likelihood: .high, impact: .medium) == 1)
        #expect(Self.paneText(state).contains("MATERIALISED · Lisa Chen"))
        state = DemoState.press([.char("!")], on: state)
        #expect(state.overlay == nil)
        #expect(state.message == TidyPictureError.alreadyMaterialised.message)
        #expect(RiskRegisterRows.history(Self.account(state), issues: false).first?.event == .riskMaterialised)
    }

    @Test("L and I open a form: the new level and why; one confirmed change each, kept in the risk's history")
    func changeLevels() {
        let before = Self.cursor(on: "nw-risk-3", Self.on("northwind"))
        var state = DemoState.press([.char("L")], on: before)
        guard case .form(let form) = state.overlay else { Issue.record("no form for L"); return }
        #expect(form.purpose == .change(.rerate("nw-risk-3", likelihood: true)))
        #expect(form.value(.newLevel) == "low", "the picker starts on the level it has")
        state = DemoState.press([.char("m"), .tab, .paste("Two users raised it this week"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        #expect(Self.risk(state, "nw-risk-3").likelihood == .medium)
        #expect(Self.risk(state, "nw-risk-3").severity == 4)
        #expect(state.undoStack.count == 1)
        state = DemoState.press([.char("I"), .char("h"), .tab, .paste("The sponsor uses the reports weekly"), .ctrl("s")], on: state)
        #expect(Self.risk(state, "nw-risk-3").impact == .high)
        #expect(Self.risk(state, "nw-risk-3").severity == 6)
        #expect(state.undoStack.count == 2)
        let map = HeatMap(risks: Self.account(state).risks)
        #expect(map.count(likelihood: .low, impact: .medium) == 0)
        #expect(map.count(likelihood: .medium, impact: .high) == 2)
        // The cursor stays on the risk that moved up the register.
        #expect(RiskRegisterRows.selectedRisk(state)?.id == "nw-risk-3")
        #expect(Self.risk(state, "nw-risk-3").history.map(\.note) == ["Two users raised it this week", "The sponsor uses the reports weekly"])
        let history = RiskRegisterRows.history(Self.account(state), issues: false)
        #expect(history.first?.event == .riskChanged("impact Medium → High"))
    }

    @Test("a likelihood changed without saying why is refused on the form, and nothing changes")
    func levelNeedsWhy() {
        let before = Self.cursor(on: "nw-risk-3", Self.on("northwind"))
        let state = DemoState.press([.char("L"), .char("h"), .ctrl("s")], on: before)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.problem == "Why is needed.")
        #expect(Self.risk(state, "nw-risk-3").likelihood == .low)
        #expect(state.undoStack.isEmpty)
    }

    @Test("d with +2w moves an overdue review two weeks on and clears overdue")
    func moveReview() {
        let before = Self.cursor(on: "hok-risk-1", DemoState.press([.char("z")], on: Self.on("acct-hokuto")))
        #expect(Self.risk(before, "hok-risk-1", account: "acct-hokuto").isReviewOverdue(today: DemoState.today))
        #expect(Self.paneText(before).contains("!2026-11-21"))
        var state = DemoState.press([.char("d"), .paste("-1d"), .enter, .paste("Waiting on the audit"), .ctrl("s")], on: before)
        #expect(Self.problem(state)?.hasPrefix("Refused: a review on 2026-11-22 is already overdue") == true)
        state = DemoState.press([.backTab, .ctrl("u"), .paste("+2w"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let risk = Self.risk(state, "hok-risk-1", account: "acct-hokuto")
        #expect(risk.nextReview == DemoState.today.adding(days: 14))
        #expect(!risk.isReviewOverdue(today: DemoState.today))
        #expect(Self.account(state, "acct-hokuto").overdueRiskReviews(today: DemoState.today).isEmpty)
        #expect(!Self.paneText(state).contains("!2026-"))
        #expect(risk.history.last?.review == .init(from: CalendarDate(iso: "2026-11-21")!, to: DemoState.today.adding(days: 14)))
        #expect(risk.history.last?.note == "Waiting on the audit")
    }

    @Test("f shows only the risks in the heat-map cell of the one under the cursor; f again or Esc shows all")
    func heatMapFilter() {
        var state = Self.cursor(on: "nw-risk-1", Self.on("northwind"))
        state = DemoState.press([.char("z"), .char("f")], on: state)
        #expect(state.riskCellFilter == RiskCell(likelihood: .high, impact: .medium))
        #expect(RiskRegisterRows.risks(Self.account(state), filter: state.riskCellFilter).map(\.id) == ["nw-risk-1"])
        let screen = Self.paneText(state)
        #expect(screen.contains("Risk register · 3 open · cell High × Medium: 1"))
        #expect(screen.contains("H · [1] ·"))
        #expect(!screen.contains("Phase 2 expansion"))
        state = DemoState.press([.char("f")], on: state)
        #expect(state.riskCellFilter == nil)
        #expect(RiskRegisterRows.selectedRisk(state)?.id == "nw-risk-1")
        state = DemoState.press([.char("f"), .escape], on: state)
        #expect(state.riskCellFilter == nil)
        #expect(state.zoomed, "Esc clears the cell filter before it unzooms")
    }

    @Test("editing a risk keeps the cursor on it as it moves up the register")
    func editRisk() {
        var state = Self.cursor(on: "nw-risk-3", Self.on("northwind"))
        state = DemoState.press([.char("e"), .tab, .ctrl("u"), .paste("H"), .tab, .ctrl("u"), .paste("H"), .ctrl("s")], on: state)
        #expect(Self.problem(state) == "Refused: \(TidyPictureError.changeNoteRequired.message)", "a harsher rating needs its reason too")
        // The note is the form's last field: five fields on from the impact.
        state = DemoState.press([.tab, .tab, .tab, .tab, .tab, .paste("Reporting is what the sponsor judges us on"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let risk = Self.risk(state, "nw-risk-3")
        #expect(risk.severity == 9)
        #expect(risk.statement == "End-user satisfaction with the reporting workflows has been mixed.")
        #expect(state.riskCursor == 0)
        #expect(RiskRegisterRows.selectedRisk(state)?.id == "nw-risk-3")
    }

    @Test("a read-only store refuses a close before anything is typed, and L changes nothing")
    func readOnly() {
        let before = Self.on("northwind", saveStatus: .readOnly("another Baton has it"))
        let state = DemoState.press([.char("x"), .char("L")], on: before)
        #expect(state.overlay == nil)
        #expect(state.message == "Not changed — the store is read-only: another Baton has it")
        #expect(Self.account(state) == Self.account(before))
    }

    // MARK: The open issues log

    @Test("adding, closing, re-committing and re-scoping open issues keeps the history, old deadline and description")
    func openIssuesKeepTheirHistory() {
        let id = "acct-hokuto"
        var state = Self.on(id, log: true)
        let before = Self.account(state, id)

        // Add: a customer commitment, owned by the account manager by default.
        state = DemoState.press([.char("a"), .paste("2"), .tab, .paste("Hokuto to confirm the Kariya pilot line."), .tab, .tab,
                                 .paste("+3w"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let added = Self.account(state, id).openIssues.last!
        #expect(added.kind == .customerCommitment && added.owner == "Yuki Tanaka")
        #expect(added.deadline == DemoState.today.adding(days: 21))
        #expect(RiskRegisterRows.selectedIssue(state)?.id == added.id)

        // Re-commit: a past deadline is refused on the form; a new one keeps the old in the record.
        state.riskCursor = RiskRegisterRows.openIssues(Self.account(state, id)).firstIndex { $0.id == "hok-issue-2" }!
        state = DemoState.press([.char("c"), .paste("2026-11-01"), .tab, .paste("Certificates slipped"), .ctrl("s")], on: state)
        #expect(Self.problem(state) == "Refused: \(TidyPictureError.deadlineInThePast.message)")
        state = DemoState.press([.backTab, .ctrl("u"), .paste("+1w"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let recommitted = Self.issue(state, "hok-issue-2", account: id)
        #expect(recommitted.deadline == DemoState.today.adding(days: 7))
        #expect(recommitted.dispositions.last?.previousDeadline == Self.issue(Self.on(id), "hok-issue-2", account: id).deadline)
        #expect(recommitted.dispositions.last?.note == "Certificates slipped")

        // Re-scope: the old description is kept.
        state.riskCursor = RiskRegisterRows.openIssues(Self.account(state, id)).firstIndex { $0.id == "hok-issue-4" }!
        state = DemoState.press([.char("s"), .ctrl("u"), .paste("Kariya rollout: phase 1 on two lines only."), .tab,
                                 .paste("Board split the decision"), .ctrl("s")], on: state)
        let rescoped = Self.issue(state, "hok-issue-4", account: id)
        #expect(rescoped.description == "Kariya rollout: phase 1 on two lines only.")
        #expect(rescoped.dispositions.last?.previousDescription == "Kariya plant rollout: decision at the next quarterly management meeting.")

        // Close without a note is refused; with one the item leaves the open list and stays on the log.
        state.riskCursor = RiskRegisterRows.openIssues(Self.account(state, id)).firstIndex { $0.id == added.id }!
        state = DemoState.press([.char("x"), .ctrl("s")], on: state)
        #expect(Self.problem(state) == "Resolution note is needed.")
        state = DemoState.press([.paste("Pilot line confirmed by email."), .ctrl("s")], on: state)
        let after = Self.account(state, id)
        #expect(after.openIssues.count == before.openIssues.count + 1)
        #expect(Self.issue(state, added.id, account: id).isClosed)
        #expect(!RiskRegisterRows.openIssues(after).contains { $0.id == added.id })

        // The history has every disposition, the old wording and the old deadline among them.
        let history = RiskRegisterRows.history(after, issues: true)
        #expect(history.prefix(3).map(\.label) == ["closed", "re-scoped", "re-committed"])
        state = DemoState.press([.char("z"), .char("H")], on: state)
        let screen = Self.paneText(state)
        #expect(screen.contains("Open issues history · 5 entries"))
        #expect(screen.contains("was: Kariya plant rollout: decision at the next quarterly management meeting."))
        #expect(screen.contains("deadline 2026-11-21 → 2026-11-30"))
    }

    @Test("a new description on an issue logged days ago is a re-scope, not an edit")
    func editIsNotARescope() {
        var state = DemoState.press([.char("e"), .tab, .ctrl("u"), .paste("Something else"), .ctrl("s")],
                                    on: Self.on("acct-hokuto", log: true))
        #expect(Self.problem(state) == "Refused: a new description is a re-scope (s), which keeps the old one in the record.")
        state = DemoState.press([.ctrl("u"), .paste(Self.issue(state, "hok-issue-1", account: "acct-hokuto").description),
                                 .tab, .ctrl("u"), .paste("伊藤 大輔"), .ctrl("s")], on: state)
        #expect(state.overlay == nil)
        #expect(Self.issue(state, "hok-issue-1", account: "acct-hokuto").owner == "伊藤 大輔")
    }

    @Test("the disposition clock runs from T-day and flags an issue undispositioned past T+30")
    func dispositionClock() {
        // Hokuto transferred twelve days ago: T+30 is 11 December.
        var state = DemoState.press([.char("z")], on: Self.on("acct-hokuto", log: true))
        var screen = Self.paneText(state)
        #expect(screen.contains("disposition by 12-11 · 18d left"))
        #expect(screen.contains("dispositioned"), "hok-issue-1 was re-committed after T-day")
        #expect(!screen.contains("disposition missed"))

        _ = Update.apply(.tick(DemoState.now.addingTimeInterval(19 * 86_400), today: DemoState.today.adding(days: 19)), to: &state)
        screen = Self.paneText(state)
        #expect(screen.contains("Open issues log · 3 open · 2 disposition missed"))
        #expect(screen.contains("disposition missed"))
        #expect(Self.account(state, "acct-hokuto").dispositionOverdueIssues(today: state.today).map(\.id) == ["hok-issue-2", "hok-issue-4"])

        // Before T-day nothing is counting.
        #expect(!Self.paneText(DemoState.press([.char("z")], on: Self.on("northwind", log: true))).contains("disposition"))
    }

    // MARK: Golden screens

    @Test("golden: Northwind's register with its heat map, zoomed")
    func goldenRegister() {
        let state = DemoState.press([.char("z")], on: Self.on("northwind"))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("golden: Pinecrest's risk history, closed risks with when and why")
    func goldenHistory() {
        let state = DemoState.press([.char("z"), .char("H")], on: Self.on("acct-pinecrest"))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("golden: Hokuto's open issues log with the disposition clock")
    func goldenLog() {
        let state = DemoState.press([.char("z"), .char("j")], on: Self.on("acct-hokuto", log: true))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }
}
