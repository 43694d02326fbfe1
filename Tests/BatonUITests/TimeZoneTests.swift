import Foundation
import Testing
@testable import BatonCore
@testable import BatonUI

/// The time zone enters through the state, never read from the machine by a view or a change:
/// the same state draws the same screen whatever zone the machine is set to.
@Suite("The machine's time zone", .serialized)
struct TimeZoneTests {
    /// `body` with the process's zone set to `zone`, as TZ would set it, and put back after.
    static func underZone<T>(_ zone: String, _ body: () -> T) -> T {
        let old = ProcessInfo.processInfo.environment["TZ"]
        setenv("TZ", zone, 1)
        tzset()
        NSTimeZone.resetSystemTimeZone()
        defer {
            if let old { setenv("TZ", old, 1) } else { unsetenv("TZ") }
            tzset()
            NSTimeZone.resetSystemTimeZone()
        }
        return body()
    }

    /// Screens that show days and times: the portfolio, the card's history, the walkthrough with
    /// its ticks' times, a meeting's clock.
    static func screens() -> [String] {
        var state = DemoState.make(width: 120, height: 40)
        var out = [AppView.render(state).text]
        for keys: [KeyEvent] in [[.char("/")] + "alpen".map { .char($0) } + [.enter, .char("t")],
                                 [.escape, .enter, .char("6")], [.escape, .escape, .char("M"), .char("1")]] {
            state = DemoState.press(keys, on: state)
            out.append(AppView.render(state).text)
        }
        return out
    }

    @Test("the same state draws the same screens under UTC, Asia/Kolkata and America/Los_Angeles", arguments: ["Asia/Kolkata", "America/Los_Angeles"])
    func sameScreens(zone: String) {
        let utc = Self.underZone("UTC") { Self.screens() }
        let there = Self.underZone(zone) { Self.screens() }
        #expect(TimeZone.current.identifier != zone)
        for (a, b) in zip(utc, there) { #expect(a == b, "a screen changed with the machine's zone (\(zone))") }
    }

    @Test("a change says a time of day in the lead's zone from its context, not the machine's")
    func changeUsesContextZone() throws {
        let account = try #require(DemoPortfolio.make(today: DemoState.today, now: DemoState.now).accounts.first { $0.id == "acct-alpenblick" })
        func summary(_ zone: TimeZone) -> String? {
            let context = ChangeContext(today: DemoState.today, now: DemoState.now, by: "Sarah Khan", timeZone: zone)
            return try? AccountChange.transfer(.untick(.primaryOwnerChanged)).apply(to: account, context: context)
                .flatMap { AccountChange.transfer(.tick(.primaryOwnerChanged)).apply(to: $0.account, context: context) }.get().summary
        }
        let kolkata = Self.underZone("America/Los_Angeles") { summary(TimeZone(identifier: "Asia/Kolkata")!) }
        #expect(kolkata?.hasSuffix("done at 15:00") == true, "\(kolkata ?? "refused")")   // 09:30 UTC is 15:00 in Kolkata
    }
}
