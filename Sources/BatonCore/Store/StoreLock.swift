#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The lock that stops a second Baton from silently clobbering the first: flock(LOCK_EX) on
/// `portfolio.json.lock` beside the store. The kernel releases it when the holder dies, however
/// it dies, so a crash never leaves a stale lock; the file itself stays (deleting a lock file
/// races with whoever is opening it).
final class StoreLock {
    enum Outcome {
        case acquired(StoreLock)
        /// Someone else holds it, or it cannot be taken here: the reason, for a read-only open.
        case unavailable(ReadOnlyReason)
    }

    let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { release() }

    static func acquire(_ path: String) -> Outcome {
        let fd: Int32
        do {
            // Never through a link (its target would get the pid written over it), never a FIFO.
            fd = try StoreFile.openFile(path, O_RDWR | O_CREAT | StoreFile.regularOnly, operation: "open the lock file")
        } catch {
            return .unavailable(.lockUnavailable("\(error)"))
        }
        _ = fchmod(fd, StoreFile.privateMode)
        // flock belongs to the open file description: a second open() of the same file, even in
        // this process, gets its own and conflicts, as another process would.
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            defer { close(fd) }
            if code == EWOULDBLOCK {
                let holder = (try? StoreFile.readAll(fd, path: path, limit: 32))
                    .flatMap { Int(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) }
                return .unavailable(.heldByAnother(pid: holder))
            }
            return .unavailable(.lockUnavailable("could not lock \(path): \(String(cString: strerror(code)))"))
        }
        // The holder's pid, only for the message the next opener shows; no fsync: it need not survive a crash.
        let pid = Data("\(getpid())\n".utf8)
        if ftruncate(fd, 0) == 0 { try? StoreFile.writeAll(fd, pid, at: 0, path: path) }
        return .acquired(StoreLock(path: path, fd: fd))
    }

    func release() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }
}
