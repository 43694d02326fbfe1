#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension StoreDocumentMap {
    /// The accounts of one window of the document, as `forEachWindow` hands them over.
    public struct AccountWindow: @unchecked Sendable {
        fileprivate let batch: StoreDocumentStream.Batch

        public var count: Int { batch.ranges.count }

        /// Where account `k` of the window sits in the document.
        public func range(_ k: Int) -> Range<Int> { (batch.ranges[k].lowerBound + batch.base)..<(batch.ranges[k].upperBound + batch.base) }

        /// The same fingerprint `StoreDocumentMap.fingerprint(of:)` gives for its range.
        public func fingerprint(_ k: Int) -> UInt64 { withBytes(k) { StoreDocumentMap.fnv1a($0) } }

        /// Whether account `k`'s own `"id" : "<id>"` is among its bytes.
        public func holds(id: String, _ k: Int) -> Bool { withBytes(k) { StoreDocumentMap.holds(id: id, in: $0) } }

        public func account(_ k: Int) -> Account? {
            try? StoreDocument.decoder().decode(Account.self, from: Data(batch.text.bytes[batch.ranges[k]]))
        }

        private func withBytes<R>(_ k: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
            batch.text.bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[batch.ranges[k]])) }
        }
    }

    /// Every account of this document, in order, a window of a few megabytes at a time, read
    /// again from the file at `path` (not through the mapping: every page touched there would
    /// count as this process's memory until it ends, and a whole 300 MB document beside the
    /// portfolio was twice what a person's machine should give Baton). `body` returns false to
    /// stop. The owner, or nil when the file at `path` is no longer this document, is not in the
    /// shape `encode` writes, or `body` stopped.
    public func forEachWindow(path: String, _ body: (AccountWindow) -> Bool) -> String? {
        guard let resolved = try? StoreFile.followingSymlink(path) else { return nil }
        let frame = try? StoreFile.withFileForReading(resolved, followingLinks: false) { fd, info -> StoreDocument.Frame? in
            guard isMapped(StoreFile.Identity(info)) else { return nil }
            return StoreDocumentStream.read(fd: fd, size: size) { body(AccountWindow(batch: $0)) }
        }
        guard let frame, let frame, frame.savedAtText == savedAt, frame.storeID == storeID else { return nil }
        return frame.owner
    }

    /// Whether `"id" : "<id>"`, as `encode` writes it, is among `bytes`.
    static func holds(id: String, in bytes: UnsafeRawBufferPointer) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let encoded = try? encoder.encode(id) else { return false }
        let needle = Array("\"id\" : ".utf8) + Array(encoded)
        guard bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
