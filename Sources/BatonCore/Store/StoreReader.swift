#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The portfolio as it stands on disk, read without the lock and without writing anything: what
/// `baton list`, `show` and `validate` use, so that they are safe beside a running dashboard and
/// never create, repair, migrate or fold a store.
public enum StoreReader {
    /// Why a read-only look found no portfolio to show.
    public enum Failure: Error, CustomStringConvertible {
        /// Nothing at `path`: no store yet.
        case missing(path: String)
        /// Something is there but cannot be read as it is.
        case unreadable(String)

        public var description: String {
            switch self {
            case .missing(let path): "no portfolio at \(path)"
            case .unreadable(let reason): reason
            }
        }
    }

    /// The document with the journal replayed on top, in memory only: the store's own careful
    /// open, without the lock and without writing (`PortfolioStore.open(forReading:)`), so every
    /// check it makes — special files, duplicate keys, a foreign or damaged journal — holds here too.
    public static func read(path: String) throws -> Portfolio {
        let resolved: String
        do {
            resolved = try StoreFile.followingSymlink(path)
        } catch {
            throw Failure.unreadable("\(error)")
        }
        guard StoreFile.exists(resolved) else {
            let leftovers = [resolved + ".bak", resolved + ".journal"].filter { (StoreFile.fileSize($0) ?? 0) > 0 }
            if leftovers.isEmpty { throw Failure.missing(path: resolved) }
            throw Failure.unreadable(StoreError.missing(path: resolved, leftovers: leftovers).description)
        }
        let store: PortfolioStore
        do {
            store = try PortfolioStore.open(path: resolved, creatingWith: { Portfolio() }, forReading: true)
        } catch {
            throw Failure.unreadable("\(error)")
        }
        // Reading only is the point; a newer format reads fine. Anything else (a damaged or
        // foreign journal) means what is on disk is not the whole truth: say so, show nothing.
        let problems = store.access.reasons.filter { !$0.leavesReadingWhole }
        if !problems.isEmpty { throw Failure.unreadable(problems.map(\.description).joined(separator: "; ")) }
        return store.portfolio
    }
}
