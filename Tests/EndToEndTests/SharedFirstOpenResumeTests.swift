import BatonCore
import Foundation
import PostgresNIO
import Testing
@testable import BatonShared

/// A shared portfolio's first open on a new machine, with the server stopped half-way through the
/// fill (issue 24, part 3): a REAL server of the test's own, stopped from inside the fill. What was
/// copied is kept; the next open draws from the database's summaries again, never shows an
/// account the database no longer has, fetches only what is still missing or changed, and ends
/// with the copy holding exactly what the database holds.
@Suite("A shared portfolio's first open, cut short and resumed",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL here (CI starts one; this test starts a cluster of its own with initdb)"))
struct SharedFirstOpenResumeTests {
    static let today = CalendarDate(iso: "2026-11-20")!
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// Stops the server, the first time it is asked.
    final class StopOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private let cluster: PostgresCluster
        init(_ cluster: PostgresCluster) { self.cluster = cluster }

        func stop() {
            lock.lock()
            defer { lock.unlock() }
            if done { return }
            done = true
            try? cluster.stop()
        }
    }

    @Test("the server stopped half-way: the copy keeps what it had, the next open resumes, and accounts removed meanwhile never show")
    func stoppedHalfWayThenResumed() async throws {
        let cluster = PostgresCluster()
        defer { cluster.remove() }
        let admin = try DatabaseSettings.resolve(try cluster.start())
        var named = admin
        named.database = "baton_resume"
        let settings = named
        try await Admin.createDatabase(named: settings.database, on: admin, timeout: .seconds(120))
        let portfolio = SyntheticPortfolio.make(accounts: 400, seed: 7, today: Self.today, now: Self.now)
        try await SharedDatabase.with(settings, timeout: .seconds(120)) { db in
            try await db.migrate(today: Self.today)
            return try await db.push(portfolio, by: "setup", today: Self.today)
        }

        // The first open: the frame from the summaries, then the fill, stopped after 200 accounts.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-resume-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/portfolio.json"
        let first = try await SharedDatabase.with(settings, timeout: .seconds(120)) { try await $0.summaries(today: Self.today) }
        #expect(first.rows.count == 400 && first.rows.allSatisfy { $0.summary != nil })
        let stopper = StopOnce(cluster)
        var store = try PortfolioStore.open(path: path, creatingWith: { Portfolio(owner: first.owner) })
        let cut = try CopyFill.run(settings: settings, store: store, folder: folder, listing: first, outbox: nil,
                                   today: Self.today, batch: 50, progress: { copied, _ in
            if copied >= 200 { stopper.stop() }
        })
        #expect(cut.stopped != nil, "the fill noticed the server went away")
        #expect(cut.fetched == 200 && cut.needed == 400)
        #expect(store.portfolio.accounts.count == 200)
        try store.close()
        #expect(CopyFill.isUnfinished(folder: folder), "the copy says its fill has not finished")
        let held = try StoreReader.read(path: path)
        #expect(held.accounts.count == 200, "what was copied is on disk")
        #expect(Set(CopyFill.readVersions(folder: folder).keys) == Set(held.accounts.map(\.id)))

        // Meanwhile, on the server: an account the copy holds and one it does not are removed, one it holds changes.
        try cluster.start()
        let heldIDs = Set(held.accounts.map(\.id))
        let removedHeld = try #require(portfolio.accounts.first { heldIDs.contains($0.id) }).id
        let removedNotHeld = try #require(portfolio.accounts.last { !heldIDs.contains($0.id) }).id
        let changed = try #require(portfolio.accounts.last { heldIDs.contains($0.id) && $0.id != removedHeld }).id
        try await SharedDatabase.with(settings, timeout: .seconds(120)) { db in
            try await db.client.query("DELETE FROM accounts WHERE id = ANY(\([removedHeld, removedNotHeld]))", logger: db.logger)
            let context = ChangeContext(today: Self.today, now: Self.now, by: "Daniel Ortiz", timeZone: .utc)
            return try await db.apply(.notes(.setHealth(.red, rationale: "changed while the copy was cut short")),
                                      toAccount: changed, context: context)
        }

        // The next open: the frame from the summaries again, without the removed accounts.
        let second = try await SharedDatabase.with(settings, timeout: .seconds(120)) { try await $0.summaries(today: Self.today) }
        #expect(second.rows.count == 398)
        #expect(!second.rows.contains { $0.id == removedHeld || $0.id == removedNotHeld })
        #expect(second.rows.first { $0.id == changed }?.summary?.health == .red)
        store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        let resumed = try CopyFill.run(settings: settings, store: store, folder: folder, listing: second, outbox: nil, today: Self.today)
        #expect(resumed.stopped == nil)
        // Only what is missing (199 of the 200 not copied) and the changed one: not the 199 held as they are.
        #expect(resumed.needed == 200 && resumed.fetched == 200)
        #expect(resumed.removed == 1)
        let database = try await SharedDatabase.with(settings, timeout: .seconds(120)) { try await $0.versionedPortfolio() }
        #expect(store.portfolio.accounts.sorted { $0.id < $1.id } == database.portfolio.accounts)
        #expect(store.portfolio.account(id: changed)?.health.rating == .red)
        #expect(CopyFill.readVersions(folder: folder) == database.versions)
        #expect(!CopyFill.isUnfinished(folder: folder))
        try store.close()
        let map = try #require(StoreDocumentMap.open(path: path))
        #expect(SummaryIndex.read(besideStore: path)?.describes(map, today: Self.today) == true,
                "the resumed copy has its index: the open after draws from it")
    }
}
