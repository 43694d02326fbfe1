#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import BatonCore

@Suite("Who may write, and with what permissions")
struct StoreSafetyTests {
    @Test("the store, its backup, journal and lock are 0600 and a new folder 0700, whatever the umask")
    func permissions() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let previous = umask(0o022)
        defer { umask(previous) }
        let path = folder + "/nested/baton/portfolio.json"
        let store = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 2) })
        try store.commit(StoreFixture.account(0, rationale: "changed"))
        try store.checkpoint()
        try store.commit(StoreFixture.account(1, rationale: "changed"))
        for file in [path, path + ".bak", path + ".journal", path + ".lock"] {
            #expect(StoreFixture.mode(file) == 0o600, "\(file)")
        }
        #expect(StoreFixture.mode(folder + "/nested") == 0o700)
        #expect(StoreFixture.mode(folder + "/nested/baton") == 0o700)
        try store.close()
    }

    @Test("a store someone saved as 0644 becomes 0600, with its backup, at the next save")
    func tightensPermissions() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 1), to: path)
        chmod(path, 0o644)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        try store.checkpoint()
        #expect(StoreFixture.mode(path) == 0o600)
        #expect(StoreFixture.mode(path + ".bak") == 0o600)
        try store.close()
    }

    @Test("a second open of the same store is read-only, says who holds it, and refuses changes")
    func lock() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 2) })
        #expect(first.access == .readWrite)
        try first.commit(StoreFixture.account(0, rationale: "first"))

        let second = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(second.access == .readOnly([.heldByAnother(pid: Int(getpid()))]))
        #expect(second.access.reasonText == "another baton (pid \(getpid())) has this store open")
        #expect(second.portfolio.account(id: "acct-0")?.health.rationale == "first")
        #expect(throws: StoreError.self) { try second.commit(StoreFixture.account(1, rationale: "second")) }
        #expect(throws: StoreError.self) { try second.checkpoint() }
        let journal = StoreFixture.read(path + ".journal")
        try second.close()
        #expect(StoreFixture.read(path + ".journal") == journal)
        #expect(first.access == .readWrite)

        try first.close()
        let third = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(third.access == .readWrite)
        #expect(third.portfolio.account(id: "acct-0")?.health.rationale == "first")
        try third.close()
    }

    @Test("a store reached through a symbolic link is saved through it, and the link stays a link")
    func symlink() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/dotfiles", withIntermediateDirectories: true)
        let target = folder + "/dotfiles/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 1), to: target)
        try FileManager.default.createSymbolicLink(atPath: folder + "/portfolio.json", withDestinationPath: target)
        let store = try PortfolioStore.open(path: folder + "/portfolio.json", creatingWith: { Portfolio() })
        #expect(store.path == target)
        try store.commit(StoreFixture.account(0, rationale: "through the link"))
        try store.close()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/portfolio.json") == target)
        #expect(StoreFixture.text(target).contains("through the link"))
        #expect(FileManager.default.fileExists(atPath: target + ".bak"))
    }

    @Test("a closed store refuses changes instead of dropping them")
    func closed() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let store = try PortfolioStore.open(path: folder + "/portfolio.json", creatingWith: { StoreFixture.portfolio(accounts: 1) })
        try store.close()
        #expect(throws: StoreError.self) { try store.commit(StoreFixture.account(0, rationale: "late")) }
    }

    @Test("a store that vanished while its backup remains is not silently recreated")
    func missingWithBackup() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 1) })
        try store.checkpoint()
        try store.close()
        unlink(path)
        let backup = StoreFixture.read(path + ".bak")
        #expect {
            try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        } throws: { error in
            guard case StoreError.missing = error else { return false }
            return "\(error)".contains("restore the backup")
        }
        #expect(StoreFixture.read(path + ".bak") == backup)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
