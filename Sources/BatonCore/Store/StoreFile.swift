#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Thin wrappers over the POSIX calls the store needs for its guarantees (O_EXCL, fsync,
/// rename, link, fchmod) that Foundation does not promise; every failure becomes a
/// `StoreError.io` naming the path and the operation.
enum StoreFile {
    /// Everything the store creates beside the portfolio holds notes about customers.
    static let privateMode: mode_t = 0o600
    static let privateFolderMode: mode_t = 0o700

    static func fail(_ path: String, _ operation: String, _ code: Int32 = errno) -> StoreError {
        .io(path: path, operation: operation, errno: code)
    }

    /// Opens with `flags`, retrying on EINTR; files it creates get `mode` (0600 unless said) whatever the umask.
    static func openFile(_ path: String, _ flags: Int32, operation: String, mode: mode_t = privateMode) throws -> Int32 {
        while true {
            let fd = open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 {
                if flags & O_NOFOLLOW != 0 || flags & O_NONBLOCK != 0 {
                    // Opened to be a regular file of ours: judged on the descriptor, so nothing
                    // can be swapped in between the check and the use.
                    do {
                        try requireRegular(fd, path: path)
                    } catch {
                        close(fd)
                        throw error
                    }
                }
                if flags & O_CREAT != 0, fchmod(fd, mode) != 0 {
                    let code = errno
                    close(fd)
                    throw fail(path, "set permissions \(String(mode, radix: 8)) on", code)
                }
                return fd
            }
            let code = errno
            if code == ELOOP, flags & O_NOFOLLOW != 0 { throw StoreError.notAFile(path: path, kind: "a symbolic link") }
            if code != EINTR { throw fail(path, operation, code) }
        }
    }

    /// Opening flags for a file that must be a regular one: never blocks on a FIFO, never
    /// follows a link an attacker or a mistake put in its place.
    static let regularOnly: Int32 = O_NOFOLLOW | O_NONBLOCK

