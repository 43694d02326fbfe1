#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import BatonCore

/// What a store file may hold that a person, a merge tool or an attacker wrote: Baton believes
/// only what it can read exactly one way.
@Suite("Hostile input is refused, placed, and left untouched")
struct StoreHostileInputTests {
    private var goodText: String {
        String(decoding: try! StoreDocument.encode(StoreFixture.portfolio(accounts: 3), savedAt: StoreFixture.savedAt),
               as: UTF8.self)
    }

    /// Writes `text` as a store and returns its path, the problems opening it gave, and whether the file was left as it was.
    private func open(_ text: String, _ function: String = #function) -> (path: String, problems: [StoreProblem], untouched: Bool) {
        let folder = StoreFixture.folder(function)
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.write(text, to: path)
        let before = StoreFixture.fingerprint(path)
        let problems = StoreFixture.refusal(opening: path)
        let after = StoreFixture.fingerprint(path)
        return (path, problems, before.0 == after.0 && before.1 == after.1 && before.2 == after.2)
    }

    @Test("a second \"accounts\" field is refused at its line and column, and the file is left untouched")
    func secondAccountsKey() throws {
        let text = goodText.replacingOccurrences(of: "\"owner\" :", with: "\"accounts\" : [],\n    \"owner\" :")
        let (path, problems, untouched) = open(text)
        let problem = try #require(problems.first)
        let place = try #require(StoreFixture.position(of: "\"accounts\" : []", in: text))
        #expect(problems.count == 1)
        #expect(problem.field == "portfolio.accounts")
        #expect(problem.line == place.line && problem.column == place.column)
        #expect(problem.message.contains("twice"))
        #expect(problem.description.hasPrefix("\(path):\(place.line):\(place.column): portfolio.accounts: "))
        #expect(untouched)
    }

    @Test("an account with two \"risks\" fields, the first empty, is refused on the fast path too")
    func repeatedRisks() throws {
        var text = goodText
        let risks = try #require(text.range(of: "\"risks\" : "))
        text.insert(contentsOf: "\"risks\" : [],\n      ", at: risks.lowerBound)
        #expect(StoreDocument.readInParallel(Data(text.utf8)) == nil, "the fast path took the first copy")
        let (_, problems, untouched) = open(text)
        #expect(problems.map(\.field) == ["portfolio.accounts[0].risks"])
        #expect(untouched)
    }

    @Test("baton validate reports a repeated field as a problem")
    func validateReportsRepeats() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let text = goodText.replacingOccurrences(of: "\"owner\" :", with: "\"accounts\" : [],\n    \"owner\" :")
        StoreFixture.write(text, to: folder + "/p.json")
        #expect(StoreValidator.validate(path: folder + "/p.json").map(\.field) == ["portfolio.accounts"])
    }

    @Test("a store Baton wrote has no repeated field, on the fast path or the careful one")
    func ownStoreIsClean() throws {
        let data = try StoreDocument.encode(SyntheticPortfolio.make(accounts: 70, seed: 3, today: StoreFixture.start,
                                                                   now: StoreFixture.savedAt), savedAt: StoreFixture.savedAt)
        #expect(StoreDocument.readInParallel(data) != nil)
        #expect(JSONText(data).repeatedKeys(limit: 5).total == 0)
    }
}
