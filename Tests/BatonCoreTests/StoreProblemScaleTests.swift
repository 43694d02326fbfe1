import Foundation
import Testing
@testable import BatonCore

@Suite("Problem reports stay quick however broken the store")
struct StoreProblemScaleTests {
    private func store(accounts: [String]) -> Data {
        Data(("{\n  \"format\" : \"baton-portfolio\",\n  \"formatVersion\" : 2,\n  \"portfolio\" : {\n    \"accounts\" : [\n"
              + accounts.joined(separator: ",\n") + "\n    ],\n    \"owner\" : \"Priya\"\n  },\n  \"savedAt\" : \"2026-11-21T09:30:00Z\"\n}\n").utf8)
    }

    @Test("80,000 empty account objects are reported in seconds: the first 50 problems, then how many more")
    func manyEmptyAccounts() throws {
        let data = store(accounts: Array(repeating: "{}", count: 80_000))
        let started = Date()
        let problems = StoreDocument.problems(in: data, path: "/tmp/p.json")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(problems.count == StoreProblem.listLimit + 1)
        #expect(problems.last?.message == "and 79950 more problems like these, not listed")
        #expect(problems.first?.field == "portfolio.accounts[0].archived" || problems.first?.line == 6)
        #expect(throws: StoreError.self) { try StoreDocument.decode(data, path: "/tmp/p.json") }
    }

    @Test("2,000 copies of one account are refused in seconds, the repeats counted past the first 50")
    func repeatedAccount() throws {
        let account = String(decoding: try StoreDocument.encoder(pretty: true).encode(StoreFixture.account(1)), as: UTF8.self)
        let data = store(accounts: Array(repeating: account, count: 2_000))
        let started = Date()
        var refusal: [StoreProblem] = []
        do {
            _ = try StoreDocument.decode(data, path: "/tmp/p.json")
        } catch StoreError.unreadable(let problems) {
            refusal = problems
        }
        let problems = StoreDocument.problems(in: data, path: "/tmp/p.json")
        #expect(Date().timeIntervalSince(started) < 30)
        for list in [refusal, problems] {
            #expect(list.count == StoreProblem.listLimit + 1)
            #expect(list.first?.field == "portfolio.accounts[1].id")
            #expect(list.last?.message == "and 1949 more problems like these, not listed")
        }
    }
}
