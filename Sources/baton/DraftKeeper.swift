import BatonCore
import BatonUI
import Foundation

/// Keeps what is typed and not yet saved beside the store as it is typed: written when it
/// changed and a second has passed (at once when a draft was closed, and on a signal), so a
/// kill or a power cut loses at most the last second. A draft closed on purpose — saved,
/// cancelled, the meeting left — leaves the file; one open at quit or at a crash stays, offered
/// back the next time (`Update.found`). A read-only copy keeps none: the other Baton owns them.
final class DraftKeeper {
    private let storePath: String
    private var book: DraftBook
    /// The draft on screen when last looked at, and the one last written.
    private var openKey: String?
    private var written: DraftBook
    private var lastWrite = Date.distantPast

    /// The drafts kept beside the store, nil for a store that cannot keep them (the demo, read-only).
    init?(store: PortfolioStore, isDemo: Bool) {
        guard !isDemo, store.access.isWritable else { return nil }
        storePath = store.path
        book = StoreDrafts.read(forStore: store.path).flatMap { DraftBook.decoded($0, storeID: store.storeID) }
            ?? DraftBook(storeID: store.storeID)
        written = book
    }

    /// The drafts found at open, to offer back.
    var found: [Draft] { book.drafts }

    /// Called every turn of the loop with what is on screen now.
    func follow(_ draft: Draft?, now: Date) {
        var closed = false
        if let open = openKey, open != draft?.key {
            // What was open closed in this session: saved, cancelled or left on purpose.
            book.drafts.removeAll { $0.key == open }
            closed = true
        }
        openKey = draft?.key
        if var draft {
            if let i = book.drafts.firstIndex(where: { $0.key == draft.key }) {
                if book.drafts[i].content != draft.content {
                    draft.savedAt = now
                    book.drafts[i] = draft
                }
            } else {
                draft.savedAt = now
                book.drafts.append(draft)
            }
        }
        if book != written, closed || now.timeIntervalSince(lastWrite) >= 1 {
            write(now: now)
        }
    }

    /// How long the loop may wait for a key before the kept draft falls a second behind.
    func wait(now: Date, atMost: Int) -> Int {
        guard book != written else { return atMost }
        return max(0, min(atMost, Int((1 - now.timeIntervalSince(lastWrite)) * 1000)))
    }

    /// On a signal or at quit: what is on screen now, written at once.
    func flush(_ draft: Draft?, now: Date) {
        follow(draft, now: now)
        if book != written { write(now: now) }
    }

    private func write(now: Date) {
        lastWrite = now
        do {
            if book.drafts.isEmpty {
                StoreDrafts.remove(forStore: storePath)
            } else {
                try StoreDrafts.write(try book.encoded(), forStore: storePath)
            }
            written = book
        } catch {
            // The next turn tries again; the typed text is still on screen.
        }
    }
}
