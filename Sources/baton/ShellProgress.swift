import BatonCore
import Foundation

/// A long import's progress on stderr, one line rewritten in place, only when stderr is a
/// terminal (a script or a log reads the report, not the progress), and cleared before anything
/// else is written.
enum ShellProgress {
    static let shown = isatty(STDERR_FILENO) == 1
    nonisolated(unsafe) private static var onScreen = false

    static func say(_ text: String) {
        guard shown else { return }
        var size = winsize()
        let width = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 1 ? Int(size.ws_col) - 1 : 79
        // Never wider than the terminal: a wrapped line could not be rewritten in place.
        let line = String(SafeText.sanitizeLines(text).prefix(width))
        FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
        onScreen = true
    }

    static func clear() {
        guard onScreen else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        onScreen = false
    }
}
