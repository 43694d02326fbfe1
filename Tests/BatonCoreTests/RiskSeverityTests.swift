import Testing
@testable import BatonCore

@Suite("Risk severity, review dates and the heat map")
struct RiskSeverityTests {
    let today = Fixture.today

    @Test("severity is likelihood times impact, from 1 to 9")
    func severity() {
        #expect(Fixture.risk(likelihood: .low, impact: .low).severity == 1)
        #expect(Fixture.risk(likelihood: .low, impact: .high).severity == 3)
        #expect(Fixture.risk(likelihood: .medium, impact: .medium).severity == 4)
        #expect(Fixture.risk(likelihood: .high, impact: .medium).severity == 6)
        #expect(Fixture.risk(likelihood: .high, impact: .high).severity == 9)
        let all = Level.allCases.flatMap { l in Level.allCases.map { Fixture.risk(likelihood: l, impact: $0).severity } }
        #expect(Set(all) == [1, 2, 3, 4, 6, 9])
    }

    @Test("a review date that passed yesterday is overdue; one due today is not")
    func overdueReview() {
        #expect(Fixture.risk(nextReview: Fixture.day(-1)).isReviewOverdue(today: today))
        #expect(!Fixture.risk(nextReview: today).isReviewOverdue(today: today))
    }

    @Test("a materialised risk's review can be overdue; a closed one's cannot")
    func overdueByStatus() {
        #expect(Fixture.risk(nextReview: Fixture.day(-1), status: .materialised).isReviewOverdue(today: today))
        #expect(!Fixture.risk(nextReview: Fixture.day(-1), status: .closed).isReviewOverdue(today: today))
    }

    @Test("open and materialised risks are active; closed ones are not")
    func active() {
        #expect(Fixture.risk(status: .open).isActive)
        #expect(Fixture.risk(status: .materialised).isActive)
        #expect(!Fixture.risk(status: .closed).isActive)
    }

    @Test("the heat map counts active risks by cell and leaves closed risks off")
    func heatMap() {
        let map = HeatMap(risks: [
            Fixture.risk("a", likelihood: .high, impact: .medium),
            Fixture.risk("b", likelihood: .high, impact: .medium, status: .materialised),
            Fixture.risk("c", likelihood: .high, impact: .medium, status: .closed),
            Fixture.risk("d", likelihood: .low, impact: .high),
        ])
        #expect(map.count(likelihood: .high, impact: .medium) == 2)
        #expect(map.count(likelihood: .low, impact: .high) == 1)
        #expect(map.count(likelihood: .medium, impact: .high) == 0)
        #expect(map.count(likelihood: .high, impact: .low) == 0)
        #expect(map.total == 3)
    }

    @Test("high-severity risks are active ones of severity 6 or more, worst first, then soonest review")
    func highSeverity() {
        var account = Fixture.account()
        account.risks = [
            Fixture.risk("four", likelihood: .medium, impact: .medium),
            Fixture.risk("six-late", likelihood: .high, impact: .medium, nextReview: Fixture.day(40)),
            Fixture.risk("nine-closed", likelihood: .high, impact: .high, status: .closed),
            Fixture.risk("six-soon", likelihood: .medium, impact: .high, nextReview: Fixture.day(5)),
            Fixture.risk("nine", likelihood: .high, impact: .high, status: .materialised),
        ]
        #expect(account.highSeverityOpenRisks().map(\.id) == ["nine", "six-soon", "six-late"])
        #expect(account.risksBySeverity().map(\.id) == ["nine", "six-soon", "six-late", "four", "nine-closed"])
    }
}
