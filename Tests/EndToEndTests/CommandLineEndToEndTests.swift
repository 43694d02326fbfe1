import BatonCore
import Foundation
import Testing

/// `baton` as a script or a person at a prompt calls it: arguments in, text and an exit status out.
@Suite("The command line")
struct CommandLineEndToEndTests {
    static let today = "2026-11-23"
    static let stageNames = [
        1: "Sales handover", 2: "Onboarding active", 3: "Readiness review", 4: "Handover preparation",
        5: "Joint transition meeting", 6: "Transfer day", 7: "Continuity", 8: "Account management",
    ]

    @Test("baton --demo list shows an account in every stage from 1 to 8")
    func demoListCoversEveryStage() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.runBaton(["--demo", "list", "--today", Self.today])
        #expect(result.status == 0, "\(result)")
        for (number, name) in Self.stageNames {
            #expect(result.standardOutput.contains("\(number) \(name)"), "no account in stage \(number) \(name):\n\(result)")
        }
        #expect(result.standardOutput.contains("Northwind Logistics"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStorePath), "--demo created the user's store")
    }

    @Test("baton list --demo --json is a versioned document with twelve accounts covering stages 1 to 8")
    func demoListAsJSON() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.runBaton(["list", "--demo", "--json", "--today", Self.today])
        #expect(result.status == 0, "\(result)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        let document = try #require(parsed as? [String: Any], "not an object:\n\(result.standardOutput)")
        #expect(document["schemaVersion"] as? Int == 1)
        #expect(document["today"] as? String == Self.today)
        let rows = try #require(document["accounts"] as? [[String: Any]], "no accounts array:\n\(result.standardOutput)")
        #expect(rows.count == 12)
        let stages = Set(rows.compactMap { $0["stage"] as? Int })
        #expect(stages == Set(1...8))
        #expect(rows.contains { $0["name"] as? String == "Blue Fin Seafood 🐟" })
    }

    @Test("validate on a truncated store names path:line:column, exits non-zero and leaves the bytes alone; an intact store is valid")
    func validateTruncatedStore() throws {
        let sandbox = try Sandbox()
        let intact = sandbox.path("intact.json")
        try StoreFixture.writeDemo(to: intact, today: Self.today)
        let bytes = try #require(sandbox.contents(of: intact))
        let truncated = sandbox.path("truncated.json")
        try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: truncated))
        let before = try #require(sandbox.contents(of: truncated))

        let result = try sandbox.runBaton(["validate", truncated])
        #expect(result.status != 0, "\(result)")
        let output = result.standardOutput + result.standardError
        let located = try Regex("\(NSRegularExpression.escapedPattern(for: truncated)):[0-9]+:[0-9]+")
        #expect(output.contains(located), "no path:LINE:COL in:\n\(result)")
        #expect(!output.contains("DecodingError"), "a raw decoding error dump:\n\(result)")
        #expect(sandbox.contents(of: truncated) == before, "validate changed the truncated file")
        #expect(!FileManager.default.fileExists(atPath: truncated + ".lock"), "validate took a lock")

        let valid = try sandbox.runBaton(["validate", intact])
        #expect(valid.status == 0, "\(valid)")
        #expect(sandbox.contents(of: intact) == bytes)
    }

    @Test("list on a damaged store refuses with its path and never writes to it")
    func listOnDamagedStore() throws {
        let sandbox = try Sandbox()
        let damaged = sandbox.path("damaged.json")
        try StoreFixture.writeDemo(to: damaged, today: Self.today)
        var bytes = try #require(sandbox.contents(of: damaged))
        // A missing comma in the middle: the kind of damage a hand edit leaves.
        // One at the end of a line (the store is pretty-printed): between two members, never inside a
        // text, whose removal would leave the document whole.
        let comma = try #require(bytes.indices.dropFirst(bytes.count / 2).first {
            bytes[$0] == UInt8(ascii: ",") && $0 + 1 < bytes.count && bytes[$0 + 1] == UInt8(ascii: "\n")
        })
        bytes.remove(at: comma)
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let modified = try FileManager.default.attributesOfItem(atPath: damaged)[.modificationDate] as? Date

        let result = try sandbox.runBaton(["list", "--store", damaged, "--today", Self.today])
        #expect(result.status != 0, "\(result)")
        #expect(result.standardError.contains(damaged), "the message does not name the file:\n\(result)")
        #expect(!result.standardOutput.contains("Northwind"), "listed a damaged store:\n\(result)")
        #expect(sandbox.contents(of: damaged) == bytes, "the damaged store was rewritten")
        #expect(try FileManager.default.attributesOfItem(atPath: damaged)[.modificationDate] as? Date == modified)
        #expect(!FileManager.default.fileExists(atPath: damaged + ".bak"), "a backup was written over")
    }

    @Test("a store that does not exist is never created with the demo; one Baton creates is readable only by its owner")
    func missingStoreIsCreated() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("new/folder/portfolio.json")
        // The dashboard without a terminal says there is no portfolio yet and creates nothing.
        let first = try sandbox.runBaton(["--store", store, "--today", Self.today])
        #expect(first.status == 0, "\(first)")
        #expect(first.standardError.contains("no portfolio yet"), "\(first)")
        #expect(!FileManager.default.fileExists(atPath: store))
        try StoreFixture.writeDemo(to: store, today: Self.today)

        let listed = try sandbox.runBaton(["list", "--store", store, "--today", Self.today])
        #expect(listed.status == 0, "\(listed)")
        #expect(listed.standardOutput.contains("Northwind Logistics"), "\(listed)")

        let mode = try #require(FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600, "mode is \(String(mode.intValue & 0o777, radix: 8))")
        let valid = try sandbox.runBaton(["validate", store])
        #expect(valid.status == 0, "\(valid)")
    }

    @Test("an impossible --today date is refused with a message about the date, not a stack trace")
    func impossibleDateIsRefused() throws {
        let sandbox = try Sandbox()
        let result = try sandbox.runBaton(["--today", "2026-02-30", "list"])
        #expect(result.status != 0, "\(result)")
        #expect(!result.signalled, "it crashed:\n\(result)")
        #expect(result.standardError.contains("2026-02-30"), "\(result)")
        #expect(result.standardError.contains("YYYY-MM-DD"), "\(result)")
        for trace in ["Fatal error", "Stack dump", "backtrace", "Current stack trace"] {
            #expect(!result.standardError.contains(trace), "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStorePath), "a refused command created the store")
    }

    @Test("--version prints a version and --help gives examples")
    func versionAndHelp() throws {
        let sandbox = try Sandbox()
        let version = try sandbox.runBaton(["--version"])
        #expect(version.status == 0, "\(version)")
        #expect(version.standardOutput.contains(try Regex("^[0-9]+\\.[0-9]+\\.[0-9]+")), "\(version)")

        let help = try sandbox.runBaton(["--help"])
        #expect(help.status == 0, "\(help)")
        #expect(help.standardOutput.contains("Examples:"), "\(help)")
        #expect(help.standardOutput.contains("baton --demo"), "\(help)")
        #expect(help.standardOutput.contains("--store"), "\(help)")
    }
}
