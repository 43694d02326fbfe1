#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A current-version document in exactly the shape `encode` writes, read front to back through a
/// window of a few megabytes: its header, then its accounts a window at a time, then its tail.
///
/// At 10,000 accounts the document is ~300 MB and the portfolio decoded from it about as much
/// again; read whole, both sat in memory at once. Through the window only the accounts being
/// decoded are there beside the portfolio. Anything unusual (an old or newer version, another
/// shape, a read error) is nil, and the whole-document path reads it instead and says why.
struct StoreDocumentStream {
    /// Accounts that sit whole in the window: `ranges` are offsets into `text`, `base` is where
    /// `text` starts in the file.
    struct Batch {
        let text: JSONText
        let ranges: [Range<Int>]
        let base: Int
    }

    /// The bytes read per step; an account larger than this widens the window until it fits.
    static let window = 8 << 20
    /// The tail after the accounts holds only the owner's name, `savedAt` and `storeID`.
    private static let tailLimit = 1 << 20

    private let fd: Int32
    private let size: Int
    private let window: Int
    /// File bytes from `base` on; `next` is where the file is read from next.
    private var buffer: [UInt8] = []
    private var base = 0
    private var next = 0

    private init(fd: Int32, size: Int, window: Int) {
        self.fd = fd
        self.size = size
        self.window = window
    }

    /// Reads the document open at `fd` (`size` bytes), handing each window's accounts to `batch`
    /// in document order; `batch` returns false to stop (then the result is nil). Nil when the
    /// document is not of the current version in the shape `encode` writes.
    static func read(fd: Int32, size: Int, window: Int = window, batch: (Batch) -> Bool) -> StoreDocument.Frame? {
        var stream = StoreDocumentStream(fd: fd, size: size, window: window)
        return stream.read(batch)
    }

    private mutating func read(_ batch: (Batch) -> Bool) -> StoreDocument.Frame? {
        guard refill(keeping: 0) else { return nil }
        var text = JSONText(bytes: buffer)
        var i = 0
        // The format and version are checked before any account is decoded: an older version's accounts are migrated first.
        guard StoreDocument.readsCurrentHead(text, at: &i), text.expect(UInt8(ascii: "["), at: &i) else { return nil }

        var found: [Range<Int>] = []
        var first = true
        // Each pass finds the next account, or the end of the list; `i` is never inside an account.
        while true {
            var j = i
            text.skipSpace(&j)
            if j >= text.bytes.count {
                guard hand(&found, text, batch), refill(keeping: i) else { return nil }
                (text, i) = (JSONText(bytes: buffer), 0)
                continue
            }
            if text.bytes[j] == UInt8(ascii: "]") {
                i = j + 1
                break
            }
            if !first {
                guard text.bytes[j] == UInt8(ascii: ",") else { return nil }
                j += 1
                text.skipSpace(&j)
            }
            let start = j
            var end = j
            // An account cut off by the window's edge (or a value whose end cannot be seen) is
            // read again from its start with more of the file.
            var whole = false
            if start < text.bytes.count, text.skipValue(&end) {
                // Whole only when what follows it can be seen too (a number cut short looks whole).
                var after = end
                text.skipSpace(&after)
                whole = after < text.bytes.count
            }
            guard whole else {
                guard hand(&found, text, batch), refill(keeping: i) else { return nil }
                (text, i) = (JSONText(bytes: buffer), 0)
                continue
            }
            guard text.bytes[start] == UInt8(ascii: "{") else { return nil }
            found.append(start..<end)
            first = false
            i = end
        }
        guard hand(&found, text, batch) else { return nil }

        // The tail: `, "owner" : …}, "savedAt" : …, "storeID" : … }`, read whole.
        guard size - next <= Self.tailLimit, refill(keeping: i, all: true) else { return nil }
        text = JSONText(bytes: buffer)
        i = 0
        return StoreDocument.frame(text, at: &i)
    }

    /// Hands the accounts found in the window over, and forgets them.
    private func hand(_ found: inout [Range<Int>], _ text: JSONText, _ batch: (Batch) -> Bool) -> Bool {
        guard !found.isEmpty else { return true }
        defer { found = [] }
        return batch(Batch(text: text, ranges: found, base: base))
    }

    /// Drops the window's bytes before `keep` and reads up to a window more (all that is left
    /// with `all`); false at the end of the file or on a read error.
    private mutating func refill(keeping keep: Int, all: Bool = false) -> Bool {
        let wanted = all ? size - next : min(window, size - next)
        guard wanted > 0 || (all && keep <= buffer.count) else { return false }
        let kept = buffer.count - keep
        var failed = false
        let fresh = [UInt8](unsafeUninitializedCapacity: kept + wanted) { out, count in
            count = 0
            buffer.withUnsafeBufferPointer { old in
                if kept > 0 { out.baseAddress!.update(from: old.baseAddress! + keep, count: kept) }
            }
            count = kept
            while count < kept + wanted {
                let n = pread(fd, out.baseAddress! + count, kept + wanted - count, off_t(next + count - kept))
                if n < 0, errno == EINTR { continue }
                if n <= 0 {
                    failed = true
                    return
                }
                count += n
            }
        }
        guard !failed else { return false }
        base += keep
        next += wanted
        buffer = fresh
        return true
    }
}
