import BatonTerminal
import BatonUI

/// What opens behind a first frame that is drawn at once: a large local store from its summary
/// index (StoreLoading), or a shared portfolio's copy filled from the summaries the database
/// serves (SharedFirstOpen). The runtime waits on it, drawing, before its own loop starts.
protocol FirstFrameOpening: AnyObject {
    /// What is drawn until the store is open.
    var state: AppState { get set }
    func wait(terminal: Terminal) -> StoreLoading.Outcome
}

extension StoreLoading: FirstFrameOpening {}
