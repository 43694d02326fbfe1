import BatonCore
import BatonShared
import Foundation

// The live delay: how long a change written by one process takes to reach a listening
// dashboard's link (SharedSync: NOTIFY heard, the account fetched, handed to the screen's loop).
//
//     swift run -c release baton-live-bench postgres://USER@HOST:PORT/postgres [changes]
//
// It creates a database of its own on that server (baton_bench_…, dropped at the end), pushes
// the demo portfolio, and prints the median and 95th percentile over the changes (100 unless told).
//
//     swift run -c release baton-live-bench first-open postgres://USER@HOST:PORT/postgres [2000 10000]
//
// The shared portfolio's first open on a new machine and the later open (FirstOpenBench).

// To try a new machine's first open by hand: `baton-live-bench push-synthetic URL 2000` migrates the
// database in URL and pushes that many synthetic accounts into it (the database is kept).
if CommandLine.arguments.dropFirst().first == "push-synthetic", CommandLine.arguments.count == 4,
   let n = Int(CommandLine.arguments[3]) {
    do {
        let settings = try DatabaseSettings.resolve(CommandLine.arguments[2])
        let today = CalendarDate(Date(), in: .current)
        let portfolio = try FirstOpenBench.accounts(n, today: today)
        let report = try Blocking.run {
            try await SharedDatabase.with(settings, timeout: .seconds(3600)) { db in
                try await db.migrate(today: today)
                return try await db.push(portfolio, by: "bench", today: today)
            }
        }
        print("\(settings.described): \(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged")
    } catch {
        FileHandle.standardError.write(Data("baton-live-bench: \(Redaction.scrub("\(error)"))\n".utf8))
        exit(1)
    }
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "first-open" {
    let rest = Array(CommandLine.arguments.dropFirst(2))
    guard let url = rest.first(where: { $0.contains("://") }) ?? ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"] else {
        FileHandle.standardError.write(Data("usage: baton-live-bench first-open postgres://USER@HOST:PORT/DB [accounts ...]\n".utf8))
        exit(2)
    }
    let sizes = rest.compactMap(Int.init)
    do {
        try FirstOpenBench.run(url: url, sizes: sizes.isEmpty ? [2_000, 10_000] : sizes)
    } catch {
        FileHandle.standardError.write(Data("baton-live-bench: \(Redaction.scrub("\(error)"))\n".utf8))
        exit(1)
    }
    exit(0)
}

let arguments = CommandLine.arguments.dropFirst()
guard let url = arguments.first ?? ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"] else {
    FileHandle.standardError.write(Data("usage: baton-live-bench postgres://USER@HOST:PORT/DB [changes]\n".utf8))
    exit(2)
}
let changes = arguments.dropFirst().first.flatMap(Int.init) ?? 100

do {
    let admin = try DatabaseSettings.resolve(url)
    var named = admin
    named.database = "baton_bench_\(UUID().uuidString.prefix(8).lowercased())"
    let settings = named
    try Blocking.run { try await Admin.createDatabase(named: settings.database, on: admin) }
    let today = CalendarDate(Date(), in: .current)
    let portfolio = DemoPortfolio.make(today: today, now: Date())
    let account = portfolio.accounts[0]
    try Blocking.run {
        try await SharedDatabase.with(settings) { db in
            try await db.migrate(today: today)
            _ = try await db.push(portfolio, by: "bench", today: today)
        }
    }
    let folder = NSTemporaryDirectory() + "baton-live-bench-\(getpid())"
    let outbox = try Outbox(path: folder + "/outbox.log")
    let known = try Blocking.run { try await SharedDatabase.with(settings) { try await $0.versions() } }
    let sync = SharedSync(settings: settings, outbox: outbox, known: known)
    sync.start()
    sync.waitForFirstPass(timeout: 10)
    guard sync.isOnline else { throw SharedDatabaseError("the listener did not come online") }
    _ = sync.drain()

    let delays: [Double] = try Blocking.run {
        try await SharedDatabase.with(settings, timeout: .seconds(600)) { db in
            var delays: [Double] = []
            for n in 1...changes {
                let context = ChangeContext(today: today, now: Date(), by: "Daniel Ortiz", timeZone: .current)
                let change = AccountChange.notes(.setHealth(n % 2 == 0 ? .amber : .red, rationale: "bench change \(n)"))
                let started = Date()
                _ = try await db.apply(change, toAccount: account.id, context: context)
                var arrived = false
                while !arrived {
                    for event in sync.drain() {
                        if case .account(let changed, _, _) = event, changed.health.rationale == "bench change \(n)" { arrived = true }
                    }
                    if !arrived { try await Task.sleep(for: .microseconds(200)) }
                    if Date().timeIntervalSince(started) > 10 { throw SharedDatabaseError("change \(n) never arrived") }
                }
                delays.append(Date().timeIntervalSince(started) * 1000)
            }
            return delays
        }
    }
    sync.stop()
    try? FileManager.default.removeItem(atPath: folder)
    try? Blocking.run { try await Admin.dropDatabase(named: settings.database, on: admin) }
    let sorted = delays.sorted()
    func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
    print("live delay over \(changes) changes, from the start of one process's write to the changed account")
    print("handed to a listening dashboard's link (committed, NOTIFY heard, the account fetched):")
    print(String(format: "  median %.1f ms   p95 %.1f ms   max %.1f ms", percentile(0.5), percentile(0.95), sorted.last ?? 0))
    print("(the dashboard's loop looks for news every 100 ms: add up to 100 ms before it is on screen)")
} catch {
    FileHandle.standardError.write(Data("baton-live-bench: \(Redaction.scrub("\(error)"))\n".utf8))
    exit(1)
}
