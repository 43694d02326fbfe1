#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation
import Testing

/// Issue 25 through the real binary: outputs and inputs with bounds.
@Suite("Trust nothing, second round: outputs and inputs, end to end")
struct SecondRoundEndToEndTests {
    static let today = "2026-11-23"
    /// Every scalar the campaign saw written raw by `show --json`: bidi overrides and isolates, C1, DEL.
    static let hostile = "Nor\u{202E}thwind\u{202C} \u{2066}x\u{2069} \u{85}\u{9B}31m \u{7F}Ltd"

    @Test("show --json escapes bidi, C1 and DEL as list --json does, and reads back as the same name")
    func showJSONEscapes() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: Self.today) { portfolio in
            let i = try #require(portfolio.accounts.firstIndex { $0.id == "northwind" })
            portfolio.accounts[i].identity.name = Self.hostile
            portfolio.accounts[i].health.rationale = "fine\u{202E}"
        }
        for command in [["show", "northwind", "--json"], ["list", "--json"]] {
            let result = try sandbox.runBaton(command + ["--store", store, "--today", Self.today])
            #expect(result.status == 0, "\(result)")
            let raw = result.standardOutput.unicodeScalars.filter {
                (0x80...0x9F).contains($0.value) || $0.value == 0x7F || (0x202A...0x202E).contains($0.value)
                    || (0x2066...0x2069).contains($0.value)
            }
            #expect(raw.isEmpty, "\(command): \(raw.map { String($0.value, radix: 16) })")
            #expect(result.standardOutput.contains("\\u202e") && result.standardOutput.contains("\\u009b"), "\(command)")
            // The same document to a JSON reader: the name is exactly the stored one.
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            let name = command[0] == "show"
                ? (document["account"] as? [String: Any])?["identity"].flatMap { ($0 as? [String: Any])?["name"] as? String }
                : (document["accounts"] as? [[String: Any]])?.first { $0["id"] as? String == "northwind" }?["name"] as? String
            #expect(name == Self.hostile, "\(command)")
        }
    }

    @Test("a 10 MB account name cannot come in by add or import, and one already in a store lists in lines no longer than a column allows")
    func hugeNames() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        let huge = String(repeating: "N", count: 10 << 20)
        try StoreFixture.writeDemo(to: store, today: Self.today) { portfolio in
            portfolio.accounts[0].identity.name = huge
        }
        let listed = try sandbox.runBaton(["list", "--store", store, "--today", Self.today], timeout: 120)
        #expect(listed.status == 0)
        let longest = listed.standardOutput.components(separatedBy: "\n").map { $0.count }.max() ?? 0
        #expect(longest < 400, "the longest line is \(longest) characters")
        let narrow = try sandbox.runBaton(["list", "--store", store, "--today", Self.today, "--width", "80"], timeout: 120)
        #expect(narrow.standardOutput.split(separator: Character("\n")).allSatisfy { ScreenText.displayWidth($0) <= 80 }, "\(narrow.standardOutput.prefix(2000))")
        #expect(narrow.standardOutput.contains("…"))

        // Coming in: refused with the core's words, by the shell and by the import alike.
        let fresh = sandbox.path("fresh.json")
        try StoreFixture.writeDemo(to: fresh, today: Self.today)
        let name201 = String(repeating: "n", count: 201)
        let added = try sandbox.runBaton(["add", name201, "--store", fresh, "--today", Self.today])
        #expect(added.status != 0 && added.standardError.contains("at most 200 characters"), "\(added)")
        let nul = try sandbox.runBaton(["add", "\u{1}\u{1}\u{1}", "--store", fresh, "--today", Self.today])
        // The shell's grammar drops control characters as it reads a field, so this reaches it as blank.
        #expect(nul.status != 0 && (nul.standardError.contains("cannot be only control characters")
                                    || nul.standardError.contains("--name: needed")), "\(nul)")
        let csv = sandbox.path("crm.csv")
        try Data("Account Name,Stage\n\(name201),1\nAcme Freight,1\n".utf8).write(to: URL(fileURLWithPath: csv))
        let imported = try sandbox.runBaton(["import", csv, "--store", fresh, "--today", Self.today, "--dry-run"])
        #expect(imported.standardOutput.contains("at most 200 characters"), "\(imported)")
        let million = sandbox.path("wide.csv")
        try Data((String(repeating: "a,", count: 1_000_000) + "b\nx\n").utf8).write(to: URL(fileURLWithPath: million))
        let wide = try sandbox.runBaton(["import", million, "--store", fresh, "--today", Self.today, "--dry-run"])
        #expect(wide.status != 0 && wide.standardOutput.count + wide.standardError.count < 2_000, "\(wide.standardError.prefix(500))")
    }
}
