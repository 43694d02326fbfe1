#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation
import Testing

@Suite("Crash safety of an import and its undo", .serialized)
struct StoreBatchCrashTests {
    @Test("a store killed while imports are applied and undone holds one step whole: every account from it, or none")
    func killedBetweenBeforeAndAfter() throws {
        let probe = try #require(StoreCrashTests.probe(), "store-probe was not built next to the tests")
        let seed = UInt64(Date().timeIntervalSince1970 * 1000)
        var dice = StoreCrashTests.Dice(state: seed)
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("baton-batch-crash-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/portfolio.json"
        let baseCount = 200 // enough that a rewrite takes long enough to be killed inside
        var killedMidway = 0
        // The step the last check found (0: none yet); a child killed before its first step leaves it.
        var previous = 0

        for run in 1...20 {
            let wait = dice.roll(0...4)
            let delay = useconds_t(dice.roll(0...40) * 500)
            let child = Process()
            child.executableURL = probe
            child.arguments = [path, "batches", "30", "accounts", "\(baseCount)"]
            let output = Pipe()
            let errors = Pipe()
            child.standardOutput = output
            child.standardError = errors
            let exited = DispatchSemaphore(value: 0)
            child.terminationHandler = { _ in exited.signal() }
            try child.run()
            let lines = StoreCrashTests.Lines(output.fileHandleForReading)
            while lines.lastDurable < wait, lines.next() {}
            if delay > 0 { usleep(delay) }
            if exited.wait(timeout: .now()) == .timedOut {
                kill(child.processIdentifier, SIGKILL)
            } else {
                exited.signal()
            }
            if exited.wait(timeout: .now() + 10) == .timedOut {
                Issue.record("store-probe did not end after SIGKILL")
                return
            }
            lines.drain()
            let context = Comment(rawValue: "seed \(seed), run \(run), killed after \(lines.lastDurable) durable steps; "
                                  + "last lines \(lines.lines.suffix(2)); stderr "
                                  + String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
            if child.terminationReason == .exit { #expect(child.terminationStatus == 0, context) }
            guard FileManager.default.fileExists(atPath: path) else { continue }
            if child.terminationReason == .uncaughtSignal { killedMidway += 1 }

            let store = try PortfolioStore.open(path: path, creatingWith: {
                Issue.record("the store vanished; \(context)")
                return Portfolio()
            })
            #expect(store.access == .readWrite, context)
            let accounts = store.portfolio.accounts
            let imported = accounts.filter { $0.id.hasPrefix("batch-") }
            #expect(accounts.count - imported.count == baseCount, context)
            // One step, whole: every account carries the same step's rationale.
            let rationales = Set(accounts.map(\.health.rationale))
            #expect(rationales.count == 1, "\(rationales.sorted()); \(context)")
            if let only = rationales.first, only.hasPrefix("batch "), let k = Int(only.dropFirst(6)) {
                // An odd step is an import (all twenty there), an even one its undo (none).
                #expect(imported.count == (k % 2 == 1 ? 20 : 0), "step \(k) with \(imported.count) imported; \(context)")
                // Nothing reported durable is lost: the step is the last reported, or the one in flight.
                let durable = lines.lastDurable
                let allowed = [durable + 1] + (durable > 0 ? [durable] : [previous])
                #expect(allowed.contains(k), "step \(k), expected one of \(allowed); \(context)")
                previous = k
            } else {
                #expect(imported.isEmpty && previous == 0, context)
            }
            try store.close()
        }
        #expect(killedMidway > 0, "no kill landed between steps: the test did not exercise the rewrite")
    }
}
