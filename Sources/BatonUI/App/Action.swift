import Foundation
import BatonCore

/// Everything that can change the state: a key, the clock, a resize, news from the store.
public enum Action: Equatable, Sendable {
    case key(KeyEvent)
    case command(Command)
    /// The clock: the runtime sends one about every second, with today in the user's time zone.
    case tick(Date, today: CalendarDate)
    case resize(width: Int, height: Int)
    case storeStatus(SaveStatus)
    /// The runtime switched from the demo to the lead's own store: this portfolio, at this path.
    case openedOwnPortfolio(Portfolio, storePath: String)
    /// The runtime read a CRM export for `:import`: its dry run, or why it cannot be read.
    case importRead(ImportRead)
    /// The runtime wrote a step of several accounts (nil), or could not and nothing changed (why).
    case batchWritten(BatchWrite, failure: String?)
    /// The runtime found text kept as drafts from an earlier session: offered back, never applied.
    case draftsFound([Draft])
    /// A read-only copy read the store again: the Baton that holds it changed it.
    case storeFollowed(Portfolio)
    /// A shared portfolio: the database holds this account now (someone changed it, or one of
    /// ours came back re-applied or refused); the note says who did what. Either may be nil.
    case sharedChange(Account?, note: String?)
    /// The runtime found the store changed by another program while it was open: ask the lead.
    case storeChangedOnDisk
    /// The runtime carried out the lead's answer: what the store holds now (nil: unchanged), the
    /// title bar's status, and what happened, in a sentence.
    case outsideEditResolved(Portfolio?, status: SaveStatus, note: String)
}
