#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation

/// While a large store opens: a screen that says what is happening, with a progress bar, from the
/// first moment — not seconds of a blank terminal. Drawn with plain escape sequences before curses
/// takes the screen; keys typed meanwhile are not echoed and wait for the dashboard.
enum OpeningScreen {
    /// Below this the store opens before a person would notice.
    static let threshold = 8 << 20

    /// Opens with `open` on another thread, drawing progress here about every 50 ms.
    static func open(path: String, bytes: Int, _ open: @escaping @Sendable () throws -> OpenedStore) throws -> OpenedStore {
        let box = ResultBox()
        // The opening thread keeps quiet: a store that cannot be read is opened again below, on a
        // clean screen, where its problems are printed for the person to read.
        let thread = Thread {
            do { box.set(.success(try open())) } catch { box.set(.failure(error)) }
        }
        thread.stackSize = 8 << 20
        var saved = termios()
        let quiet = tcgetattr(STDIN_FILENO, &saved) == 0
        if quiet {
            var raw = saved
            raw.c_lflag &= ~tcflag_t(ECHO | ICANON)
            tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        }
        // On the terminal's alternate screen, as curses draws: the person's own screen comes back
        // untouched when Baton ends.
        defer {
            if quiet { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
            write("\u{1B}[?25h\u{1B}[?1049l")
        }
        write("\u{1B}[?1049h\u{1B}[?25l\u{1B}[2J")
        thread.start()
        let started = Date()
        while true {
            if let result = box.get() {
                if case .success(let opened) = result { return opened }
                // Back on the person's own screen, where the problems are printed to stay.
                write("\u{1B}[?25h\u{1B}[?1049l")
                if quiet { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
                return try open()
            }
            draw(path: path, bytes: bytes, seconds: Date().timeIntervalSince(started))
            usleep(50_000)
        }
    }

    static func draw(path: String, bytes: Int, seconds: TimeInterval) {
        var size = winsize()
        let width = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let height = size.ws_row > 0 ? Int(size.ws_row) : 24
        let lines = text(path: path, bytes: bytes, progress: OpenProgress.shared.snapshot, seconds: seconds, width: width)
        var out = ""
        let top = max(1, height / 2 - lines.count / 2)
        for (i, line) in lines.enumerated() {
            let pad = max(0, (width - line.count) / 2)
            out += "\u{1B}[\(top + i);1H\u{1B}[2K" + String(repeating: " ", count: pad) + line
        }
        write(out)
    }

    /// The words and the bar, a pure function so a test can read them.
    static func text(path: String, bytes: Int, progress: OpenProgress.Snapshot, seconds: TimeInterval, width: Int) -> [String] {
        let megabytes = max(1, bytes >> 20)
        let name = SafeText.sanitize(OpenedStore.abbreviate(path))
        let barWidth = max(10, min(50, width - 20))
        var lines = ["Baton is opening \(name) (\(megabytes) MB)"]
        if let fraction = progress.fraction {
            let filled = Int((fraction * Double(barWidth)).rounded(.down))
            lines.append("[" + String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled) + "] "
                         + "\(Int(fraction * 100)) %")
            lines.append("\(progress.decoded) accounts read")
        } else {
            lines.append("[" + String(repeating: "░", count: barWidth) + "]")
            lines.append("reading the file…")
        }
        lines.append(String(format: "%.1f s — keys you type now wait until it is open", seconds))
        return lines
    }

    private static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The opened store, or why it could not be opened, handed from the opening thread.
    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<OpenedStore, Error>?
        func set(_ r: Result<OpenedStore, Error>) { lock.lock(); result = r; lock.unlock() }
        func get() -> Result<OpenedStore, Error>? { lock.lock(); defer { lock.unlock() }; return result }
    }
}
