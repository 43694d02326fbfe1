import BatonCore
import Foundation
import Testing
@testable import BatonUI

@Suite("Importing a CRM export from the dashboard: the dry run first, then one step that u undoes whole")
struct DashboardImportTests {
    static func screen(_ state: AppState) -> String {
        let grid = AppView.render(state)
        return (0..<grid.height).map { grid.rowText($0) }.joined(separator: "\n")
    }

    /// A demo account the import updates (its industry), and two it adds, as the runtime would plan them.
    static func preview(in state: AppState, refused: Bool = false, conflict: Bool = false, preferFile: Bool = false) -> ImportPreview {
        var updated = state.portfolio.account(id: "northwind")!
        updated.identity.industry = "Freight"
        var first = state.portfolio.accounts[0]
        first.id = "quillon-freight"
        first.identity.name = "Quillon Freight"
        var second = first
        second.id = "marlow-textiles"
        second.identity.name = "Marlow Textiles"
        var rows: [ImportPreview.Row] = [
            .init(line: 2, kind: .add, name: "Quillon Freight (0015X1)", detail: "stage 1, T-day 2027-01-18"),
            .init(line: 3, kind: .update, name: "Northwind Logistics (0015X2)", detail: "industry \"Logistics\" → \"Freight\""),
            .init(line: 4, kind: .add, name: "Marlow Textiles (0015X3)", detail: "stage 1, T-day 2027-01-18"),
        ]
        if conflict {
            rows.append(.init(line: 3, kind: .conflict, name: "Northwind Logistics",
                              detail: "headcount changed in Baton to \"900\", the file says \"850\": yours is kept (p takes the file's)"))
        }
        if refused {
            rows.append(.init(line: 5, kind: .refused, name: "", detail: "headcount \"twelve\" is not a whole number"))
        }
        return ImportPreview(request: ImportRequest(path: "~/Downloads/accounts.csv", preferFile: preferFile),
                             headline: "Salesforce export, \(rows.count) rows (UTF-8, comma-separated): 2 to add, 1 to update",
                             rows: rows, accounts: [first, updated, second])
    }

    /// The demo with the dry run of `preview` on screen, as after `i`, a path and the runtime's reply.
    static func reviewing(refused: Bool = false, conflict: Bool = false) -> AppState {
        var state = DemoState.type("~/Downloads/accounts.csv", on: DemoState.press([.char("i")], on: DemoState.make()))
        _ = Update.apply(.key(.ctrl("s")), to: &state)
        _ = Update.apply(.importRead(.preview(preview(in: state, refused: refused, conflict: conflict))), to: &state)
        return state
    }

    /// What the runtime does with `.applyBatch` once the store holds the step.
    static func written(_ effects: [Effect], _ state: inout AppState) throws -> BatchWrite {
        guard effects.count == 1, case .applyBatch(let write) = effects[0] else {
            Issue.record("expected one batch to write, got \(effects)")
            throw CancellationError()
        }
        _ = Update.apply(.batchWritten(write, failure: nil), to: &state)
        return write
    }

