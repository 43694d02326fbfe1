import Foundation

/// Results worked out on several threads at once (`DispatchQueue.concurrentPerform`), each put in
/// its own place: every one of them in order, or nil when any failed or is missing. One type for
/// the store's parallel read and write and the summary index's read.
public final class ParallelResults<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Element?]
    private var failed = false

    public init(count: Int) { items = Array(repeating: nil, count: count) }

    public func set(_ index: Int, _ item: Element) {
        lock.lock()
        items[index] = item
        lock.unlock()
    }

    public func fail() {
        lock.lock()
        failed = true
        lock.unlock()
    }

    /// Every result, in order; nil when any failed or was never set.
    public func all() -> [Element]? {
        lock.lock()
        defer { lock.unlock() }
        guard !failed else { return nil }
        let done = items.compactMap { $0 }
        return done.count == items.count ? done : nil
    }
}
