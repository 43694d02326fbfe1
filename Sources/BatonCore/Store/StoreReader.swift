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

    /// The document with the journal replayed on top, in memory only. A store in mid-checkpoint
    /// by the Baton that holds the lock can look damaged for a moment: it is read again before
    /// the damage is believed.
    public static func read(path: String) throws -> Portfolio {
        let path = StoreFile.followingSymlink(path)
        var attempt = 0
        while true {
            attempt += 1
            guard let data = try readDocument(path) else {
                let leftovers = [path + ".bak", path + ".journal"].filter { (StoreFile.fileSize($0) ?? 0) > 0 }
                if leftovers.isEmpty { throw Failure.missing(path: path) }
                throw Failure.unreadable(StoreError.missing(path: path, leftovers: leftovers).description)
            }
            let contents: StoreDocument.Contents
            let replay: StoreJournal.Replay
            do {
                contents = try StoreDocument.read(data, path: path)
                replay = try StoreJournal.read(path: path + ".journal")
            } catch {
                if attempt < 3 { usleep(20_000); continue }
                throw Failure.unreadable("\(error)")
            }
            if let damage = replay.damage {
                if attempt < 3 { usleep(20_000); continue }
                throw Failure.unreadable(StoreError.damagedJournal(path: path + ".journal", record: damage.record,
                                                                   reason: damage.reason).description)
            }
            var portfolio = contents.portfolio
            var positions = Dictionary(portfolio.accounts.enumerated().map { ($0.element.id, $0.offset) },
                                       uniquingKeysWith: { first, _ in first })
            for record in replay.records {
                if let i = positions[record.upsert.id] {
                    portfolio.accounts[i] = record.upsert
                } else {
                    positions[record.upsert.id] = portfolio.accounts.count
                    portfolio.accounts.append(record.upsert)
                }
            }
            return portfolio
        }
    }

    private static func readDocument(_ path: String) throws -> Data? {
        do {
            return try StoreFile.readFile(path)
        } catch {
            throw Failure.unreadable("\(error)")
        }
    }
}
