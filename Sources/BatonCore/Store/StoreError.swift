#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the store could not do what was asked; every case reads as a sentence a lead can act on.
public enum StoreError: Error, CustomStringConvertible {
    /// The document cannot be read; every problem found, in file order.
    case unreadable([StoreProblem])
    /// A system call failed: `operation` is a verb phrase ("write", "rename X to").
    case io(path: String, operation: String, errno: Int32)
    /// This process may not change the store (locked by another, newer format, damaged journal).
    case readOnly([ReadOnlyReason])
    /// A record in the middle of the journal is damaged: changes after it cannot be trusted.
    case damagedJournal(path: String, line: Int, record: Int, reason: String, followed: Bool)
    /// The store is gone but its backup or journal is still there: creating a fresh store
    /// would overwrite the backup at the next save.
    case missing(path: String, leftovers: [String])
    /// The store, its journal or its lock is something other than a regular file (a FIFO, a
    /// device, a folder, a symbolic link where none may be): refused, never read or written.
    case notAFile(path: String, kind: String)
    /// The journal beside the store names another store: it was copied or left there.
    case foreignJournal(path: String, journalStoreID: String, storeID: String)
    /// The store was changed by something else while Baton had it open; Baton's own version was
    /// kept at `keptAt` (nil when even that could not be written: the journal still holds it).
    case changedOnDisk(path: String, keptAt: String?)
    /// The portfolio could not be turned into JSON (a value JSON cannot hold).
    case unencodable(reason: String)
    /// The file is larger than any store Baton writes (`InputLimits.storeBytes`): not read at all.
    case tooLarge(path: String, size: Int)

    /// Each line through `SafeText`: a reason may quote a value or a path from the file.
    public var description: String { SafeText.sanitizeLines(sentence) }

    private var sentence: String {
        switch self {
        case .unreadable(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .io(let path, let operation, let code):
            let remedy = switch code {
            case ENOSPC, EDQUOT: "free some disk space, then try again"
            case EACCES, EPERM: "check that the file and its folder belong to you"
            case EROFS: "the disk is mounted read-only; choose another path"
            default: "check the folder exists, is yours and has room, then try again"
            }
            return "could not \(operation) \(path): \(String(cString: strerror(code))) — \(remedy)"
        case .readOnly(let reasons):
            return "the store is read-only: " + reasons.map(\.description).joined(separator: "; ")
        case .damagedJournal(let path, let line, let record, let reason, let followed):
            return "\(path):\(line): journal record \(record) is damaged (\(reason))"
                + (followed ? " and later records follow it" : "") + " — "
                + "Baton opened the store read-only and left the journal untouched; "
                + "keep a copy of the journal and ask for help before moving it aside"
        case .missing(let path, let leftovers):
            return "\(path): the store is missing but \(leftovers.joined(separator: " and ")) "
                + "\(leftovers.count == 1 ? "is" : "are") still beside it — restore the backup "
                + "(cp \(path).bak \(path)) or move the leftovers aside to start a new portfolio"
        case .notAFile(let path, let kind):
            return "\(path) is \(kind), not a regular file — Baton reads and writes only regular files "
                + "and has left it alone; point --store at the portfolio's JSON file"
        case .foreignJournal(let path, let journalStoreID, let storeID):
            return "\(path) belongs to another store (its first line names \(journalStoreID), this store is \(storeID)) — "
                + "Baton opened the store read-only, did not replay it and left it untouched; "
                + "move it aside (or back beside its own store) to edit again"
        case .changedOnDisk(let path, let keptAt):
            let kept = keptAt.map { "this session's version is in \($0)" }
                ?? "this session's changes are still in \(path).journal"
            return "\(path) was changed by something else while Baton had it open — Baton stopped writing and "
                + "left that version in place; \(kept). Compare the two, keep what you want as \(path), and open Baton again"
        case .unencodable(let reason):
            return "the portfolio could not be saved as JSON: \(reason) — nothing was written"
        case .tooLarge(let path, let size):
            return "\(path) is \(InputLimits.size(size)), more than a store Baton will read (\(InputLimits.size(InputLimits.storeBytes)); "
                + "10,000 accounts take about 300 MB) — Baton has left it alone; is it the portfolio's JSON file?"
        }
    }
}
