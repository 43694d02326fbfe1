import BatonCore
import Foundation
import Testing
@testable import BatonShared

/// A change the outbox file would not take (a full disk): before, the dashboard said so once and
/// the change stayed in the local copy only, never sent. Now it is kept in memory, in order,
/// written at the next try, and sent meanwhile: never dropped. No server needed.
@Suite("The outbox when its file will not take a change")
struct OutboxRetryTests {
    struct DiskFull: Error {}

    /// Whether writes fail, switched by the test.
    final class Fault: @unchecked Sendable {
        private let lock = NSLock()
        private var on = true
        var failing: Bool {
            get { lock.lock(); defer { lock.unlock() }; return on }
            set { lock.lock(); on = newValue; lock.unlock() }
        }
    }

    @Test("a change the file would not take is kept, still waits to be sent, and is written at the next try, in order")
    func keptAndRetried() throws {
        let path = try OutboxTests.folder() + "/outbox.log"
        let outbox = try Outbox(path: path)
        try outbox.append(OutboxTests.entry(1))
        let fault = Fault()
        outbox.writeFault = { fault.failing ? DiskFull() : nil }
        #expect(throws: DiskFull.self) { try outbox.append(OutboxTests.entry(2)) }
        #expect(throws: DiskFull.self) { try outbox.append(OutboxTests.entry(3)) }
        // Waiting to be sent all the same, in the order made; not on disk yet.
        #expect(outbox.pending.map(\.baseVersion) == [1, 2, 3])
        #expect(outbox.count == 3 && outbox.unwrittenCount == 2)
        #expect(try Outbox(path: path).pending.map(\.baseVersion) == [1])
        // Still failing: nothing is lost by trying again.
        #expect(throws: DiskFull.self) { try outbox.retryUnwritten() }
        #expect(outbox.pending.map(\.baseVersion) == [1, 2, 3])
        fault.failing = false
        try outbox.retryUnwritten()
        #expect(outbox.unwrittenCount == 0)
        #expect(try Outbox(path: path).pending.map(\.baseVersion) == [1, 2, 3])
    }

    @Test("a change made while others wait in memory goes behind them, never ahead (written with them at the next append)")
    func neverOutOfOrder() throws {
        let path = try OutboxTests.folder() + "/outbox.log"
        let outbox = try Outbox(path: path)
        let fault = Fault()
        outbox.writeFault = { fault.failing ? DiskFull() : nil }
        #expect(throws: DiskFull.self) { try outbox.append(OutboxTests.entry(1)) }
        fault.failing = false
        try outbox.append(OutboxTests.entry(2))
        #expect(try Outbox(path: path).pending.map(\.baseVersion) == [1, 2])
    }

    @Test("a change sent to the database while only in memory is done: not written afterwards, not sent again")
    func sentFromMemory() throws {
        let path = try OutboxTests.folder() + "/outbox.log"
        let outbox = try Outbox(path: path)
        let fault = Fault()
        outbox.writeFault = { fault.failing ? DiskFull() : nil }
        let entry = OutboxTests.entry(1)
        #expect(throws: DiskFull.self) { try outbox.append(entry) }
        try outbox.markSent(entry.id)
        #expect(outbox.pending.isEmpty)
        fault.failing = false
        try outbox.retryUnwritten()
        #expect(try Outbox(path: path).pending.isEmpty)
    }
}
