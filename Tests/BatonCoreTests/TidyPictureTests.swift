import Testing
@testable import BatonCore

@Suite("The tidy-picture rule: nothing is silently deleted")
struct TidyPictureTests {
    @Test("closing a risk keeps it in the account's list with its note")
    func closeKeepsRisk() throws {
        var account = Fixture.account()
        account.risks = [Fixture.risk("r1"), Fixture.risk("r2")]
        try account.closeRisk(id: "r1", note: "Successor named: Jo Park", on: Fixture.day(3))
        #expect(account.risks.map(\.id) == ["r1", "r2"])
        #expect(account.risks[0].status == .closed)
        #expect(account.risks[0].resolution == "Successor named: Jo Park")
        #expect(account.risks[0].resolvedOn == Fixture.day(3))
        #expect(HeatMap(risks: account.risks).total == 1)
    }

    @Test("closing a risk with a blank note is refused and the risk stays open")
    func blankNoteRefused() {
        var risk = Fixture.risk()
        #expect(throws: TidyPictureError.resolutionNoteRequired) { try risk.close(note: "   ", on: Fixture.today) }
        #expect(risk.status == .open)
        #expect(risk.resolution == nil)
    }

    @Test("a closed risk cannot be closed again or marked materialised")
    func alreadyClosed() throws {
        var risk = Fixture.risk()
        try risk.close(note: "Retired", on: Fixture.today)
        #expect(throws: TidyPictureError.alreadyClosed) { try risk.close(note: "Again", on: Fixture.today) }
        #expect(throws: TidyPictureError.alreadyClosed) { try risk.markMaterialised(note: "It happened", on: Fixture.today) }
        #expect(risk.resolution == "Retired")
    }

    @Test("materialising needs a note, keeps the risk active, and closing later keeps both notes")
    func materialiseThenClose() throws {
        var risk = Fixture.risk()
        #expect(throws: TidyPictureError.resolutionNoteRequired) { try risk.markMaterialised(note: "", on: Fixture.today) }
        try risk.markMaterialised(note: "Lisa Chen moved role", on: Fixture.day(1))
        #expect(risk.status == .materialised)
        #expect(risk.isActive)
        #expect(throws: TidyPictureError.alreadyMaterialised) { try risk.markMaterialised(note: "Again", on: Fixture.day(2)) }
        try risk.close(note: "Jo Park trained as admin", on: Fixture.day(9))
        #expect(risk.status == .closed)
        #expect(risk.resolution == "Lisa Chen moved role\nJo Park trained as admin")
        #expect(risk.resolvedOn == Fixture.day(9))
    }

    @Test("closing an open issue through the account keeps it on the log")
    func closeIssueKeepsIt() throws {
        var account = Fixture.account()
        account.openIssues = [Fixture.openIssue("i1")]
        try account.closeOpenIssue(id: "i1", note: "Delivered", on: Fixture.today)
        #expect(account.openIssues.count == 1)
        #expect(account.openIssues[0].isClosed)
        #expect(throws: TidyPictureError.noSuchItem("nope")) {
            try account.closeOpenIssue(id: "nope", note: "x", on: Fixture.today)
        }
    }
}
