import Foundation

/// Blocking work — a child process run to its end — on a thread of its own, awaited. Swift's
/// concurrency shares as many threads as the machine has cores (two here) between every test
/// running in parallel: a test that blocked one for the length of a command would starve the
/// tests talking to the database meanwhile, until their connection timeouts fire.
enum OffThePool {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }
}

// Its only state is the folder's path, set once.
extension Sandbox: @unchecked Sendable {}

extension Sandbox {
    /// `runBaton`, awaited without holding one of the shared threads.
    func runBatonAwaiting(_ arguments: [String], extraEnvironment: [String: String] = [:],
                          timeout: TimeInterval = 30) async throws -> CommandResult {
        try await OffThePool.run { try self.runBaton(arguments, extraEnvironment: extraEnvironment, timeout: timeout) }
    }
}
