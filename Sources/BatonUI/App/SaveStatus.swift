/// What the title bar says about the store.
public enum SaveStatus: Equatable, Sendable {
    /// Every change is durable (in the journal or the document).
    case saved
    /// Changes are waiting to be made durable.
    case unsaved(Int)
    /// Changes are refused: another copy holds the lock, the format is newer, or it is a demo.
    case readOnly(String)
    /// A throwaway copy: changes last until quit.
    case demo
    /// A shared portfolio: whether its database answers, and how many changes wait in the outbox.
    case shared(online: Bool, waiting: Int)
    /// Another program changed the store while it was open: nothing is written over it until the lead chooses.
    case changedOnDisk
    /// A shared portfolio's first copy is being filled behind its first frame: not "synced" until it is.
    case copying

    public var label: String {
        switch self {
        case .saved: "saved"
        case .unsaved(let n): "\(n) unsaved"
        case .readOnly: "read-only"
        case .demo: "throwaway copy"
        case .changedOnDisk: "CHANGED ON DISK"
        case .copying: "copying…"
        case .shared(let online, let waiting):
            waiting == 0 ? (online ? "synced" : "offline")
                : "\(online ? "" : "offline · ")\(waiting) change\(waiting == 1 ? "" : "s") waiting"
        }
    }
}
