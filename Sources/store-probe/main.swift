// A child process for the crash-safety tests, which kill it with SIGKILL at random moments.
//
//     store-probe PATH changes N checkpoint-every K [tag T] [accounts A]
//     store-probe PATH batches N [accounts A]      (see Batches.swift)
//
// Opens the store at PATH (creating it with A built-in accounts, 4 by default), then for k in
// 1...N sets one account's health rationale to "T change k" (cycling through the accounts),
// commits, and only then prints `durable k`; every K changes it checkpoints and prints
// `checkpointed k`. Exits 0 after `closed`, 2 on a usage error, 1 when the store refuses.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation

/// Unbuffered: a line the parent has read was written before the process could be killed.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("store-probe: \(message)\n".utf8))
    exit(code)
}

func builtInPortfolio(accounts count: Int) -> Portfolio {
    let start = CalendarDate(iso: "2026-03-02")!
    let names = ["Acme Logistics", "Zürich Rückversicherung", "東京データ株式会社", "Café Olé 🚀"]
    let accounts = (0..<count).map { i in
        Account(
            id: "probe-\(i)",
            identity: Identity(name: names[i % names.count] + (i < names.count ? "" : " \(i)"), industry: "Testing"),
            contract: Contract(purchased: "Platform", annualValue: 10_000 + i, currency: "EUR", termMonths: 12,
                               startDate: start, renewalDate: start.adding(days: 365)),
            people: People(onboardingCoordinator: "Sam", onboardingLead: "Priya", accountManager: "Jo"),
            health: Health(rating: .green, rationale: "initial", setOn: start),
            interactions: [Interaction(id: "i-\(i)", kind: .call, happenedAt: Date(timeIntervalSince1970: 1_772_000_000),
                                       loggedAt: Date(timeIntervalSince1970: 1_772_003_600), summary: "Kick-off call")],
            stage: .onboardingActive,
            tDay: start.adding(days: 90 + i))
    }
    return Portfolio(owner: "Priya", accounts: accounts)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count >= 3, arguments[1] == "batches", let steps = Int(arguments[2]) {
    let accounts = arguments.count >= 5 && arguments[3] == "accounts" ? max(1, Int(arguments[4]) ?? 4) : 4
    runBatches(path: arguments[0], steps: steps, accountCount: accounts)
}
guard arguments.count >= 5, arguments[1] == "changes", arguments[3] == "checkpoint-every",
      let changes = Int(arguments[2]), let every = Int(arguments[4]), changes >= 0, every > 0 else {
    fail("usage: store-probe PATH changes N checkpoint-every K [tag T] [accounts A]", code: 2)
}
let path = arguments[0]
var tag = ""
var accountCount = 4
var rest = arguments.dropFirst(5)
while rest.count >= 2 {
    let (name, value) = (rest.removeFirst(), rest.removeFirst())
    switch name {
    case "tag": tag = value + " "
    case "accounts": accountCount = max(1, Int(value) ?? 4)
    default: fail("unknown option \(name)", code: 2)
    }
}

do {
    let store = try PortfolioStore.open(path: path, creatingWith: { builtInPortfolio(accounts: accountCount) })
    guard store.access == .readWrite else { fail("\(store.access)", code: 1) }
    let ids = store.portfolio.accounts.map(\.id)
    guard !ids.isEmpty else { fail("the store at \(path) has no accounts to change", code: 1) }
    say("opened \(ids.count)")
    if changes > 0 {
        for k in 1...changes {
            var account = store.portfolio.account(id: ids[(k - 1) % ids.count])!
            account.health.rationale = "\(tag)change \(k)"
            try store.commit(account)
            say("durable \(k)")
            if k % every == 0 {
                try store.checkpoint()
                say("checkpointed \(k)")
            }
        }
    }
    try store.close()
    say("closed")
} catch {
    fail("\(error)", code: 1)
}
