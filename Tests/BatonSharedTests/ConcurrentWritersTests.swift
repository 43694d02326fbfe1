import BatonCore
import Foundation
import Testing
@testable import BatonShared

/// Many writers, each with its own connection pool, changing the same few accounts at once.
@Suite("Concurrent writers lose no update", .enabled(if: TestDatabase.url != nil, TestDatabase.skipped))
struct ConcurrentWritersTests {
    static let writers = 10
    static let changesPerWriter = 9

    struct Tally: Sendable {
        var applied: [(account: String, summary: String, attempts: Int, label: String)] = []
        var refused: [String] = []
        var failed: [String] = []
    }

    @Test("10 writers, 3 accounts, interleaved and conflicting changes: every applied change is in the end state, logged once")
    func tenWriters() async throws {
        let settings = try await TestDatabase.fresh()
        let today = SharedDatabaseTests.today
        let demo = SharedDatabaseTests.demo()
        // Three accounts, the first with an open risk that every writer tries to close: one may.
        let withRisk = try #require(demo.accounts.first { $0.risks.contains { $0.status == .open } })
        let risk = try #require(withRisk.risks.first { $0.status == .open })
        let accounts = [withRisk] + demo.accounts.filter { $0.id != withRisk.id }.prefix(2)
        try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(today: SharedDatabaseTests.today)
            _ = try await db.push(Portfolio(owner: "Team", accounts: accounts), by: "setup", today: SharedDatabaseTests.today)
        }

        let started = Date()
        let tallies = try await withThrowingTaskGroup(of: Tally.self) { group in
            for writer in 0..<Self.writers {
                group.addTask {
                    try await SharedDatabase.with(settings, timeout: .seconds(120)) { db in
                        var tally = Tally()
                        let context = ChangeContext(today: today, now: SharedDatabaseTests.now, by: "writer-\(writer)", timeZone: .utc)
                        for k in 0..<Self.changesPerWriter {
                            let account = accounts[(writer + k) % accounts.count]
                            let change: AccountChange = k == 4
                                ? .register(.closeRisk(id: risk.id, note: "closed by writer \(writer)"))
                                : k % 3 == 0
                                    ? .notes(.setHealth(.amber, rationale: "writer \(writer) change \(k)"))
                                    : .notes(.logInteraction(.call, on: today, at: SharedDatabaseTests.now, with: "Pat",
                                                             summary: "writer \(writer) change \(k)"))
                            let target = k == 4 ? withRisk.id : account.id
                            do {
                                switch try await db.apply(change, toAccount: target, context: context) {
                                case .applied(let summary, _, let attempts):
                                    tally.applied.append((target, summary, attempts, "writer \(writer) change \(k)"))
                                case .refused(let reason, _, _): tally.refused.append(reason)
                                case .alreadyApplied(let summary): tally.failed.append("applied already, without a key: \(summary)")
                                }
                            } catch {
                                tally.failed.append(String(reflecting: error))
                            }
                        }
                        return tally
                    }
                }
            }
            var all: [Tally] = []
            for try await tally in group { all.append(tally) }
            return all
        }
        let seconds = Date().timeIntervalSince(started)
        let applied = tallies.flatMap(\.applied)
        let refused = tallies.flatMap(\.refused)
        #expect(tallies.flatMap(\.failed).isEmpty, "\(tallies.flatMap(\.failed).prefix(3))")
        let retried = applied.filter { $0.attempts > 1 }.count
        let maxAttempts = applied.map(\.attempts).max() ?? 0

        // Exactly one writer closes the risk; the others are refused in the domain's words.
        #expect(refused.count == Self.writers - 1)
        #expect(applied.count == Self.writers * Self.changesPerWriter - refused.count)

        let (final, logs) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            var logs: [String: [SharedDatabase.LogEntry]] = [:]
            for account in accounts { logs[account.id] = try await db.history(accountID: account.id) }
            return (try await db.portfolio(), logs)
        }
        for account in accounts {
            let stored = try #require(final.account(id: account.id))
            let mine = applied.filter { $0.account == account.id }
            // One log entry per applied change, besides the push that put the account there.
            #expect(logs[account.id]?.count == mine.count + 1)
            #expect(logs[account.id]?.dropFirst().map(\.summary).sorted() == mine.map(\.summary).sorted())
            // Every interaction and every health rating reported applied is in the final account.
            let calls = Set(stored.interactions.map(\.summary))
            let ratings = Set((stored.healthHistory + [stored.health]).map(\.rationale))
            // Interactions are k % 3 != 0, ratings k % 3 == 0 (k = 4 is the risk): from what each writer was told applied.
            let expectedCalls = mine.filter { $0.summary.contains(" logged") }.map(\.label)
            let expectedRatings = mine.filter { $0.summary.contains(": health ") }.map(\.label)
            #expect(expectedCalls.count + expectedRatings.count + (account.id == withRisk.id ? 1 : 0) == mine.count)
            #expect(Set(expectedCalls).isSubset(of: calls))
            #expect(Set(expectedRatings).isSubset(of: ratings))
        }
        #expect(final.account(id: withRisk.id)?.risks.first { $0.id == risk.id }?.status == .closed)
        print("concurrent writers: \(Self.writers) writers × \(Self.changesPerWriter) changes on \(accounts.count) accounts in "
              + String(format: "%.2f", seconds) + " s: \(applied.count) applied (\(retried) after a conflict, at most "
              + "\(maxAttempts) tries), \(refused.count) refused")
    }
}