    /// Throws `notAFile` unless `fd` is a regular file (a FIFO would hang every read, a device
    /// such as /dev/zero never ends, a folder or a socket is not a store).
    static func requireRegular(_ fd: Int32, path: String) throws {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw fail(path, "inspect") }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFDIR: kind = "a folder"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw StoreError.notAFile(path: path, kind: kind)
    }

    /// What a file was when it was read or written: enough to tell, before overwriting it,
    /// whether something else has replaced or changed it since.
    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int(info.st_size)
            #if canImport(Darwin)
            modifiedSeconds = Int(info.st_mtimespec.tv_sec)
            modifiedNanoseconds = Int(info.st_mtimespec.tv_nsec)
            #else
            modifiedSeconds = Int(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
            #endif
        }
    }

    /// The identity of the file now at `path` (links not followed), nil when there is none.
    static func identity(of path: String) -> Identity? {
        var info = stat()
        return lstat(path, &info) == 0 ? Identity(info) : nil
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The file a symbolic link at `path` points to, or `path` itself when it is not a link.
    /// A link to nothing is refused: writing there would replace the link with a file.
    static func followingSymlink(_ path: String) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        guard let real = realpath(path, nil) else {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "nothing"
            throw StoreError.notAFile(path: path, kind: "a symbolic link to \(target), which does not exist")
        }
        defer { free(real) }
        return String(cString: real)
    }

    /// The permission bits of the file at `path`, nil when there is none.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// The size of the file at `path`, nil when there is none.
    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    static func size(_ fd: Int32, path: String) throws -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw fail(path, "inspect") }
        return Int(info.st_size)
    }

    /// Reads the whole file, which must be a regular one; a missing file is nil. A symbolic
    /// link is refused unless `followingLinks` (the store's own path was resolved already).
    static func readFile(_ path: String, followingLinks: Bool = false) throws -> Data? {
        try readFileAndIdentity(path, followingLinks: followingLinks)?.data
    }

    /// The same, with the identity of the file that was read (from the descriptor).
    static func readFileAndIdentity(_ path: String, followingLinks: Bool = false) throws -> (data: Data, identity: Identity)? {
        try withFileForReading(path, followingLinks: followingLinks) { fd, info in
            (try readAll(fd, path: path, limit: Int(info.st_size)), Identity(info))
        }
    }

    /// The same, read into an array of bytes: the store's document is parsed from those bytes
    /// in place (a `Data` would be copied whole into an array for that).
    static func readFileBytesAndIdentity(_ path: String) throws -> (bytes: [UInt8], identity: Identity)? {
        try withFileForReading(path, followingLinks: false) { fd, info in
            let limit = Int(info.st_size)
            var failure: Error?
            let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
                count = 0
                while count < limit {
                    let n = read(fd, buffer.baseAddress! + count, limit - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = fail(path, "read")
                        return
                    }
                    if n == 0 { break }
                    count += n
                }
            }
            if let failure { throw failure }
            return (bytes, Identity(info))
        }
    }

    /// `body` on the file opened for reading (a regular one; a symbolic link only when
    /// `followingLinks`) and its status; nil when there is no file.
    static func withFileForReading<T>(_ path: String, followingLinks: Bool,
                                      _ body: (Int32, stat) throws -> T) throws -> T? {
        let fd: Int32
        do {
            fd = try openFile(path, O_RDONLY | (followingLinks ? O_NONBLOCK : regularOnly), operation: "open for reading")
        } catch StoreError.io(_, _, let code) where code == ENOENT {
            return nil
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw fail(path, "inspect") }
        return try body(fd, info)
    }

    /// Reads to the end, or `limit` bytes: a file's size when it was opened, so a file that
    /// grows while it is read (or never ends) is not read without bound.
    static func readAll(_ fd: Int32, path: String, limit: Int) throws -> Data {
        var data = Data()
        data.reserveCapacity(limit)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while data.count < limit {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, min($0.count, limit - data.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(path, "read")
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    /// Writes every byte at `offset`, looping over short writes and EINTR.
    static func writeAll(_ fd: Int32, _ data: Data, at offset: Int, path: String) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var done = 0
            while done < raw.count {
                let n = pwrite(fd, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw fail(path, "write")
                }
                done += n
            }
        }
    }

    static func sync(_ fd: Int32, path: String) throws {
        while fsync(fd) != 0 {
            if errno != EINTR { throw fail(path, "flush to disk (fsync)") }
        }
    }

    /// fdatasync: the data and the file size, without the timestamps: enough for an append.
    static func syncData(_ fd: Int32, path: String) throws {
        while fdatasync(fd) != 0 {
            if errno != EINTR { throw fail(path, "flush to disk (fdatasync)") }
        }
    }

    /// Makes renames, links and creations inside `folder` durable.
    static func syncFolder(_ folder: String) throws {
        let fd = try openFile(folder, O_RDONLY | O_DIRECTORY, operation: "open folder")
        defer { close(fd) }
        try sync(fd, path: folder)
    }

    static func renameFile(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else { throw fail(to, "rename \(from) to") }
    }

    /// Creates `folder` and any missing parent with 0700; existing folders are left as they are.
    static func makeFolder(_ folder: String) throws {
        if folder.isEmpty || exists(folder) { return }
        let parent = (folder as NSString).deletingLastPathComponent
        if parent != folder { try makeFolder(parent) }
        if mkdir(folder, privateFolderMode) != 0 {
            if errno == EEXIST { return }
            throw fail(folder, "create folder")
        }
        guard chmod(folder, privateFolderMode) == 0 else { throw fail(folder, "set permissions 0700 on") }
    }

    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// A name no other process will pick: pid plus random bits, for O_EXCL temporaries.
    static func uniqueSuffix() -> String {
        "\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
    }
}

extension StoreFile {
    /// The `storeID` of the document at `path`: read from its last bytes, where `encode` writes it;
    /// only a document in another shape (edited by hand) is read whole for it.
    static func storeID(ofDocument path: String) -> String? {
        let tail = try? withFileForReading(path, followingLinks: false) { fd, info -> Data in
            let size = Int(info.st_size)
            let length = min(size, 512)
            var bytes = [UInt8](repeating: 0, count: length)
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, length, off_t(size - length)) }
            return Data(bytes.prefix(max(0, n)))
        }
        if let tail, let id = StoreDocumentMap.tail(of: tail).storeID { return id }
        guard let whole = try? readFile(path) else { return nil }
        return StoreDocument.storeID(in: whole)
    }
}
