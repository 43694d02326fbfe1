import Foundation
import Testing
@testable import BatonCore

@Suite("Synthetic portfolios")
struct SyntheticPortfolioTests {
    static let today = CalendarDate(iso: "2026-11-21")!
    static let now = Date(timeIntervalSince1970: TimeInterval(today.dayNumber * 86_400 + 10 * 3_600))

    func make(_ count: Int, seed: UInt64 = 42) -> Portfolio {
        SyntheticPortfolio.make(accounts: count, seed: seed, today: Self.today, now: Self.now)
    }

    @Test("the same seed gives the same portfolio")
    func sameSeed() {
        #expect(make(200, seed: 7) == make(200, seed: 7))
    }

    @Test("a different seed gives a different portfolio")
    func differentSeed() {
        let a = make(50, seed: 1), b = make(50, seed: 2)
        #expect(a != b)
        #expect(a.accounts.map(\.name) != b.accounts.map(\.name))
    }

    @Test("the requested number of accounts is honoured", arguments: [0, 1, 200])
    func count(_ n: Int) {
        #expect(make(n).accounts.count == n)
    }

    @Test("account ids are unique and read syn-000001 onwards")
    func uniqueIds() {
        let accounts = make(200).accounts
        #expect(accounts.first?.id == "syn-000001")
        #expect(accounts.last?.id == "syn-000200")
        #expect(Set(accounts.map(\.id)).count == 200)
        var nested: [String] = []
        for a in accounts {
            nested += a.contacts.map(\.id)
            nested += a.milestones.map(\.id)
            nested += a.interactions.map(\.id)
            nested += a.risks.map(\.id)
            nested += a.openIssues.map(\.id)
            nested += a.sentiment.map(\.id)
        }
        #expect(Set(nested).count == nested.count)
        #expect(SyntheticPortfolio.id(1_234_567) == "syn-1234567")
    }

    @Test("every stage is present in 200 accounts, with T-days between today-90 and today+90")
    func stagesAndTDays() {
        let accounts = make(200).accounts
        #expect(Set(accounts.map(\.stage)) == Set(Stage.allCases))
        let offsets = accounts.map { Self.today.days(until: $0.tDay) }
        #expect(offsets.allSatisfy { (-90...90).contains($0) })
        #expect(offsets.min()! < -30 && offsets.max()! > 60)
        for account in accounts where account.stage == .continuity {
            #expect((1...30).contains(account.tDay.days(until: Self.today)))
        }
    }

    @Test("field sizes are realistic")
    func fieldSizes() {
        let accounts = make(200).accounts
        for a in accounts {
            #expect((10...40).contains(a.name.count), "\(a.name)")
            #expect((2...6).contains(a.contacts.count))
            #expect(a.contacts.filter(\.isSponsor).count == 1)
            #expect((0...6).contains(a.sentiment.count))
            #expect((3...8).contains(a.milestones.count))
            #expect((5...40).contains(a.interactions.count))
            #expect((0...6).contains(a.risks.count))
            #expect((0...5).contains(a.openIssues.count))
            #expect((0...3).contains(a.readiness.runs.count))
            #expect(a.readiness.conditions.count == 6)
            #expect(!a.timeline.isEmpty)
        }
        #expect(accounts.contains { $0.name.unicodeScalars.contains { !$0.isASCII } })
    }

    @Test("synthetic marks are honest: Met has evidence, Not Met has an action, stage 5+ is cleared or overridden")
    func honestMarks() {
        for a in make(200).accounts {
            for mark in a.readiness.conditions {
                if mark.status == .met { #expect(mark.evidence != nil) }
                if mark.status == .notMet { #expect(mark.action != nil) }
            }
            if a.stage >= .jointTransitionMeeting {
                #expect(a.readiness.runs.contains { $0.cleared } || a.stageOverride != nil, "\(a.id)")
            }
            for risk in a.risks where risk.status != .open {
                #expect(risk.resolution != nil)
            }
        }
    }

    @Test("ten thousand accounts are generated quickly and deterministically")
    func tenThousand() {
        let clock = ContinuousClock()
        var portfolio = Portfolio()
        let elapsed = clock.measure { portfolio = make(10_000, seed: 99) }
        #expect(portfolio.accounts.count == 10_000)
        #expect(Set(portfolio.accounts.map(\.id)).count == 10_000)
        #expect(elapsed < .seconds(10), "took \(elapsed)")
    }
}
