import BatonCore
import Foundation
import Testing
@testable import BatonShared

/// The outbox beside a shared portfolio's local copy: what it holds survives a kill, a torn last
/// record is cut off, what was sent is not sent again. No server needed.
@Suite("The outbox")
struct OutboxTests {
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-outbox-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func entry(_ n: Int, account: String = "acme") -> OutboxEntry {
        OutboxEntry(accountID: account, baseVersion: Int64(n),
                    change: .notes(.setHealth(.amber, rationale: "change \(n)")),
                    context: ChangeContext(today: SharedDatabaseTests.today, now: SharedDatabaseTests.now, by: "sarah", timeZone: .utc))
    }

    @Test("changes appended are there after reopening (as after a kill), in the order they were made, in a 0600 file")
    func survives() throws {
        let path = try Self.folder() + "/outbox.log"
        do {
            let outbox = try Outbox(path: path)
            for n in 1...3 { try outbox.append(Self.entry(n)) }
            // No close: the object is dropped as a killed process would drop it.
        }
        let reopened = try Outbox(path: path)
        #expect(reopened.pending.map(\.baseVersion) == [1, 2, 3])
        #expect(reopened.pending.first?.change == .notes(.setHealth(.amber, rationale: "change 1")))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a change marked sent is not there after reopening; the rest keep their order")
    func sentIsGone() throws {
        let path = try Self.folder() + "/outbox.log"
        let entries = (1...3).map { Self.entry($0) }
        do {
            let outbox = try Outbox(path: path)
            for entry in entries { try outbox.append(entry) }
            try outbox.markSent(entries[0].id)
        }
        #expect(try Outbox(path: path).pending == Array(entries[1...]))
        do {
            let outbox = try Outbox(path: path)
            try outbox.markSent(entries[1].id)
            try outbox.markSent(entries[2].id)
        }
        #expect(try Outbox(path: path).pending.isEmpty)
        // Nothing waits: the file starts again rather than grow.
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == 0)
    }

    @Test("a torn last record (a kill in the middle of a write) is cut off; the whole ones before it stay")
    func tornTail() throws {
        let path = try Self.folder() + "/outbox.log"
        do {
            let outbox = try Outbox(path: path)
            try outbox.append(Self.entry(1))
            try outbox.append(Self.entry(2))
        }
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let lastLineStart = whole.dropLast().lastIndex(of: 0x0A)! + 1
        for cut in [lastLineStart + 3, lastLineStart + 20, whole.count - 1] {
            try whole.prefix(cut).write(to: URL(fileURLWithPath: path))
            let reopened = try Outbox(path: path)
            #expect(reopened.pending.map(\.baseVersion) == [1], "cut at \(cut)")
            try reopened.append(Self.entry(3))
            #expect(try Outbox(path: path).pending.map(\.baseVersion) == [1, 3], "cut at \(cut)")
        }
    }

    @Test("a damaged record in the middle is refused, and the file kept as it is")
    func damage() throws {
        let path = try Self.folder() + "/outbox.log"
        do {
            let outbox = try Outbox(path: path)
            for n in 1...3 { try outbox.append(Self.entry(n)) }
        }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let second = bytes.firstIndex(of: 0x0A)! + 40
        bytes[second] = bytes[second] == 0x41 ? 0x42 : 0x41
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try Outbox(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test("the screen shows the person's waiting changes on top of the database's account")
    func overlay() throws {
        let outbox = try Outbox(path: try Self.folder() + "/outbox.log")
        let account = SharedDatabaseTests.demo().accounts[0]
        try outbox.append(Self.entry(1, account: account.id))
        #expect(outbox.overlay(account).health.rating == .amber)
        #expect(outbox.overlay(account).health.rationale == "change 1")
    }
}
