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

    /// Opens with `flags`, retrying on EINTR; files it creates get 0600 whatever the umask.
    static func openFile(_ path: String, _ flags: Int32, operation: String) throws -> Int32 {
        while true {
            let fd = open(path, flags | O_CLOEXEC, privateMode)
            if fd >= 0 {
                if flags & O_CREAT != 0, fchmod(fd, privateMode) != 0 {
                    let code = errno
                    close(fd)
                    throw fail(path, "set permissions 0600 on", code)
                }
                return fd
            }
            if errno != EINTR { throw fail(path, operation) }
        }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The file a symbolic link at `path` points to, or `path` itself when it is not a link.
    static func followingSymlink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
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

    /// Reads the whole file; a missing file is nil.
    static func readFile(_ path: String) throws -> Data? {
        let fd: Int32
        do {
            fd = try openFile(path, O_RDONLY, operation: "open for reading")
        } catch StoreError.io(_, _, let code) where code == ENOENT {
            return nil
        }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    static func readAll(_ fd: Int32, path: String) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(path, "read")
            }
            if n == 0 { return data }
            data.append(contentsOf: buffer[0..<n])
        }
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
