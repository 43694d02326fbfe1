import BatonCore
import Foundation

/// A large store Baton did not write in its own layout (python's `json.dump`, a merge, a sync
/// tool, an older format) is written once in that layout when the dashboard opens it, so that
/// it gets a summary index and every later open draws its first frame at once.
enum OwnLayout {
    /// The store opened as `OpenedStore` opens it, then rewritten when it is large, writable and
    /// not in Baton's layout. Called on the opening thread, behind the opening screen.
    static func open(options: StoreOptions, today: CalendarDate, held: PortfolioStore.Held? = nil) throws -> OpenedStore {
        let opened = try OpenedStore(options: options, today: today, held: held)
        opened.openingNote = rewrite(opened.store)
        return opened
    }

    /// What the person is told, if anything: the rewrite failed, or the store is read-only and so
    /// keeps its layout (and opens slowly).
    static func rewrite(_ store: PortfolioStore) -> String? {
        // Half the index's threshold: written compactly (python's json.dump), a store is about
        // 60% of the size it has in Baton's layout, where it would be large enough for an index.
        guard !store.inOwnLayout, size(store.path) >= StoreLoading.threshold / 2 else { return nil }
        guard store.access.isWritable else {
            return "not rewritten in Baton's own layout (read-only): it has no index, and opens slowly until a writable Baton opens it"
        }
        do {
            try store.rewriteInOwnLayout()
            return nil
        } catch {
            // Nothing was lost: the store is the file as it was, or the new one, both whole.
            return "Not rewritten in Baton's own layout (it keeps opening slowly): \(error)"
        }
    }

    private static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
