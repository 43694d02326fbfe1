import Testing
@testable import BatonCore

@Suite("Late-logged interactions: the stale-record failure")
struct LateLoggedInteractionTests {
    @Test("logged 23 hours after it happened is on time; 25 hours is late")
    func boundary() {
        #expect(!Fixture.interaction(loggedHoursLater: 23).isLateLogged)
        #expect(Fixture.interaction(loggedHoursLater: 25).isLateLogged)
    }

    @Test("logged exactly 24 hours later is still on time; a second more is late")
    func exactBoundary() {
        #expect(!Fixture.interaction(loggedHoursLater: 24).isLateLogged)
        #expect(Fixture.interaction(loggedHoursLater: 24 + 1.0 / 3600).isLateLogged)
    }

    @Test("the account lists only its late-logged interactions")
    func accountList() {
        var account = Fixture.account()
        account.interactions = [Fixture.interaction("a", loggedHoursLater: 1), Fixture.interaction("b", loggedHoursLater: 72)]
        #expect(account.lateLoggedInteractions().map(\.id) == ["b"])
    }
}
