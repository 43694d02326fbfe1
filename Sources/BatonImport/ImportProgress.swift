import BatonCore
import Foundation

/// How far the reading of a long import has come, in the same words on the dashboard's hint bar
/// and on the shell's stderr: rows read and how much of the file, refreshed a few times a second.
public struct ImportProgress: Sendable {
    /// Below this an import is over before progress would be read.
    public static let quietSeconds = 0.3
    /// Between two refreshes.
    public static let refreshSeconds = 0.1

    private let started: UInt64
    private var shown: UInt64 = 0

    public init() { started = DispatchTime.now().uptimeNanoseconds }

    /// True when a refresh is due: not in the first `quietSeconds`, then every `refreshSeconds`.
    public mutating func due() -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        guard Double(now - started) / 1e9 >= Self.quietSeconds, Double(now - shown) / 1e9 >= Self.refreshSeconds else { return false }
        shown = now
        return true
    }

    /// "Reading accounts.csv: 12,345 rows, 34 MB of 120 MB (28%)…"
    public static func reading(_ file: String, rows: Int, bytesRead: Int, totalBytes: Int) -> String {
        let read = min(bytesRead, totalBytes)
        let percent = totalBytes > 0 ? " (\(read * 100 / totalBytes)%)" : ""
        return "Reading \(file): \(grouped(rows)) row\(rows == 1 ? "" : "s"), \(InputLimits.size(read)) of \(InputLimits.size(totalBytes))\(percent)…"
    }

    /// "Saving 50,000 accounts to ~/baton.json…"
    public static func saving(_ accounts: Int, to place: String) -> String {
        "Saving \(grouped(accounts)) account\(accounts == 1 ? "" : "s") to \(place)…"
    }

    static func grouped(_ n: Int) -> String { InputLimits.grouped(n) }
}
