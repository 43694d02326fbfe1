import Foundation

/// A value or a timeout, whichever comes first — without waiting for the loser. A structured task
/// group would wait for a query stuck in the driver before it could report the timeout; a shell
/// command must answer instead, and the process ends soon after anyway.
enum FirstOf {
    static func value<T: Sendable>(within timeout: Duration, orThrow timeoutError: any Error,
                                   _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            let timer = TimerBox()
            let work = Task {
                do { once.resume(.success(try await body())) } catch { once.resume(.failure(error)) }
                // A long timeout (a dashboard's whole session) must not leave its clock sleeping on.
                timer.cancel()
            }
            timer.set(Task {
                try? await Task.sleep(for: timeout)
                if once.resume(.failure(timeoutError)) { work.cancel() }
            })
        }
    }

    /// `body`'s value, or `timeoutError` when `body` has not called its `started` within `limit`
    /// (once it has, it takes as long as it takes). For the wait a pool can make for a
    /// connection to a server that went away: it failed to end, once, in the driver.
    static func value<T: Sendable>(startingWithin limit: Duration, orThrow timeoutError: any Error,
                                   _ body: @escaping @Sendable (_ started: @escaping @Sendable () -> Void) async throws -> T) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            let timer = TimerBox()
            let work = Task {
                do { once.resume(.success(try await body({ timer.cancel() }))) } catch { once.resume(.failure(error)) }
                timer.cancel()
            }
            timer.set(Task {
                try? await Task.sleep(for: limit)
                // Cancelled (started, or done): nothing to do. Still waiting to start: given up.
                guard !Task.isCancelled else { return }
                if once.resume(.failure(timeoutError)) { work.cancel() }
            })
        }
    }

    /// `body`'s value, or `error` as soon as `whenLost` calls back (a connection's socket closed
    /// while its query still waits: the driver was seen never to answer such a query).
    static func value<T: Sendable>(orThrow error: any Error, whenLost: (_ lost: @escaping @Sendable () -> Void) -> Void,
                                   _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.set(continuation)
            let work = Task {
                do { once.resume(.success(try await body())) } catch { once.resume(.failure(error)) }
            }
            whenLost {
                if once.resume(.failure(error)) { work.cancel() }
            }
        }
    }

    private final class TimerBox: @unchecked Sendable {
        private let lock = NSLock()
        private var task: Task<Void, Never>?
        private var cancelled = false

        func set(_ task: Task<Void, Never>) {
            lock.lock()
            defer { lock.unlock() }
            if cancelled { task.cancel() } else { self.task = task }
        }

        func cancel() {
            lock.lock()
            defer { lock.unlock() }
            cancelled = true
            task?.cancel()
        }
    }

    private final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, any Error>?
        private var early: Result<T, any Error>?

        func set(_ continuation: CheckedContinuation<T, any Error>) {
            lock.lock()
            if let early {
                lock.unlock()
                continuation.resume(with: early)
                return
            }
            self.continuation = continuation
            lock.unlock()
        }

        /// Resumes the waiter the first time only; true when this call did.
        @discardableResult
        func resume(_ result: Result<T, any Error>) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if let continuation {
                self.continuation = nil
                early = result  // marks it done
                continuation.resume(with: result)
                return true
            }
            guard early == nil else { return false }
            early = result
            return true
        }
    }
}
