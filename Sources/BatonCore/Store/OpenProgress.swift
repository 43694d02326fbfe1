import Foundation

/// How far the store being opened has got: accounts decoded, and how much of the whole is done.
/// Read from another thread by the screen that shows a large store opening, so a person sees
/// progress, not a blank terminal. Only counts; it never changes what is read.
///
/// The share done is counted in bytes when the document is read through a window (its accounts
/// are only counted as they come), in accounts when they were all found first.
public final class OpenProgress: @unchecked Sendable {
    public static let shared = OpenProgress()

    public struct Snapshot: Sendable, Equatable {
        public var decoded: Int
        /// 0…1, nil before the read has begun.
        public var fraction: Double?

        public init(decoded: Int, fraction: Double?) {
            self.decoded = decoded
            self.fraction = fraction
        }
    }

    private let lock = NSLock()
    private var decoded = 0
    private var done = 0
    private var total = 0
    private var byAccount = false

    public var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return Snapshot(decoded: decoded, fraction: total > 0 ? min(1, Double(done) / Double(total)) : nil)
    }

    /// Counted in accounts: `total` of them were found.
    func begin(total: Int) {
        lock.lock()
        (self.total, decoded, done, byAccount) = (total, 0, 0, true)
        lock.unlock()
    }

    /// Counted in bytes: the document is `bytes` long.
    func begin(bytes: Int) {
        lock.lock()
        (total, decoded, done, byAccount) = (bytes, 0, 0, false)
        lock.unlock()
    }

    func advance() {
        lock.lock()
        decoded += 1
        if byAccount { done += 1 }
        lock.unlock()
    }

    /// `accounts` more decoded, and the document read up to `byte`.
    func advance(accounts: Int, toByte byte: Int) {
        lock.lock()
        decoded += accounts
        if !byAccount { done = max(done, byte) }
        lock.unlock()
    }
}
