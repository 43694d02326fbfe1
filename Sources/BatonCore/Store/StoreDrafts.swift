#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Text typed and not yet saved — a form being filled in, a meeting's notes — kept beside the
/// store as `portfolio.json.drafts` (0600, replaced atomically), so a crash, a kill or a closed
/// terminal loses at most the last second of typing. The store never reads it: a draft is
/// offered back to the lead, never applied, so it cannot overwrite real data.
public enum StoreDrafts {
    /// Larger than any honest draft; a file past it is not read.
    static let readLimit = 8 << 20

    public static func path(forStore storePath: String) -> String { storePath + ".drafts" }

    /// The drafts file's bytes; nil when there is none, or it is not a regular file one may read.
    public static func read(forStore storePath: String) -> Data? {
        let path = path(forStore: storePath)
        guard let size = StoreFile.fileSize(path), size <= readLimit else { return nil }
        return try? StoreFile.readFile(path)
    }

    /// Replaces the drafts file whole: whatever moment the process dies, it is the old or the new one.
    public static func write(_ data: Data, forStore storePath: String) throws {
        try AtomicFile.write(data, to: path(forStore: storePath))
    }

    /// No draft left: the file goes.
    public static func remove(forStore storePath: String) {
        unlink(path(forStore: storePath))
    }
}
