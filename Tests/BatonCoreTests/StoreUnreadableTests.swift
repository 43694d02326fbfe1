import Foundation
import Testing
@testable import BatonCore

@Suite("Unreadable stores are refused, placed, and left untouched")
struct StoreUnreadableTests {
    /// Writes `text` as the store, opens it, and checks the refusal left the file as it was and
    /// created no journal beside it.
    private func refuse(_ text: String, _ function: String = #function) -> (path: String, problems: [StoreProblem]) {
        let folder = StoreFixture.folder(function)
        let path = folder + "/portfolio.json"
        StoreFixture.write(text, to: path)
        let before = StoreFixture.fingerprint(path)
        let problems = StoreFixture.refusal(opening: path)
        let after = StoreFixture.fingerprint(path)
        #expect(before.0 == after.0 && before.1 == after.1 && before.2 == after.2, "the refused file was touched")
        #expect(!FileManager.default.fileExists(atPath: path + ".journal"))
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
        StoreFixture.remove(folder)
        return (path, problems)
    }

    private var goodText: String {
        String(decoding: try! StoreDocument.encode(StoreFixture.portfolio(accounts: 5), savedAt: StoreFixture.savedAt),
               as: UTF8.self)
    }

    @Test("a truncated store is refused with its line and column and left untouched")
    func truncated() throws {
        let text = String(goodText.prefix(goodText.count / 2))
        let (path, problems) = refuse(text)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.path == path)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(problem.line == lines.count)
        #expect(problem.column == lines.last!.unicodeScalars.count + 1)
        #expect(problem.message.contains("truncated"))
        #expect(problem.description.hasPrefix("\(path):\(lines.count):\(lines.last!.unicodeScalars.count + 1): "))
    }

    @Test("an empty store is refused as empty")
    func empty() throws {
        let (path, problems) = refuse("")
        let problem = try #require(problems.first)
        #expect(problem.path == path && problem.line == 1 && problem.column == 1)
        #expect(problem.message.contains("empty"))
        #expect(problem.description.contains(" — "))
    }

    @Test("a file that is not JSON is refused where the syntax breaks")
    func notJSON() throws {
        let (_, problems) = refuse("hello, world\n")
        let problem = try #require(problems.first)
        #expect(problem.line == 1 && problem.column == 1)
        #expect(problem.message.contains("not valid JSON"))

        // A missing comma in the middle: the break is where the next field starts.
        var lines = goodText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let target = try #require(lines.firstIndex { $0.contains("\"headcount\" : 102,") })
        lines[target] = String(lines[target].dropLast())
        let (_, broken) = refuse(lines.joined(separator: "\n"))
        let syntax = try #require(broken.first)
        #expect(syntax.line == target + 2)
        #expect(syntax.column == lines[target + 1].prefix { $0 == " " }.count + 1)
        #expect(syntax.message.contains("expected ',' or '}'"))
    }

    @Test("a value of the wrong type is refused with its field, line and column")
    func wrongType() throws {
        let text = goodText.replacingOccurrences(of: "\"annualValue\" : 10003", with: "\"annualValue\" : \"lots\"")
        let place = try #require(StoreFixture.position(of: "\"lots\"", in: text))
        let (path, problems) = refuse(text)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.field == "portfolio.accounts[3].contract.annualValue")
        #expect(problem.line == place.line && problem.column == place.column)
        #expect(problem.message == "expected a whole number, found a string")
        #expect(problem.description.hasPrefix(
            "\(path):\(place.line):\(place.column): portfolio.accounts[3].contract.annualValue: expected a whole number, found a string — "))
        #expect(!problem.description.contains("DecodingError"))
    }

    @Test("a missing field is refused at the object that lacks it")
    func missingField() throws {
        var lines = goodText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeAll { $0.contains("\"tDay\" : \"2026-06-03\"") }
        let accountStarts = lines.indices.filter { lines[$0] == "      {" }
        let (_, problems) = refuse(lines.joined(separator: "\n"))
        let problem = try #require(problems.first)
        #expect(problem.field == "portfolio.accounts[2].tDay")
        #expect(problem.line == accountStarts[2] + 1 && problem.column == 7)
        #expect(problem.message.contains("missing"))
    }

    @Test("a calendar date that does not exist is refused with what was found")
    func badDate() throws {
        let text = goodText.replacingOccurrences(of: "\"tDay\" : \"2026-06-02\"", with: "\"tDay\" : \"2026-02-30\"")
        let place = try #require(StoreFixture.position(of: "\"2026-02-30\"", in: text))
        let (_, problems) = refuse(text)
        let problem = try #require(problems.first)
        #expect(problem.field == "portfolio.accounts[1].tDay")
        #expect(problem.line == place.line && problem.column == place.column)
        #expect(problem.message.contains("YYYY-MM-DD"))
    }

    @Test("a file of another format is refused and never written")
    func anotherFormat() throws {
        let text = goodText.replacingOccurrences(of: "\"baton-portfolio\"", with: "\"spreadsheet\"")
        let place = try #require(StoreFixture.position(of: "\"spreadsheet\"", in: text))
        let (_, problems) = refuse(text)
        let problem = try #require(problems.first)
        #expect(problem.field == "format")
        #expect(problem.line == place.line && problem.column == place.column)
        #expect(problem.message.contains("belongs to something else"))

        let (_, notOurs) = refuse("[1, 2, 3]\n")
        #expect(notOurs.first?.message.contains("found a list") == true)
        let (_, noFormat) = refuse("{\"portfolio\": {}}\n")
        #expect(noFormat.first?.field == "format")
    }

    @Test("a format version that is not a whole number is refused")
    func badVersion() throws {
        for written in ["true", "\"1\"", "1.5", "-1"] {
            let text = goodText.replacingOccurrences(of: "\"formatVersion\" : 2,", with: "\"formatVersion\" : \(written),")
            let (_, problems) = refuse(text)
            #expect(problems.map(\.field) == ["formatVersion"], "\(written)")
            #expect(problems.first?.line == 3 && problems.first?.column == 21, "\(written)")
        }
    }

    @Test("three broken accounts give three problems, in file order")
    func everyProblem() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        var text = goodText
        text = text.replacingOccurrences(of: "\"annualValue\" : 10000", with: "\"annualValue\" : true")
        text = text.replacingOccurrences(of: "\"rating\" : \"amber\",\n          \"rationale\" : \"on track\",\n          \"setOn\" : \"2026-03-02\"\n        },\n        \"healthHistory\" : [\n\n        ],\n        \"id\" : \"acct-2\"",
                                         with: "\"rating\" : \"purple\",\n          \"rationale\" : \"on track\",\n          \"setOn\" : \"2026-03-02\"\n        },\n        \"healthHistory\" : [\n\n        ],\n        \"id\" : \"acct-2\"")
        text = text.replacingOccurrences(of: "\"tDay\" : \"2026-06-05\",", with: "")
        text = text.replacingOccurrences(of: "\"owner\" : \"Priya\"", with: "\"owner\" : 7")
        StoreFixture.write(text, to: path)
        let problems = StoreValidator.validate(path: path)
        #expect(problems.map(\.field) == ["portfolio.accounts[0].contract.annualValue", "portfolio.accounts[2].health.rating",
                                          "portfolio.accounts[4].tDay", "portfolio.owner"])
        for problem in problems { print(problem) }
        #expect(problems.allSatisfy { $0.line != nil && $0.column != nil && $0.path == path })
        #expect(problems[1].message == "\"purple\" is not one of the values this field allows")
        // Opening reports the same list.
        #expect(StoreFixture.refusal(opening: path) == problems)
        #expect(StoreValidator.validate(path: folder + "/none.json").first?.message == "does not exist")
    }

    @Test("two accounts with one id are refused")
    func repeatedIDs() throws {
        let text = goodText.replacingOccurrences(of: "\"id\" : \"acct-3\"", with: "\"id\" : \"acct-1\"")
        let (_, problems) = refuse(text)
        #expect(problems.map(\.field) == ["portfolio.accounts[3].id"])
    }

    @Test("a valid store validates clean")
    func clean() {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        StoreFixture.write(goodText, to: folder + "/portfolio.json")
        #expect(StoreValidator.validate(path: folder + "/portfolio.json") == [])
    }
}
