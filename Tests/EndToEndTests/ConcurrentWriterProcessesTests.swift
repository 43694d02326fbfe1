import BatonCore
import BatonShared
import Foundation
import Testing

/// Fifty people changing the same ten accounts at once, each change a real `baton` process on the
/// shared database: health ratings and logged calls (which always apply), and risks closed and
/// re-rated by several people at once (which conflict). Afterwards every change a writer was told
/// was made (exit 0) is in the final state, every other was refused to its writer (exit 1, with
/// the reason) and is not, and the change log has exactly one entry per change made.
@Suite("Fifty writer processes lose no update",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL server to test against (.ci/postgres.sh starts one)"))
struct ConcurrentWriterProcessesTests {
    static let writers = 50
    static let changesPerWriter = 3
    static let accountCount = 10
    static let today = CalendarDate(iso: SharedDatabaseEndToEndTests.today)!

    /// One change a writer makes: what it runs, and how to find it in the final account.
    struct Change: Sendable {
        enum Kind: Sendable { case health, call, closeFirstRisk, rateFirstRisk, closeSecondRisk }
        var writer: Int
        var step: Int
        var kind: Kind
        var account: String
        /// The rationale, summary or note that marks this change in the account.
        var tag: String { "writer \(writer) change \(step)" }
        var by: String { "writer-\(writer)" }

        func arguments(url: String) -> [String] {
            let common = ["--as", by, "--database", url, "--today", SharedDatabaseEndToEndTests.today]
            switch kind {
            case .health: return ["health", account, ["amber", "red", "green"][writer % 3], "--why", tag] + common
            case .call: return ["log", account, "call", tag, "--with", "Pat", "--new-person", "Pat"] + common
            case .closeFirstRisk: return ["risk", "close", account, "1", "--note", tag] + common
            case .rateFirstRisk: return ["risk", "rate", account, "1", "--likelihood", writer % 2 == 0 ? "high" : "low", "--note", tag] + common
            case .closeSecondRisk: return ["risk", "close", account, "2", "--note", tag] + common
            }
        }

        /// Whether the change is in `account` as the database holds it at the end.
        func isIn(_ account: Account) -> Bool {
            switch kind {
            case .health: return (account.healthHistory + [account.health]).contains { $0.rationale == tag }
            case .call: return account.interactions.contains { $0.summary == tag }
            case .closeFirstRisk: return account.risks[0].status == .closed && account.risks[0].resolution == tag
            case .rateFirstRisk: return account.risks[0].history.contains { $0.note == tag }
            case .closeSecondRisk: return account.risks[1].status == .closed && account.risks[1].resolution == tag
            }
        }
    }

    /// A refusal's reason without the account's name and the who-and-when line, to count them by kind.
    static func reason(_ standardError: String) -> String {
        let first = standardError.split(separator: "\n").first.map(String.init) ?? ""
        return first.replacingOccurrences(of: "baton: ", with: "")
            .replacingOccurrences(of: #"Shared Customer \d+"#, with: "ACCOUNT", options: .regularExpression)
    }

    struct Outcome: Sendable {
        var change: Change
        var result: CommandResult
    }

    /// Ten accounts, each with two open risks (medium × medium), pushed as the starting point.
    static func accounts() throws -> [Account] {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let context = ChangeContext(today: today, now: now, by: "Sarah Khan", timeZone: .utc)
        var accounts: [Account] = []
        for n in 0..<accountCount {
            var account = try NewAccount(name: "Shared Customer \(n)", tDay: today.adding(days: 40 + n)).make(context: context, existing: accounts).get()
            for statement in ["The admin may leave", "The second site may slip"] {
                let draft = RiskDraft(statement: statement, likelihood: .medium, impact: .medium, mitigation: "none yet",
                                      owner: "Daniel", escalationTrigger: "none yet", nextReview: today.adding(days: 14))
                account = try AccountChange.register(.addRisk(draft)).apply(to: account, context: context).get().account
            }
            accounts.append(account)
        }
        return accounts
    }

    /// Who does what: 150 changes, 15 on each account, the kinds interleaved so that on every
    /// account several writers close and re-rate the same risk at about the same moment.
    static func plan(accounts: [Account]) -> [[Change]] {
        let kinds: [Change.Kind] = [.health, .call, .closeFirstRisk, .rateFirstRisk, .closeSecondRisk]
        return (0..<writers).map { writer in
            (0..<changesPerWriter).map { step in
                let account = accounts[(writer * changesPerWriter + step) % accounts.count].id
                return Change(writer: writer, step: step, kind: kinds[(writer + step) % kinds.count], account: account)
            }
        }
    }

    @Test("50 writer processes, 150 interleaved changes on 10 accounts: every acknowledged change kept, every other refused, one log entry each")
    func fiftyWriters() async throws {
        let (url, _) = try await SharedDatabaseEndToEndTests.freshDatabase()
        let settings = try DatabaseSettings.resolve(url)
        let accounts = try Self.accounts()
        try await SharedDatabase.with(settings, timeout: .seconds(120)) { db in
            try await db.migrate()
            return try await db.push(Portfolio(owner: "Sarah Khan", accounts: accounts), by: "setup")
        }
        let plan = Self.plan(accounts: accounts)
        let sandbox = try Sandbox()
        _ = try BatonBinary.path()

        // Each writer is a thread running its changes one process after another; all start together.
        let collected = Collected()
        let start = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for changes in plan {
            done.enter()
            let thread = Thread {
                start.wait()
                for change in changes {
                    do {
                        let result = try sandbox.runBaton(change.arguments(url: url), timeout: 120)
                        collected.add(Outcome(change: change, result: result))
                    } catch {
                        collected.fail("\(change.tag): \(error)")
                    }
                }
                done.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        let started = Date()
        for _ in plan { start.signal() }
        await withCheckedContinuation { (resume: CheckedContinuation<Void, Never>) in
            done.notify(queue: .global()) { resume.resume() }
        }
        let seconds = Date().timeIntervalSince(started)
        let (outcomes, failures) = collected.all()
        #expect(failures.isEmpty, "\(failures.prefix(3))")
        #expect(outcomes.count == Self.writers * Self.changesPerWriter)

        // Every writer heard one of two things: made (exit 0, the summary) or refused (exit 1, the reason).
        let odd = outcomes.filter { !($0.result.status == 0 || $0.result.status == 1) || $0.result.signalled }
        #expect(odd.isEmpty, "neither made nor refused:\n\(odd.prefix(3).map { "\($0.change.tag): \($0.result)" }.joined(separator: "\n"))")
        let applied = outcomes.filter { $0.result.status == 0 && !$0.result.signalled }
        let refused = outcomes.filter { $0.result.status == 1 && !$0.result.signalled }
        #expect(refused.allSatisfy { !$0.result.standardError.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        let retried = applied.filter { $0.result.standardError.contains("changed meanwhile") }

        let (final, logs) = try await SharedDatabase.with(settings, timeout: .seconds(120)) { db in
            var logs: [String: [SharedDatabase.LogEntry]] = [:]
            for account in accounts { logs[account.id] = try await db.history(accountID: account.id) }
            return (try await db.portfolio(), logs)
        }
        for account in accounts {
            let stored = try #require(final.account(id: account.id))
            let mine = outcomes.filter { $0.change.account == account.id }
            // Acknowledged: in the final account. Refused: not.
            for outcome in mine where outcome.result.status == 0 {
                #expect(outcome.change.isIn(stored), "\(outcome.change.tag) (\(outcome.change.kind)) was acknowledged but is not in \(account.id)")
            }
            for outcome in mine where outcome.result.status == 1 {
                #expect(!outcome.change.isIn(stored), "\(outcome.change.tag) was refused but is in \(account.id)")
            }
            // Exactly one log entry per change made (besides the push), each the summary its writer was shown.
            let entries = Array((logs[account.id] ?? []).dropFirst())
            #expect(logs[account.id]?.first?.by == "setup")
            let madeHere = mine.filter { $0.result.status == 0 }
            #expect(entries.count == madeHere.count, "\(account.id): \(entries.count) log entries for \(madeHere.count) changes made")
            let logged = entries.map { "\($0.by)|\($0.summary)" }.sorted()
            let told = madeHere.map { "\($0.change.by)|\($0.result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))" }.sorted()
            #expect(logged == told, "\(account.id): the log and what the writers were told differ")
            // A risk closed by several at once was closed by exactly one of them.
            for (index, kind) in [(0, Change.Kind.closeFirstRisk), (1, .closeSecondRisk)] {
                let closes = madeHere.filter { $0.change.kind == kind }
                #expect(closes.count == (stored.risks[index].status == .closed ? 1 : 0), "\(account.id) risk \(index + 1): \(closes.count) closes made")
            }
        }
        // The conflicts really happened: several writers went for each first risk, and some were refused.
        #expect(refused.count > 0)
        #expect(applied.count + refused.count == Self.writers * Self.changesPerWriter)

        let figures = "fifty writer processes: \(Self.writers) writers × \(Self.changesPerWriter) changes = \(outcomes.count) changes on "
            + "\(accounts.count) accounts in " + String(format: "%.1f", seconds) + " s: \(applied.count) applied (\(retried.count) "
            + "re-applied after another writer's change), \(refused.count) refused, "
            + "\(logs.values.map { $0.count - 1 }.reduce(0, +)) change-log entries; refused because: "
            + Dictionary(grouping: refused) { Self.reason($0.result.standardError) }.map { "\($0.value.count) × \($0.key)" }
                .sorted().joined(separator: "; ")
        print(figures)
        if let path = ProcessInfo.processInfo.environment["BATON_CONCURRENCY_REPORT"], !path.isEmpty {
            try? (figures + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}

/// What the writer threads report, under a lock.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [ConcurrentWriterProcessesTests.Outcome] = []
    private var failures: [String] = []

    func add(_ outcome: ConcurrentWriterProcessesTests.Outcome) { lock.lock(); outcomes.append(outcome); lock.unlock() }
    func fail(_ text: String) { lock.lock(); failures.append(text); lock.unlock() }
    func all() -> ([ConcurrentWriterProcessesTests.Outcome], [String]) { lock.lock(); defer { lock.unlock() }; return (outcomes, failures) }
}
