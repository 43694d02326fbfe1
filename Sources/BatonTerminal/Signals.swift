import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM, SIGHUP and SIGINT, noted for the run loop to act on at a safe point.
///
/// The handler only stores the signal number in a C `volatile sig_atomic_t`; the run loop reads
/// it between frames (`Terminal.pendingSignal`), makes pending changes durable, stops the terminal
/// and exits. The flag lives in the shim header, so this is the only Swift file that touches it
/// (each Swift file calling a `static inline` function would get its own copy of a static).
enum TerminalSignals {
    /// With raw() Ctrl-C is a key, so a SIGINT can only come from outside: treat it like SIGTERM.
    static let noted: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    static func install() {
        for sig in noted { _ = baton_signal_install(sig) }
    }

    static var pending: Int32? {
        let sig = baton_signal_peek()
        return sig == 0 ? nil : Int32(sig)
    }

    static func take() -> Int32? {
        let sig = baton_signal_take()
        return sig == 0 ? nil : Int32(sig)
    }

    /// Notes a signal that did not arrive as one (the terminal went away without a SIGHUP).
    static func note(_ sig: Int32) { baton_signal_note(sig) }
}
