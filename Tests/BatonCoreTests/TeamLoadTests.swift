import Testing
@testable import BatonCore

/// Each person's load: what a director reads to see who carries what, and whose T-days are coming.
@Suite("A team's load")
struct TeamLoadTests {
    private func account(_ id: String, lead: String, manager: String, stage: Stage, tDayIn: Int) -> Account {
        var a = Fixture.account(stage: stage, tDayIn: tDayIn)
        a.id = id
        a.identity.name = "Account \(id)"
        a.people.onboardingLead = lead
        a.people.accountManager = manager
        return a
    }

    private func person(_ load: TeamLoad, _ name: String, _ role: TeamRole) -> TeamLoad.Person? {
        load.people.first { $0.name == name && $0.role == role }
    }

    @Test("each lead's and each account manager's accounts are counted per stage: the lead's until T-day change 4, the account manager's after (000:452)")
    func stagesCounted() throws {
        let load = TeamLoad(accounts: [
            account("a", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .onboardingActive, tDayIn: 40),
            account("b", lead: "Sarah Khan", manager: "Ravi Menon", stage: .onboardingActive, tDayIn: 50),
            account("c", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .readinessReview, tDayIn: 20),
            account("d", lead: "Marc Dubois", manager: "Daniel Ortiz", stage: .continuity, tDayIn: -10),
        ], today: Fixture.today)
        let sarah = try #require(person(load, "Sarah Khan", .onboardingLead))
        #expect(sarah.accountCount == 3)
        #expect(sarah.count(in: .onboardingActive) == 2)
        #expect(sarah.count(in: .readinessReview) == 1)
        #expect(sarah.count(in: .continuity) == 0)
        let daniel = try #require(person(load, "Daniel Ortiz", .accountManager))
        #expect(daniel.accountIDs == ["d"], "only the transferred account has left onboarding's load")
        #expect(daniel.count(in: .continuity) == 1)
        #expect(daniel.transferDays.isEmpty, "a and c are more than 14 days out")
        #expect(person(load, "Marc Dubois", .onboardingLead) == nil, "his one account has moved on, and no T-day is coming")
        // Leads first, the busiest first; then the account managers (Ravi's one account is still onboarding's).
        #expect(load.people.map(\.name) == ["Sarah Khan", "Daniel Ortiz"])
    }

    @Test("a T-day 14 days out is in the next 14 days; one 15 days out is not")
    func horizon() throws {
        let load = TeamLoad(accounts: [
            account("today", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .handoverPreparation, tDayIn: 0),
            account("edge", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .handoverPreparation, tDayIn: 14),
            account("beyond", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .handoverPreparation, tDayIn: 15),
            account("past", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .readinessReview, tDayIn: -1),
        ], today: Fixture.today)
        let sarah = try #require(person(load, "Sarah Khan", .onboardingLead))
        #expect(sarah.transferDays.map(\.accountID) == ["today", "edge"])
        #expect(sarah.transferDays.map(\.daysAway) == [0, 14])
        #expect(sarah.transferDays.last?.tDay == Fixture.day(14))
        #expect(person(load, "Daniel Ortiz", .accountManager)?.transferDays.count == 2)
        let week = TeamLoad(accounts: [account("edge", lead: "Sarah Khan", manager: "", stage: .readinessReview, tDayIn: 14)],
                            today: Fixture.today, horizon: 7)
        #expect(week.people.first?.transferDays.isEmpty == true)
    }

    @Test("a transfer already made is not load still to come, and an archived account is nobody's load")
    func transferredAndArchived() throws {
        var archived = account("gone", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .readinessReview, tDayIn: 3)
        archived.archived = Archival(reason: .churned, note: "Customer left", on: Fixture.day(-1))
        let load = TeamLoad(accounts: [
            account("done", lead: "Sarah Khan", manager: "Daniel Ortiz", stage: .transferDay, tDayIn: 2),
            archived,
        ], today: Fixture.today)
        let sarah = try #require(person(load, "Sarah Khan", .onboardingLead))
        #expect(sarah.accountIDs == ["done"])
        #expect(sarah.count(in: .transferDay) == 1)
        #expect(sarah.transferDays.isEmpty)
    }

    @Test("a name typed in another case is the same person; an empty role is one row of nobody named")
    func names() throws {
        let load = TeamLoad(accounts: [
            account("a", lead: "Sarah Khan", manager: "", stage: .onboardingActive, tDayIn: 40),
            account("b", lead: "sarah khan ", manager: "", stage: .onboardingActive, tDayIn: 40),
        ], today: Fixture.today)
        #expect(load.people(in: .onboardingLead).map(\.accountCount) == [2])
        #expect(load.people(in: .accountManager).isEmpty, "not the account manager's load before change 4, and no T-day is coming")
    }

    @Test("my accounts are where I lead or manage; they narrow the view only when they split the portfolio")
    func scope() {
        let people = People(onboardingCoordinator: "Tom Reeves", onboardingLead: "Sarah Khan", accountManager: "Daniel Ortiz")
        #expect(TeamScope.mine("Sarah Khan").includes(people))
        #expect(TeamScope.mine("daniel ortiz").includes(people))
        #expect(!TeamScope.mine("Tom Reeves").includes(people))
        #expect(!TeamScope.mine("").includes(People(onboardingCoordinator: "", onboardingLead: "", accountManager: "")))
        #expect(TeamScope.person(.accountManager, "Daniel Ortiz").includes(people))
        #expect(!TeamScope.person(.onboardingLead, "Daniel Ortiz").includes(people))
        #expect(TeamScope.person(.accountManager, "").includes(People(onboardingCoordinator: "", onboardingLead: "X", accountManager: " ")))
        #expect(TeamScope.mineSplits(mine: 3, of: 10))
        #expect(!TeamScope.mineSplits(mine: 0, of: 10))
        #expect(!TeamScope.mineSplits(mine: 10, of: 10))
    }
}
