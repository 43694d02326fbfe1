import Foundation

/// How far the store being opened has got: accounts decoded of all of them. Read from another
/// thread by the screen that shows a large store opening, so a person sees progress, not a
/// blank terminal. Only counts; it never changes what is read.
public final class OpenProgress: @unchecked Sendable {
    public static let shared = OpenProgress()

    private let lock = NSLock()
    private var decoded = 0
    private var total = 0

    /// Accounts decoded so far and how many there are (0 of 0 before the accounts are found).
    public var snapshot: (decoded: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (decoded, total)
    }

    func begin(total: Int) {
        lock.lock()
        self.total = total
        decoded = 0
        lock.unlock()
    }

    func advance() {
        lock.lock()
        decoded += 1
        lock.unlock()
    }
}
