import BatonCore
import Foundation

/// Everything the command line writes for a person goes through here, so a value quoted from
/// the store or a file name cannot reach the terminal as an escape sequence.
enum Say {
    /// One message on stderr, each of its lines through `SafeText`.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((SafeText.sanitizeLines(text) + "\n").utf8))
    }

    /// Lines on stdout, each through `SafeText`.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((SafeText.sanitizeLines(text) + "\n").utf8))
    }
}
