#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Replaces a file so that, whatever moment the process is killed, its path names either the
/// whole old version or the whole new one, never a mix, and the old one survives as a backup.
enum AtomicFile {
    /// The order matters, and each step says why:
    /// 1. Write the new version to a temporary file in the same folder (O_CREAT|O_EXCL, 0600;
    ///    the same folder, so the rename below stays on one filesystem and is atomic), and fsync
    ///    it: the rename must never publish a name whose data is still only in memory.
    /// 2. Hard-link the current file to a temporary name and rename that over the backup: the
    ///    backup now holds the previous version, and the store's name was never absent. (A copy
    ///    stands in where the filesystem has no hard links.)
    /// 3. Rename the temporary file over the store: atomic, so readers see old or new.
    /// 4. fsync the folder: renames live in the folder, and are not durable until it is synced.
    /// A crash before 3 leaves the old store (and a temporary file, removed at the next open);
    /// after 3 but before 4, the old or the new one, both whole.
    static func replace(_ path: String, with data: Data, backupPath: String?) throws {
        try replace(path, backupPath: backupPath) { fd, temporary in try StoreFile.writeAll(fd, data, at: 0, path: temporary) }
    }

    /// The same, with the new version written by `write` into the empty temporary file open at
    /// its descriptor (whose path it is given for its errors), so a large one need not be
    /// held in memory whole first.
    static func replace(_ path: String, backupPath: String?, write: (Int32, String) throws -> Void) throws {
        let folder = StoreFile.folder(of: path)
        let temporary = temporaryName(for: path, kind: "tmp")
        // The new version keeps the old one's owner: root saving a lead's store must not take it over.
        var current = stat()
        let owner = lstat(path, &current) == 0 ? (current.st_uid, current.st_gid) : nil
        try writeSynced(temporary, owner: owner, write: write)
        do {
            if let backupPath, StoreFile.exists(path) {
                let backupLink = temporaryName(for: path, kind: "bak.tmp")
                if link(path, backupLink) != 0 {
                    // No hard links here (some network and FUSE filesystems): copy instead.
                    guard let current = try StoreFile.readFile(path) else { throw StoreFile.fail(path, "read", ENOENT) }
                    try writeSynced(backupLink) { fd, name in try StoreFile.writeAll(fd, current, at: 0, path: name) }
                } else if chmod(backupLink, StoreFile.privateMode) != 0 {
                    // The link shares the store's inode, which may predate the 0600 rule.
                    unlink(backupLink)
                    throw StoreFile.fail(backupLink, "set permissions 0600 on")
                }
                do {
                    try StoreFile.renameFile(backupLink, to: backupPath)
                } catch {
                    unlink(backupLink)
                    throw error
                }
                // rename() does nothing when both names are links to one inode (the backup was
                // a hard link of the store): the temporary name is then still there.
                unlink(backupLink)
            }
            try StoreFile.renameFile(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
        try StoreFile.syncFolder(folder)
    }

    /// Writes `path` only if nothing is there yet (an earlier backup is never overwritten).
    static func createOnce(_ path: String, with data: Data) throws {
        try createOnce(path) { fd, temporary in try StoreFile.writeAll(fd, data, at: 0, path: temporary) }
    }

    /// The same, written by `write` (as in `replace`).
    static func createOnce(_ path: String, write: (Int32, String) throws -> Void) throws {
        guard !StoreFile.exists(path) else { return }
        let temporary = temporaryName(for: path, kind: "tmp")
        try writeSynced(temporary, write: write)
        // link() refuses to replace an existing name, unlike rename().
        let linked = link(temporary, path) == 0
        let code = errno
        unlink(temporary)
        if !linked, code != EEXIST {
            // No hard links here: rename instead; the exists check above keeps it from clobbering.
            try writeSynced(temporary, write: write)
            try StoreFile.renameFile(temporary, to: path)
        }
        try StoreFile.syncFolder(StoreFile.folder(of: path))
    }

    /// Removes temporary files a killed process left beside `path`. Only call with the lock held:
    /// then no other process is writing one.
    static func removeLeftovers(beside path: String) {
        let folder = StoreFile.folder(of: path)
        let prefix = "." + (path as NSString).lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.contains(".tmp-") {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    /// `.portfolio.json.tmp-<pid>-<random>` beside the store: hidden, and never a name anyone else picks.
    static func temporaryName(for path: String, kind: String) -> String {
        let folder = StoreFile.folder(of: path)
        let name = (path as NSString).lastPathComponent
        return (folder as NSString).appendingPathComponent(".\(name).\(kind)-\(StoreFile.uniqueSuffix())")
    }

    private static func writeSynced(_ path: String, owner: (uid_t, gid_t)? = nil, write: (Int32, String) throws -> Void) throws {
        let fd = try StoreFile.openFile(path, O_WRONLY | O_CREAT | O_EXCL, operation: "create")
        do {
            if let (uid, gid) = owner, uid != geteuid() || gid != getegid() {
                // Only root (or a member changing the group) may; anyone else keeps their own file.
                _ = fchown(fd, uid, gid)
            }
            try write(fd, path)
            try StoreFile.sync(fd, path: path)
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
        guard close(fd) == 0 else {
            unlink(path)
            throw StoreFile.fail(path, "close")
        }
    }
}
