import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back when the process dies of a fault, so no crash leaves a broken screen.
///
/// For SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT and SIGSYS (a Swift runtime
/// trap is SIGILL or SIGTRAP) the C handler calls endwin, restores the tty modes saved before
/// curses started (tcsetattr is async-signal-safe), puts the real stderr back, says where the log
/// is, lets the handler that was there before (the Swift runtime's backtracer) write its report
/// into the log, and re-raises with the default action so the process still dies of the signal. Only this Swift file calls the
/// `baton_crash_*` functions: their state is static in the shim header.
enum CrashHandler {
    /// SIGQUIT too: the Swift runtime's crash reporter answers it by drawing over the screen.
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT, SIGSYS]
    nonisolated(unsafe) private static var installed = false

    /// Before curses touches the tty.
    static func prepare() {
        baton_crash_save_tty()
        if !installed {
            installed = true
            for sig in fatalSignals { _ = baton_crash_install(sig) }
            // exit() without stop() (a `fatalError` is a trap, not exit) still restores the screen.
            _ = baton_crash_register_atexit()
        }
    }

    /// Once curses owns the screen and stderr points at the log.
    static func arm(realStderr: Int32, logPath: String?) {
        let message = logPath.map { "baton crashed; details are in \($0)\n" } ?? "baton crashed\n"
        baton_crash_arm(realStderr, message)
    }

    /// After a clean endwin; returns the saved stderr descriptor for the caller to restore.
    static func disarm() -> Int32 { Int32(baton_crash_disarm()) }
}
