import Foundation
import Testing
@testable import BatonCore

@Suite("Every output is inert")
struct SafeTextTests {
    static let hostile = "2026\u{1B}]0;pwned\u{07}\u{1B}[2J-\u{9B}2J\u{9D}0;x\u{07}\u{202E}txet"

    @Test("a problem quoting a date field with a title-setting and screen-clearing sequence prints none of it")
    func problemDescription() {
        let problem = StoreProblem(path: "/tmp/p\u{1B}[2J.json", line: 3, column: 4, field: "portfolio.accounts[0].tDay",
                                   message: "expected a calendar date, found \"\(Self.hostile)\"")
        let text = problem.description
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E },
                "\(text.debugDescription)")
        #expect(text.hasPrefix("/tmp/p.json:3:4: portfolio.accounts[0].tDay: expected a calendar date"))
    }

    @Test("a damaged journal's reason is inert, and a refusal of several problems keeps its line breaks")
    func errorDescription() {
        let journal = StoreError.damagedJournal(path: "/tmp/j", line: 1, record: 1, reason: Self.hostile, followed: false)
        #expect(!journal.description.contains("\u{1B}") && !journal.description.contains("\u{9B}"))
        let two = StoreError.unreadable([StoreProblem(path: "a", message: Self.hostile), StoreProblem(path: "b", message: "x")])
        #expect(two.description.split(separator: "\n").count == 2)
        #expect(!two.description.contains("\u{1B}"))
    }

    @Test("JSON carries C1, bidirectional and separator controls as \\u escapes, and still decodes to the same text")
    func jsonEscapes() throws {
        let raw = try JSONEncoder().encode(["name": "A\u{9B}B\u{9D}C\u{202E}D\u{2066}E\u{7F}F é 東京 🐟"])
        let safe = SafeText.escapingControls(inJSON: raw)
        let text = String(decoding: safe, as: UTF8.self)
        #expect(text.contains("\\u009b") && text.contains("\\u009d") && text.contains("\\u202e") && text.contains("\\u2066") && text.contains("\\u007f"))
        #expect(!text.unicodeScalars.contains { SafeText.needsJSONEscape($0.value) })
        #expect(try JSONDecoder().decode([String: String].self, from: safe) == JSONDecoder().decode([String: String].self, from: raw))
        #expect(text.contains("é 東京 🐟"))
    }

    @Test("the store is written with those controls escaped, in one pass and in parallel alike")
    func storeEscapes() throws {
        var portfolio = StoreFixture.portfolio(accounts: 70)
        portfolio.accounts[3].identity.name = "Evil\u{9B}2J\u{202E}Corp"
        portfolio.owner = "Pri\u{9D}ya"
        let parallel = try StoreDocument.encode(portfolio, savedAt: StoreFixture.savedAt)
        portfolio.accounts.removeLast(10)
        let onePass = try StoreDocument.encode(portfolio, savedAt: StoreFixture.savedAt)
        for data in [parallel, onePass] {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("Evil\\u009b2J\\u202eCorp") && text.contains("Pri\\u009dya"))
            #expect(try StoreDocument.decode(data, path: "p").accounts[3].name == "Evil\u{9B}2J\u{202E}Corp")
        }
    }
}
