import BatonCore
import Foundation

/// A large store being read behind its first frame: the accounts decoded so far from their own
/// bytes (the selected one, as it is selected), the keys that wait for every account, and how
/// far the read has got. The list, its counts, filter and sort come from the summary index
/// meanwhile; the runtime swaps in the whole portfolio once it is read (`finishLoading`).
public struct PortfolioLoading: Equatable, Sendable {
    /// Where an account not yet decoded is decoded from.
    public let source: AccountSource
    /// Positions in `portfolio.accounts` that hold their own account; the others hold a stand-in
    /// that nothing reads (see `AppState.selectedAccount`).
    var decoded: Set<Int>
    /// Keys that need every account or change one, in the order typed: carried out once every
    /// account is read, and every key after the first of them too, so none overtakes another.
    public internal(set) var waiting: [KeyEvent] = []
    /// How far the read has got (nil before it begins), and for how long it has run.
    public var progress: OpenProgress.Snapshot?
    public var seconds: Double = 0
    /// What is going on behind the frame, for the hint bar.
    public var work: Work = .reading
    /// A change to the selected account acts at once (the store was taken before it was read, and
    /// the change is journalled at once); otherwise changes wait for every account with the rest.
    public var changesAtOnce = false

    /// A local store read from disk, or a shared portfolio's copy filled from its database
    /// (`progress.decoded` then counts the accounts copied, of `needed`).
    public enum Work: Equatable, Sendable {
        case reading
        case copying(needed: Int?)
    }

    public init(source: AccountSource, decoded: Set<Int>) {
        self.source = source
        self.decoded = decoded
    }

    public static func == (a: PortfolioLoading, b: PortfolioLoading) -> Bool {
        a.source === b.source && a.decoded == b.decoded && a.waiting == b.waiting && a.progress == b.progress && a.seconds == b.seconds
            && a.work == b.work && a.changesAtOnce == b.changesAtOnce
    }

    /// The hint bar's line while the store is read.
    var line: String {
        let what: String
        switch work {
        case .reading:
            what = "loading… " + (progress?.fraction.map { "\(Int($0 * 100))% (\(progress?.decoded ?? 0) accounts read, " } ?? "(reading the store, ")
        // Short: the keys' count at the end must fit at 80 columns (the title bar says it is shared).
        case .copying(let needed?) where needed > 0 && (progress?.decoded ?? 0) >= needed:
            what = "copying… (all \(needed) in, writing the copy, "
        case .copying(let needed?) where needed > 0:
            what = "copying… \(Int(Double(progress?.decoded ?? 0) * 100 / Double(needed)))% (\(progress?.decoded ?? 0) of \(needed), "
        case .copying:
            what = "copying… ("
        }
        return what + String(format: "%.1f s)", seconds)
            + (waiting.isEmpty ? (changesAtOnce ? " — keys and changes work; what needs every account waits"
                                    : " — keys work; what needs every account waits")
               : " — \(waiting.count) key\(waiting.count == 1 ? "" : "s") waiting for every account")
    }
}

/// Decodes one account of a store not yet read whole, by its position in the summary index,
/// from that account's own bytes (about a millisecond for 30 KB). The same position always gives
/// the same account: the bytes are a mapped, read-only document checked against the index.
public final class AccountSource: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [Int: Account] = [:]
    private let decode: @Sendable (Int) -> Account?

    public init(_ decode: @escaping @Sendable (Int) -> Account?) {
        self.decode = decode
    }

    /// The account at position `i`, nil when its bytes no longer match the index.
    public func account(at i: Int) -> Account? {
        lock.lock()
        if let known = cache[i] {
            lock.unlock()
            return known
        }
        lock.unlock()
        guard let account = decode(i) else { return nil }
        lock.lock()
        cache[i] = account
        lock.unlock()
        return account
    }
}
