import BatonCore
import Foundation

/// `store-probe PATH batches N [accounts A]`: an import and its undo, over and over, each one
/// rewrite of the store. Step k sets every account's health rationale to "batch k"; an odd step
/// also adds the twenty `batch-*` accounts (an import), an even one takes them out again (its
/// undo). `durable k` is printed only once step k is on disk. Killed anywhere, the store must
/// hold one step whole: every rationale the same, the batch accounts all there or none.
func runBatches(path: String, steps: Int, accountCount: Int) -> Never {
    let batchIDs = (0..<20).map { "batch-\($0)" }
    do {
        let store = try PortfolioStore.open(path: path, creatingWith: { builtInPortfolio(accounts: accountCount) })
        guard store.access == .readWrite else { fail("\(store.access)", code: 1) }
        let base = store.portfolio.accounts.filter { !$0.id.hasPrefix("batch-") }
        guard let template = base.first else { fail("the store at \(path) has no accounts", code: 1) }
        say("opened \(store.portfolio.accounts.count)")
        for k in 1...max(1, steps) {
            var upserts = base.map { account -> Account in
                var changed = account
                changed.health.rationale = "batch \(k)"
                return changed
            }
            var removals: Set<String> = []
            if k % 2 == 1 {
                upserts += batchIDs.map { id -> Account in
                    var added = template
                    added.id = id
                    added.identity.name = "Imported \(id)"
                    added.health.rationale = "batch \(k)"
                    return added
                }
            } else {
                removals = Set(batchIDs)
            }
            try store.apply(upserts: upserts, removals: removals)
            say("durable \(k)")
        }
        try store.close()
        say("closed")
        exit(0)
    } catch {
        fail("\(error)", code: 1)
    }
}
