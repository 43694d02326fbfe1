import Foundation

/// What the lead chooses when the store was changed by another program while Baton had it
/// open (issue 25): noticed when it happens, not at quit.
public enum OutsideEditChoice: Equatable, Sendable, CaseIterable {
    /// As before: this session's version is written beside the file, the file is left as the
    /// other program made it, and Baton stops writing (read-only) so the lead can compare.
    case keepBoth
    /// Their edit, with this session's changes on top: each account this session changed that
    /// the other program left alone keeps this session's version; where both changed one, theirs
    /// is kept and this session's whole version is written beside the file. Baton goes on writing.
    case takeTheirs
    /// The file exactly as the other program left it: this session's unsaved changes leave the
    /// screen, written beside the file first (never lost). Baton goes on writing.
    case takeFile
}

/// How a choice was carried out.
public struct OutsideEditOutcome: Equatable, Sendable {
    /// Where this session's version was written aside, when it was.
    public var keptAt: String?
    /// The accounts both sides changed, where theirs was kept (by name).
    public var conflicts: [String]
    /// This session's changes that were put on top of theirs (by name).
    public var merged: [String]
}

extension PortfolioStore {
    /// Whether the file is no longer the one Baton last read or wrote (its identity moved): one
    /// `lstat`, cheap enough to ask every second. Only a writable store asks: a read-only copy
    /// follows the file instead.
    public func changedOnDisk() -> Bool {
        guard case .readWrite = access else { return false }
        return StoreFile.identity(of: path) != documentIdentity
    }

    /// Carries out the lead's choice on a store `changedOnDisk` found changed.
    public func resolveOutsideEdit(_ choice: OutsideEditChoice, now: Date = Date()) throws -> OutsideEditOutcome {
        guard case .readWrite = access, let journal else { throw StoreError.readOnly(access.reasons.isEmpty ? [.closed] : access.reasons) }
        switch choice {
        case .keepBoth:
            let kept = writeAside(now: now)
            access = .readOnly([.changedOnDisk(path: path, keptAt: kept)])
            return OutsideEditOutcome(keptAt: kept, conflicts: [], merged: [])
        case .takeTheirs, .takeFile:
            guard let document = try Self.readDocument(path: path) else { throw StoreError.missing(path: path, leftovers: []) }
            let theirs = document.contents
            guard theirs.formatVersion <= StoreDocument.currentFormatVersion else {
                throw StoreError.readOnly([.newerFormat(path: path, version: theirs.formatVersion, readsUpTo: StoreDocument.currentFormatVersion)])
            }
            if let id = theirs.storeID, StoreDocument.isUsableStoreID(id), id != storeID {
                throw StoreError.changedOnDisk(path: path, keptAt: nil)
            }
            var result = theirs.portfolio
            var resultPositions = Dictionary(result.accounts.enumerated().map { ($0.element.id, $0.offset) },
                                             uniquingKeysWith: { first, _ in first })
            var conflicts: [String] = [], merged: [String] = []
            if choice == .takeTheirs {
                for (id, base) in bases.sorted(by: { $0.key < $1.key }) {
                    guard let mine = positions[id].map({ portfolio.accounts[$0] }) else { continue }
                    let theirsNow = resultPositions[id].map { result.accounts[$0] }
                    if theirsNow == base {
                        Self.upsert(mine, into: &result, positions: &resultPositions)
                        merged.append(mine.name)
                    } else if theirsNow != mine {
                        conflicts.append(mine.name)
                    }
                }
            }
            let lost = choice == .takeFile ? !bases.isEmpty : !conflicts.isEmpty
            let kept = lost ? writeAside(now: now) : nil
            if lost, kept == nil {
                // This session's changes could be written nowhere else: the file is not taken over them.
                throw StoreError.changedOnDisk(path: path, keptAt: nil)
            }
            if choice == .takeTheirs, !merged.isEmpty {
                // Written over their file on purpose, through the one atomic write: the backup keeps theirs.
                let storeID = storeID
                let merged = result
                try AtomicFile.write(to: path, backupPath: backupPath) { fd, name in
                    try StoreDocument.write(merged, savedAt: now, storeID: storeID, to: fd, path: name)
                }
                documentIdentity = StoreFile.identity(of: path)
            } else {
                documentIdentity = document.identity
            }
            try journal.empty()
            portfolio = result
            positions = resultPositions
            bases = [:]
            needsRewrite = theirs.storeID == nil || theirs.formatVersion < StoreDocument.currentFormatVersion
            return OutsideEditOutcome(keptAt: kept, conflicts: conflicts, merged: merged)
        }
    }

    /// This session's whole version beside the file (`.mine-….json`, never over anything), the
    /// journal emptied once it holds it; its path, or nil when it could not be written (the
    /// journal then still holds every change).
    func writeAside(now: Date) -> String? {
        let mine = path + ".mine-\(StoreFile.uniqueSuffix()).json"
        let portfolio = portfolio, storeID = storeID
        guard (try? AtomicFile.write(to: mine, existing: .keep, { fd, name in
            try StoreDocument.write(portfolio, savedAt: now, storeID: storeID, to: fd, path: name)
        })) == true else { return nil }
        writtenAside.append(mine)
        try? journal?.empty()
        return mine
    }
}
