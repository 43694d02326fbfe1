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

    /// Through the one atomic write: a reader sees no file or the whole file; without
    /// `replacing`, a name already taken is left alone (false).
    private static func write(_ text: String, to path: String, mode: mode_t, replacing: Bool) throws -> Bool {
        do {
            return try AtomicFile.write(Data(text.utf8), to: path, existing: replacing ? .replace : .keep, mode: mode)
        } catch {
            throw Failure(description: "\(error)")
        }
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
