import Foundation
import Testing
import BatonCore
@testable import BatonUI

/// The portfolio's order after a change is worked out for that account alone (binary search,
/// no re-sort) and a growing filter narrows the rows already shown: both must always agree with
/// an index built from scratch.
@Suite("The portfolio order follows each change without a full sort")
struct IncrementalOrderTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 20)!

    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct Dice {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let names = ["Acme", "Zephyr", "Müller", "Société", "acme", "Bolt", "Nord", "Orbit", "Acme Labs", "Kite"]

    /// One random change to one account: what the order and the counts depend on.
    static func change(_ account: inout Account, dice: inout Dice) {
        switch dice.next(6) {
        case 0: account.tDay = today.adding(days: dice.next(181) - 90)
        case 1: account.health.rating = Health.Rating.allCases[dice.next(3)]
        case 2: account.identity.name = names[dice.next(names.count)]
        case 3: account.stage = Stage.allCases[dice.next(Stage.allCases.count)]
        case 4: account.archived = account.archived == nil ? Archival(reason: .done, on: today) : nil
        default: account.risks = []
        }
    }

    static func fresh(_ portfolio: Portfolio, sort: SortKey, filter: String, attentionOnly: Bool, showArchived: Bool) -> PortfolioIndex {
        PortfolioIndex(portfolio: portfolio, today: today, sort: sort, filter: filter, attentionOnly: attentionOnly,
                       showArchived: showArchived)
    }

    static func expectSame(_ index: PortfolioIndex, _ expected: PortfolioIndex, _ note: String) {
        #expect(index.rows == expected.rows, "\(note)")
        #expect(index.summaries == expected.summaries, "\(note)")
        #expect(index.stageCounts == expected.stageCounts, "\(note)")
        #expect(index.clearedCount == expected.clearedCount, "\(note)")
        #expect(index.tDaysWithin14 == expected.tDaysWithin14, "\(note)")
        #expect(index.attentionCount == expected.attentionCount, "\(note)")
        #expect(index.activeCount == expected.activeCount, "\(note)")
        #expect(index.archivedCount == expected.archivedCount, "\(note)")
        for row in expected.rows.indices {
            let id = expected.summaries[expected.rows[row]].id
            #expect(index.row(ofAccount: id) == row, "\(note): row of \(id)")
        }
    }

    @Test("random changes under every sort, filter and view give the order a full sort gives", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomChanges(seed: UInt64) {
        var dice = Dice(state: seed)
        var portfolio = SyntheticPortfolio.make(accounts: 60, seed: seed, today: Self.today, now: Date(timeIntervalSince1970: 1_790_000_000))
        // Names that tie, so the fallback to the id is exercised.
        for i in portfolio.accounts.indices { portfolio.accounts[i].identity.name = Self.names[dice.next(Self.names.count)] }
        var sort = SortKey.tDay
        var filter = ""
        var attentionOnly = false
        var showArchived = false
        var index = Self.fresh(portfolio, sort: sort, filter: filter, attentionOnly: attentionOnly, showArchived: showArchived)
        for step in 0..<300 {
            let note = "seed \(seed), step \(step)"
            switch dice.next(10) {
            case 0:
                sort = SortKey.allCases[dice.next(SortKey.allCases.count)]
                index.reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
            case 1:
                // The filter grows (narrowing), shrinks or is replaced.
                switch dice.next(3) {
                case 0: filter += ["a", "c", "m", "e", " ", "ü", "o"][dice.next(7)]
                case 1: if !filter.isEmpty { filter.removeLast() }
                default: filter = ["", "ac", "ACME", "societe", "n", "zz"][dice.next(6)]
                }
                index.reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
            case 2:
                attentionOnly.toggle()
                index.reorder(sort: sort, filter: filter, attentionOnly: attentionOnly)
            case 3:
                showArchived.toggle()
                index.setShowArchived(showArchived, sort: sort, filter: filter, attentionOnly: attentionOnly)
            case 4 where portfolio.accounts.count > 5 && dice.next(3) == 0:
                let gone = portfolio.accounts[dice.next(portfolio.accounts.count)].id
                portfolio.remove(accountID: gone)
                index.remove(accountID: gone, sort: sort, filter: filter, attentionOnly: attentionOnly)
            case 5 where dice.next(3) == 0:
                var added = portfolio.accounts[dice.next(portfolio.accounts.count)]
                added.id = "added-\(step)"
                Self.change(&added, dice: &dice)
                portfolio.upsert(added)
                index.refresh(added, today: Self.today, sort: sort, filter: filter, attentionOnly: attentionOnly)
            default:
                var account = portfolio.accounts[dice.next(portfolio.accounts.count)]
                Self.change(&account, dice: &dice)
                portfolio.upsert(account)
                index.refresh(account, today: Self.today, sort: sort, filter: filter, attentionOnly: attentionOnly)
            }
            Self.expectSame(index, Self.fresh(portfolio, sort: sort, filter: filter, attentionOnly: attentionOnly, showArchived: showArchived), note)
        }
    }

    @Test("a longer filter narrows what a shorter one kept, and a shorter one finds the rest again")
    func narrowingAndWidening() {
        var portfolio = SyntheticPortfolio.make(accounts: 30, seed: 9, today: Self.today, now: Date(timeIntervalSince1970: 1_790_000_000))
        for i in portfolio.accounts.indices { portfolio.accounts[i].identity.name = "Kite \(i)" }
        for (i, name) in ["Société Générale", "Societe Nord", "Acme", "Sociable"].enumerated() { portfolio.accounts[i].identity.name = name }
        var index = Self.fresh(portfolio, sort: .name, filter: "", attentionOnly: false, showArchived: false)
        index.reorder(sort: .name, filter: "soc", attentionOnly: false)
        #expect(index.rows.map { index.summaries[$0].name } == ["Sociable", "Société Générale", "Societe Nord"])
        index.reorder(sort: .name, filter: "socie", attentionOnly: false)
        #expect(index.rows.map { index.summaries[$0].name } == ["Société Générale", "Societe Nord"])
        index.reorder(sort: .name, filter: "soc", attentionOnly: false)
        #expect(index.rows.count == 3)
    }

    @Test("typing, taking letters back and changing accounts between keys always lists what a fresh index lists",
          arguments: [11, 12] as [UInt64])
    func typingAndBackspacing(seed: UInt64) {
        var dice = Dice(state: seed)
        var portfolio = SyntheticPortfolio.make(accounts: 30, seed: seed, today: Self.today, now: Date(timeIntervalSince1970: 1_790_000_000))
        for i in portfolio.accounts.indices where dice.next(3) == 0 { portfolio.accounts[i].identity.name = Self.names[dice.next(Self.names.count)] }
        var index = Self.fresh(portfolio, sort: .name, filter: "", attentionOnly: false, showArchived: false)
        var filter = ""
        var attentionOnly = false
        // Mostly the start of a name in the portfolio (so rows stay listed), now and then any letter.
        var target = portfolio.accounts[0].name.lowercased()
        for step in 0..<120 {
            switch dice.next(12) {
            case 0...4:
                if filter.count < target.count, target.hasPrefix(filter), dice.next(5) > 0 {
                    filter.append(target[target.index(target.startIndex, offsetBy: filter.count)])
                } else {
                    filter.append(Array("aeiostü é")[dice.next(9)])
                }
            case 5...7: if !filter.isEmpty { filter.removeLast() }
            case 8...10:
                let i = dice.next(portfolio.accounts.count)
                var account = portfolio.accounts[i]
                Self.change(&account, dice: &dice)
                portfolio.upsert(account)
                index.refresh(account, today: Self.today, sort: .name, filter: filter, attentionOnly: attentionOnly)
            default:
                attentionOnly.toggle()
                target = portfolio.accounts[dice.next(portfolio.accounts.count)].name.lowercased()
            }
            index.reorder(sort: .name, filter: filter, attentionOnly: attentionOnly)
            let note = "seed \(seed) step \(step) filter \"\(filter)\" attention \(attentionOnly)"
            Self.expectSame(index, Self.fresh(portfolio, sort: .name, filter: filter, attentionOnly: attentionOnly, showArchived: false), note)
        }
    }

    @Test("an account renamed while a filter is typed is found when a letter is taken back")
    func renamedWhileFiltering() {
        var portfolio = SyntheticPortfolio.make(accounts: 30, seed: 9, today: Self.today, now: Date(timeIntervalSince1970: 1_790_000_000))
        for i in portfolio.accounts.indices { portfolio.accounts[i].identity.name = "Kite \(i)" }
        for (i, name) in ["Société Générale", "Societe Nord", "Acme", "Sociable"].enumerated() { portfolio.accounts[i].identity.name = name }
        var index = Self.fresh(portfolio, sort: .name, filter: "", attentionOnly: false, showArchived: false)
        index.reorder(sort: .name, filter: "so", attentionOnly: false)
        index.reorder(sort: .name, filter: "soci", attentionOnly: false)
        var acme = portfolio.accounts[2]
        acme.identity.name = "Sobriety Foods"
        portfolio.upsert(acme)
        index.refresh(acme, today: Self.today, sort: .name, filter: "soci", attentionOnly: false)
        index.reorder(sort: .name, filter: "so", attentionOnly: false)
        #expect(index.rows.map { index.summaries[$0].name } == ["Sobriety Foods", "Sociable", "Société Générale", "Societe Nord"])
    }

    @Test("byte-wise matching on folded names finds what String.contains finds")
    func byteMatching() {
        let keys = ["", "a", "acme", "société", "müller gmbh", "東京", "aaab"]
        let needles = ["", "a", "ab", "cm", "été", "ü", "京", "aab", "x", "acmex"]
        for key in keys {
            for needle in needles {
                #expect(PortfolioIndex.contains(key, needle) == (needle.isEmpty || key.contains(needle)), "\(key) / \(needle)")
            }
        }
    }
}
