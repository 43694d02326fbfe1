import Foundation

/// Runs async database work from a synchronous shell command and waits for its result: the
/// command line is synchronous (ArgumentParser's `ParsableCommand`), the client is not.
public enum Blocking {
    public static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    private final class ResultBox<T>: @unchecked Sendable {
        // Written once by the task before it signals, read once after the wait: the semaphore orders them.
        var result: Result<T, any Error>?
    }
}
