#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The store's document mapped into memory (not copied), for what a derived index needs: which
/// file it is (size, modification time, inode), its `savedAt` and `storeID` read from its last
/// bytes, one account decoded from its byte range, and a fingerprint of those bytes to check a
/// range still holds the account an index says it does. Reading only: never writes, never locks.
public struct StoreDocumentMap: @unchecked Sendable {
    /// Mapped, so the first frame touches only what it shows; a reader of every account goes
    /// through `forEachWindow` instead.
    private let bytes: Data
    public let size: Int
    public let inode: UInt64
    public let modifiedSeconds: Int
    public let modifiedNanoseconds: Int
    /// As written in the document (the exact text between the quotes), nil when it cannot be found.
    public let savedAt: String?
    public let storeID: String?

    /// The document at `path` (a symbolic link followed), mapped; nil when there is none or it is not a regular file.
    public static func open(path: String) -> StoreDocumentMap? {
        guard let resolved = try? StoreFile.followingSymlink(path), let before = StoreFile.identity(of: resolved) else { return nil }
        var info = stat()
        guard lstat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= InputLimits.storeBytes,
              let data = try? Data(contentsOf: URL(fileURLWithPath: resolved), options: .alwaysMapped),
              StoreFile.identity(of: resolved) == before, data.count == before.size else { return nil }
        return StoreDocumentMap(bytes: data, identity: before)
    }

    private init(bytes: Data, identity: StoreFile.Identity) {
        self.bytes = bytes
        size = identity.size
        inode = identity.inode
        modifiedSeconds = identity.modifiedSeconds
        modifiedNanoseconds = identity.modifiedNanoseconds
        let tail = Self.tail(of: bytes)
        savedAt = tail.savedAt
        storeID = tail.storeID
    }

    /// The document's bytes, where they are.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes(body)
    }

    /// Whether the file at `path` is still the one mapped (same inode, size and modification time).
    public func isCurrent(at path: String) -> Bool {
        guard let resolved = try? StoreFile.followingSymlink(path), let now = StoreFile.identity(of: resolved) else { return false }
        return isMapped(now)
    }

    /// Whether the document says, where `encode` writes it (its first lines), that it is in this format version.
    public func writtenBy(formatVersion: Int) -> Bool {
        let head = Array(bytes.prefix(128))
        let needle = Array("\n  \"formatVersion\" : \(formatVersion),\n".utf8)
        guard head.count >= needle.count else { return false }
        return (0...(head.count - needle.count)).contains { Array(head[$0..<($0 + needle.count)]) == needle }
    }

    /// Whether `identity` is the file mapped (same inode, size and modification time).
    func isMapped(_ identity: StoreFile.Identity) -> Bool {
        identity.inode == inode && identity.size == size && identity.modifiedSeconds == modifiedSeconds
            && identity.modifiedNanoseconds == modifiedNanoseconds
    }

    /// `"savedAt" : "…"` and `"storeID" : "…"` near the end, where `encode` writes them (keys sorted).
    static func tail(of data: Data) -> (savedAt: String?, storeID: String?) {
        let tail = Array(data.suffix(512))
        func value(after key: String) -> String? {
            let needle = Array("\"\(key)\" : \"".utf8)
            guard tail.count >= needle.count else { return nil }
            var i = tail.count - needle.count
            while i >= 0 {
                if tail[i] == needle[0], Array(tail[i..<(i + needle.count)]) == needle {
                    let start = i + needle.count
                    guard let end = tail[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                    return String(decoding: tail[start..<end], as: UTF8.self)
                }
                i -= 1
            }
            return nil
        }
        let id = value(after: "storeID").flatMap { StoreDocument.isUsableStoreID($0) ? $0 : nil }
        return (value(after: "savedAt"), id)
    }

    /// The account in `range`, when those bytes are exactly one account.
    public func account(in range: Range<Int>) -> Account? {
        guard range.lowerBound >= 0, range.upperBound <= size, range.count > 1 else { return nil }
        return try? StoreDocument.decoder().decode(Account.self, from: slice(range))
    }

    /// A fingerprint (FNV-1a, 64 bits) of the bytes in `range`: an index keeps it per account
    /// and checks it before it trusts the range. Nil when the range is outside the document.
    public func fingerprint(of range: Range<Int>) -> UInt64? {
        guard range.lowerBound >= 0, range.upperBound <= size else { return nil }
        return withBytes { raw in Self.fnv1a(UnsafeRawBufferPointer(rebasing: raw[range])) }
    }

    public static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private func slice(_ r: Range<Int>) -> Data { withBytes { Data(UnsafeRawBufferPointer(rebasing: $0[r])) } }
}

extension StoreDocumentMap {
    /// The accounts in the journal beside the store at `path`, in order, for a reader that shows
    /// the store before it is opened: nil when the journal is damaged or names another store
    /// (`storeID`), which only the store's own open may judge. A missing journal holds nothing.
    public static func journalUpserts(besideStore path: String, storeID: String?) -> [Account]? {
        guard let resolved = try? StoreFile.followingSymlink(path), let replay = try? StoreJournal.read(path: resolved + ".journal"),
              replay.damage == nil else { return nil }
        if let journalID = replay.storeID, let storeID, journalID != storeID { return nil }
        return replay.records.map(\.upsert)
    }
}
