#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import BatonUI
import Foundation

/// Writes an exported document to disk: atomically (a reader sees no file or the whole file),
/// never over a file the user did not ask to replace, private to the user unless it is meant for
/// the customer.
enum DocumentExport {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `$XDG_DOCUMENTS_DIR/baton`, else `~/Documents/baton`.
    static func defaultFolder(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = env["XDG_DOCUMENTS_DIR"], !xdg.isEmpty { return (xdg as NSString).expandingTildeInPath + "/baton" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/Documents/baton"
    }

    /// Internal documents and the calendar are the lead's: 0600. Customer-facing ones are made to be shared: 0644.
    static func mode(for kind: DocumentKind) -> mode_t {
        kind.isCustomerFacing ? 0o644 : 0o600
    }

    /// Writes into the default folder under the kind's usual name; if that name is taken, the
    /// first free "-2", "-3"… beside it. Returns the path written.
    static func writeNew(_ text: String, kind: DocumentKind, accountID: String?, today: CalendarDate,
                         folder: String = defaultFolder()) throws -> String {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create the folder \(folder): \(error.localizedDescription)")
        }
        let name = kind.fileName(accountID: accountID, today: today)
        let stem = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        for n in 1...999 {
            let path = folder + "/" + (n == 1 ? name : "\(stem)-\(n).\(ext)")
            if try write(text, to: path, mode: mode(for: kind), replacing: false) { return path }
        }
        throw Failure(description: "\(folder) already holds 999 exports named \(stem)-…: move some away")
    }

    /// Writes exactly `path`. An existing file is replaced only with `replacing`; otherwise it is
    /// an error that says how to replace it.
    static func write(_ text: String, kind: DocumentKind, to path: String, replacing: Bool) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw Failure(description: "the folder \(folder) does not exist")
        }
        guard try write(text, to: path, mode: mode(for: kind), replacing: replacing) else {
            throw Failure(description: "\(path) already exists: pass --force to replace it, or choose another name with -o")
        }
    }

    /// The temporary file is written and synced beside the target, then linked to its name
    /// (`link` refuses to replace, unlike `rename`) or, when replacing, renamed over it.
    /// Returns false when the name is taken and `replacing` is off.
    private static func write(_ text: String, to path: String, mode: mode_t, replacing: Bool) throws -> Bool {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temporary = folder + "/.\((path as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(description: "cannot write in \(folder): \(String(cString: strerror(errno)))") }
        defer { unlink(temporary) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw Failure(description: "cannot write \(path): \(reason)")
            }
            written += n
        }
        // The umask must not narrow what the kind asks for, nor widen it.
        fchmod(fd, mode)
        guard fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "cannot write \(path): \(reason)")
        }
        close(fd)
        if replacing {
            guard rename(temporary, path) == 0 else {
                throw Failure(description: "cannot replace \(path): \(String(cString: strerror(errno)))")
            }
        } else if link(temporary, path) != 0 {
            if errno == EEXIST { return false }
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let dir = open(folder, O_RDONLY | O_DIRECTORY)
        if dir >= 0 { fsync(dir); close(dir) }
        return true
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    /// `E` in the dashboard: writes the chosen document into the default folder and returns the
    /// line the screen shows, which names the file, or what went wrong.
    static func fromDashboard(_ kind: DocumentKind, accountID: String?, state: AppState, now: Date) -> String {
        let text: String
        if let accountID {
            guard let account = state.portfolio.account(id: accountID) else { return "Not exported: the account is gone." }
            text = Documents.render(kind, account: account, today: state.today, now: now)
        } else {
            text = Documents.portfolioCalendar(state.portfolio, today: state.today, now: now)
        }
        do {
            let path = try writeNew(text, kind: kind, accountID: accountID, today: state.today)
            // The file's name first: on a narrow screen the end of the line is what gets cut.
            let name = (path as NSString).lastPathComponent
            let folder = shown((path as NSString).deletingLastPathComponent)
            return "Exported \(name) to \(folder)/" + (kind.isCustomerFacing ? " (for the customer)" : "")
        } catch {
            return "NOT exported: \(error)"
        }
    }

    /// ~/… for the screen.
    static func shown(_ path: String, _ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = env["HOME"], !home.isEmpty, home != "/", path.hasPrefix(home + "/") {
            return "~" + path.dropFirst(home.count)
        }
        return OpenedStore.abbreviate(path)
    }
}
