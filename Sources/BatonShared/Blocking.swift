import Foundation

/// Runs async database work from a synchronous shell command and waits for its result: the
/// command line is synchronous (ArgumentParser's `ParsableCommand`), the client is not.
public enum Blocking {
    /// The wait passed its deadline: the work may still be running (a connection the driver
    /// waits on), and is left behind, since the process ends soon after.
    public struct DeadlinePassed: Error {}

    /// `body`'s result, or `DeadlinePassed` once `deadline` has passed (never a wait without end:
    /// a restarted server once left shell writers parked here for good).
    public static func run<T: Sendable>(until deadline: Date = .distantFuture,
                                        _ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            let result: Result<T, any Error>
            do { result = .success(try await body()) } catch { result = .failure(error) }
            box.set(result)
            done.signal()
        }
        let timeout: DispatchTime = deadline == .distantFuture
            ? .distantFuture : .now() + .milliseconds(max(0, Int(deadline.timeIntervalSinceNow * 1000)))
        guard done.wait(timeout: timeout) == .success, let result = box.get() else {
            task.cancel()
            throw DeadlinePassed()
        }
        return try result.get()
    }

    private final class ResultBox<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<T, any Error>?

        func set(_ value: Result<T, any Error>) {
            lock.lock()
            defer { lock.unlock() }
            result = value
        }

        func get() -> Result<T, any Error>? {
            lock.lock()
            defer { lock.unlock() }
            return result
        }
    }
}
