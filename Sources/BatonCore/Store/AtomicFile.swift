#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one way Baton writes a file — the store, its backup, a migration's original, the summary
/// index, drafts, a pulled copy, an export, a rescue file: whatever moment the process is
/// killed or the power goes, the path names either the whole old version (or nothing) or the
/// whole new one, never a mix, and once `write` returns the new one survives a power cut.
public enum AtomicFile {
    /// What to do when something is already at the path.
    public enum Existing: Sendable {
        /// Replace it (atomically): readers see the old file or the new one.
        case replace
        /// Leave it and write nothing (`write` returns false): an earlier backup, another export.
        case keep
    }

    /// The order matters, and each step says why:
    /// 1. Write the new version to a temporary file in the same folder (O_CREAT|O_EXCL, `mode`
    ///    whatever the umask; the same folder, so the rename below stays on one filesystem and is
    ///    atomic), and fsync it: the rename must never publish a name whose data is only in memory.
    /// 2. With `backupPath`: hard-link the current file to a temporary name and rename that over
    ///    the backup: the backup now holds the previous version, and the path was never absent.
    ///    (A copy stands in where the filesystem has no hard links.)
    /// 3. Rename the temporary file over the path (`.replace`: atomic, readers see old or new), or
    ///    link it to the path (`.keep`: link() refuses to replace an existing name, unlike rename()).
    /// 4. fsync the folder: renames and links live in the folder, and are not durable until it is synced.
    /// A crash before 3 leaves the old file (and a hidden temporary one, removed by
    /// `removeLeftovers`); after 3 but before 4, the old or the new one, both whole.
    ///
    /// Returns false only with `.keep` when the path was taken; every failure is a `StoreError`
    /// naming the path and what to do.
    @discardableResult
    public static func write(_ data: Data, to path: String, existing: Existing = .replace, mode: mode_t = 0o600,
                             backupPath: String? = nil) throws -> Bool {
        try write(to: path, existing: existing, mode: mode, backupPath: backupPath) { fd, temporary in
            try StoreFile.writeAll(fd, data, at: 0, path: temporary)
        }
    }

    /// The same, with the new version written by `body` into the empty temporary file open at its
    /// descriptor (whose path it is given for its errors), so a large one need not be held in
    /// memory whole first.
    @discardableResult
    static func write(to path: String, existing: Existing = .replace, mode: mode_t = StoreFile.privateMode,
                      backupPath: String? = nil, _ body: (Int32, String) throws -> Void) throws -> Bool {
        if existing == .keep, StoreFile.exists(path) { return false }
        let folder = StoreFile.folder(of: path)
        let temporary = temporaryName(for: path, kind: "tmp")
        // The new version keeps the old one's owner: root saving a lead's store must not take it over.
        var current = stat()
        let owner = existing == .replace && lstat(path, &current) == 0 ? (current.st_uid, current.st_gid) : nil
        try writeSynced(temporary, mode: mode, owner: owner, write: body)
        do {
            if let backupPath, StoreFile.exists(path) { try keepBackup(of: path, at: backupPath) }
            switch existing {
            case .replace:
                try StoreFile.renameFile(temporary, to: path)
            case .keep:
                let linked = link(temporary, path) == 0
                let code = errno
                if !linked, code == EEXIST {
                    unlink(temporary)
                    return false
                }
                if linked {
                    unlink(temporary)
                } else {
                    // No hard links here (some network and FUSE filesystems): rename instead; the
                    // check above keeps it from clobbering all but a file made in between.
                    guard !StoreFile.exists(path) else {
                        unlink(temporary)
                        return false
                    }
                    try StoreFile.renameFile(temporary, to: path)
                }
            }
        } catch {
            unlink(temporary)
            throw error
        }
        try StoreFile.syncFolder(folder)
        return true
    }

    /// The file at `path` as it is now, put at `backupPath` without `path` ever being absent.
    private static func keepBackup(of path: String, at backupPath: String) throws {
        let backupLink = temporaryName(for: path, kind: "bak.tmp")
        if link(path, backupLink) != 0 {
            // No hard links here (some network and FUSE filesystems): copy instead.
            guard let current = try StoreFile.readFile(path) else { throw StoreFile.fail(path, "read", ENOENT) }
            try writeSynced(backupLink, mode: StoreFile.privateMode) { fd, name in try StoreFile.writeAll(fd, current, at: 0, path: name) }
        } else if chmod(backupLink, StoreFile.privateMode) != 0 {
            // The link shares the file's inode, which may predate the 0600 rule.
            unlink(backupLink)
            throw StoreFile.fail(backupLink, "set permissions 0600 on")
        }
        do {
            try StoreFile.renameFile(backupLink, to: backupPath)
        } catch {
            unlink(backupLink)
            throw error
        }
        // rename() does nothing when both names are links to one inode (the backup was a hard
        // link of the file): the temporary name is then still there.
        unlink(backupLink)
    }

    /// Removes temporary files a killed process left beside `path`. Only call when no other
    /// process is writing one (the store's lock is held).
    public static func removeLeftovers(beside path: String) {
        let folder = StoreFile.folder(of: path)
        let prefix = "." + (path as NSString).lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.contains(".tmp-") {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    /// `.portfolio.json.tmp-<pid>-<random>` beside the file: hidden, and never a name anyone else picks.
    static func temporaryName(for path: String, kind: String) -> String {
        let folder = StoreFile.folder(of: path)
        let name = (path as NSString).lastPathComponent
        return (folder as NSString).appendingPathComponent(".\(name).\(kind)-\(StoreFile.uniqueSuffix())")
    }

    private static func writeSynced(_ path: String, mode: mode_t, owner: (uid_t, gid_t)? = nil,
                                    write: (Int32, String) throws -> Void) throws {
        let fd = try StoreFile.openFile(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, operation: "create", mode: mode)
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