    @Test("i on the portfolio asks for the file; submitting asks the runtime to read it, and nothing changes")
    func askForTheFile() throws {
        let before = DemoState.make()
        var state = DemoState.press([.char("i")], on: before)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.purpose == .importFile)
        state = DemoState.type("~/Downloads/accounts.csv", on: state)
        state = DemoState.press([.tab], on: state)
        state = DemoState.type("Customer=name", on: state)
        let effects = Update.apply(.key(.ctrl("s")), to: &state)
        #expect(effects == [.previewImport(ImportRequest(path: "~/Downloads/accounts.csv", map: "Customer=name"))])
        #expect(state.portfolio == before.portfolio)
        // The palette finds it by name too.
        var palette = DemoState.press([.char(":")], on: before)
        palette = DemoState.type("import", on: palette)
        palette = DemoState.press([.enter], on: palette)
        guard case .form(let viaPalette) = palette.overlay else { Issue.record("no form from :import"); return }
        #expect(viaPalette.purpose == .importFile)
    }

    @Test("a file that cannot be read is said on the form, which stays for another path")
    func unreadableFile() {
        var state = DemoState.type("~/nope.csv", on: DemoState.press([.char("i")], on: DemoState.make()))
        _ = Update.apply(.key(.ctrl("s")), to: &state)
        _ = Update.apply(.importRead(.unreadable(ImportRequest(path: "~/nope.csv"), reason: "~/nope.csv: no such file")), to: &state)
        guard case .form(let form) = state.overlay else { Issue.record("the form closed"); return }
        #expect(form.problem == "~/nope.csv: no such file")
    }

    @Test("the dry run shows each row with its line and what would happen, and nothing changes before Enter")
    func dryRunChangesNothing() {
        let before = DemoState.make()
        var state = Self.reviewing()
        guard case .importPreview = state.overlay else { Issue.record("no dry run"); return }
        let screen = Self.screen(state)
        #expect(screen.contains("Import accounts.csv · dry run"))
        #expect(screen.contains("line 2  add       Quillon Freight (0015X1)"))
        #expect(screen.contains("line 3  update    Northwind Logistics (0015X2): industry \"Logistics\" →"))
        #expect(screen.contains("Enter imports 3 accounts as one change"))
        #expect(state.portfolio == before.portfolio)
        #expect(state.undoStack.isEmpty)
        // Scrolling and Esc change nothing either.
        let effects = Update.apply(.key(.char("j")), to: &state) + Update.apply(.key(.escape), to: &state)
        #expect(effects.isEmpty)
        #expect(state.overlay == nil)
        #expect(state.message == "Import cancelled: nothing changed.")
        #expect(state.portfolio == before.portfolio)
    }

    @Test("Enter writes the whole import as one step; the screen shows it only once the store holds it")
    func enterApplies() throws {
        var state = Self.reviewing()
        let before = state.portfolio
        let effects = Update.apply(.key(.enter), to: &state)
        guard case .applyBatch(let write) = effects.first else { Issue.record("no batch: \(effects)"); return }
        #expect(write.step == .apply)
        #expect(write.upserts.map(\.id) == ["quillon-freight", "northwind", "marlow-textiles"])
        #expect(write.removals.isEmpty)
        #expect(state.portfolio == before, "nothing on screen changes before the store has it")
        _ = try Self.written(effects, &state)
        #expect(state.overlay == nil)
        #expect(state.portfolio.account(id: "quillon-freight")?.name == "Quillon Freight")
        #expect(state.portfolio.account(id: "northwind")?.identity.industry == "Freight")
        #expect(state.portfolio.accounts.count == before.accounts.count + 2)
        #expect(state.index.row(ofAccount: "marlow-textiles") != nil)
        #expect(state.undoStack.count == 1)
        #expect(state.message == "Imported accounts.csv: 2 added, 1 updated")
    }

    @Test("u undoes the whole import in one step: the added accounts leave, the updated one is as it was; Ctrl-R redoes it")
    func undoAndRedo() throws {
        var state = Self.reviewing()
        let before = state.portfolio
        _ = try Self.written(Update.apply(.key(.enter), to: &state), &state)
        let after = state.portfolio

        var effects = Update.apply(.key(.char("u")), to: &state)
        guard case .applyBatch(let undo) = effects.first else { Issue.record("no batch: \(effects)"); return }
        #expect(undo.step == .undo)
        #expect(undo.removals == ["quillon-freight", "marlow-textiles"])
        #expect(undo.upserts == [before.account(id: "northwind")!])
        _ = try Self.written(effects, &state)
        #expect(Set(state.portfolio.accounts.map(\.id)) == Set(before.accounts.map(\.id)))
        #expect(state.portfolio.account(id: "northwind") == before.account(id: "northwind"))
        #expect(state.index.row(ofAccount: "quillon-freight") == nil)
        #expect(state.undoStack.isEmpty)
        #expect(state.message == "Undone: Imported accounts.csv: 2 added, 1 updated")

        effects = Update.apply(.key(.ctrl("r")), to: &state)
        guard case .applyBatch(let redo) = effects.first else { Issue.record("no batch: \(effects)"); return }
        #expect(redo.step == .redo)
        #expect(redo.upserts.count == 3)
        _ = try Self.written(effects, &state)
        #expect(Set(state.portfolio.accounts.map(\.id)) == Set(after.accounts.map(\.id)))
        #expect(state.portfolio.account(id: "northwind")?.identity.industry == "Freight")
        #expect(state.undoStack.count == 1 && state.redoStack.isEmpty)
    }

    @Test("a refused row blocks the import until the lead chooses to skip the refused rows with s")
    func refusedRowBlocks() throws {
        var state = Self.reviewing(refused: true)
        #expect(Self.screen(state).contains("line 5  REFUSED   headcount \"twelve\" is not a whole number"))
        var effects = Update.apply(.key(.enter), to: &state)
        #expect(effects.isEmpty)
        #expect(state.undoStack.isEmpty)
        #expect(Self.screen(state).contains("Nothing is imported while a row is refused"))
        state = DemoState.press([.char("s")], on: state)
        #expect(Self.screen(state).contains("skipping 1 refused row"))
        effects = Update.apply(.key(.enter), to: &state)
        _ = try Self.written(effects, &state)
        #expect(state.message == "Imported accounts.csv: 2 added, 1 updated, 1 refused row skipped")
    }

    @Test("a store that will not take the import changes nothing, and the dry run says why")
    func storeRefuses() throws {
        var state = Self.reviewing()
        let before = state.portfolio
        let effects = Update.apply(.key(.enter), to: &state)
        guard case .applyBatch(let write) = effects.first else { Issue.record("no batch"); return }
        _ = Update.apply(.batchWritten(write, failure: "No space left on device"), to: &state)
        #expect(state.portfolio == before)
        #expect(state.undoStack.isEmpty)
        guard case .importPreview = state.overlay else { Issue.record("the dry run closed"); return }
        #expect(Self.screen(state).contains("NOT imported, nothing changed: No space left on device"))
    }

    @Test("p reads the file again taking the file's values on conflicts; without a conflict it says there is none")
    func preferFile() {
        var state = Self.reviewing(conflict: true)
        #expect(Self.screen(state).contains("line 3  conflict  Northwind Logistics: headcount changed in Baton"))
        let effects = Update.apply(.key(.char("p")), to: &state)
        #expect(effects == [.previewImport(ImportRequest(path: "~/Downloads/accounts.csv", preferFile: true))])
        _ = Update.apply(.importRead(.preview(Self.preview(in: state, conflict: true, preferFile: true))), to: &state)
        guard case .importPreview(let review) = state.overlay else { Issue.record("no dry run"); return }
        #expect(review.preview.request.preferFile)

        var plain = Self.reviewing()
        #expect(Update.apply(.key(.char("p")), to: &plain).isEmpty)
        #expect(Self.screen(plain).contains("No conflicts"))
    }

    @Test("a read-only store refuses i before the form opens")
    func readOnly() {
        var state = DemoState.make()
        state.saveStatus = .readOnly("another Baton has it open")
        state = DemoState.press([.char("i")], on: state)
        #expect(state.overlay == nil)
        #expect(state.message?.contains("read-only") == true)
    }
}
