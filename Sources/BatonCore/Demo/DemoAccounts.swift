import Foundation

extension DemoPortfolio {
    /// Whether an account is one of the demo's invented customers, by the demo's id and name
    /// together: an earlier build put them in the lead's real store, and `baton remove-demo`
    /// takes them out. A real customer who happens to share one of the two is not touched.
    public static func isDemoAccount(_ account: Account) -> Bool {
        demoSignatures.contains(Signature(id: account.id, name: account.name))
    }

    /// The demo's ids and names, which do not depend on the day it is made for.
    private static let demoSignatures: Set<Signature> = {
        let day = CalendarDate(year: 2026, month: 1, day: 1)!
        let demo = make(today: day, now: Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400))
        return Set(demo.accounts.map { Signature(id: $0.id, name: $0.name) })
    }()

    private struct Signature: Hashable {
        var id: String
        var name: String
    }
}
