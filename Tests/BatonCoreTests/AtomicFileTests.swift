import Foundation
import Testing
@testable import BatonCore

/// Issue 21 part 5: one atomic write (temporary file, fsync, rename, fsync of the folder) for
/// every file Baton writes; there were six, with different guarantees, one without fsync.
@Suite("The one atomic write")
struct AtomicFileTests {
    @Test("replace puts the new version whole at the path, with the mode asked and nothing left beside it")
    func replace() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/export.md"
        #expect(try AtomicFile.write(Data("old".utf8), to: path, mode: 0o644))
        #expect(try AtomicFile.write(Data("new".utf8), to: path, mode: 0o644))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("new".utf8))
        #expect(StoreFile.mode(of: path) == 0o644)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["export.md"])
    }

    @Test("keep never replaces a file that is there (false), and writes one that is not")
    func keep() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json.v1.bak"
        #expect(try AtomicFile.write(Data("first".utf8), to: path, existing: .keep))
        #expect(try AtomicFile.write(Data("second".utf8), to: path, existing: .keep) == false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("first".utf8))
        #expect(StoreFile.mode(of: path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["portfolio.json.v1.bak"])
    }

    @Test("with a backup path, the version replaced is kept there")
    func backup() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/p.json"
        try AtomicFile.write(Data("one".utf8), to: path)
        try AtomicFile.write(Data("two".utf8), to: path, backupPath: path + ".bak")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == Data("one".utf8))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("two".utf8))
    }

    /// The rule held by reading the sources: no file is created or renamed anywhere but through
    /// AtomicFile — except what is appended to, never replaced (the journal, the outbox's log,
    /// the lock file, the terminal's log) and StoreFile's own wrappers.
    @Test("no other code in Baton creates, renames or writes a file whole")
    func oneWriter() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let allowed: Set<String> = ["AtomicFile.swift", "StoreFile.swift", "StoreJournal.swift", "RecordLog.swift", "StoreLock.swift",
                                    "Terminal.swift"]
        let forbidden = ["rename(", ".write(to:", "createFile(", "O_CREAT", "FileHandle(forWriting", "fopen("]
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", !allowed.contains(file.lastPathComponent),
                  !file.path.contains("/baton-bench/"), !file.path.contains("/store-probe/") else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && !line.contains("AtomicFile.") {
                for word in forbidden where line.contains(word) { offenders.append("\(file.lastPathComponent):\(n + 1): \(word)") }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
