import Foundation
import BatonCore
@testable import BatonUI

/// The demo portfolio on a fixed day, so golden screens do not change from one day to the next.
enum DemoState {
    /// Monday 23 November 2026, 09:30 UTC.
    static let today = CalendarDate(iso: "2026-11-23")!
    static let now = Date(timeIntervalSince1970: TimeInterval(today.dayNumber) * 86_400 + 9.5 * 3600)

    static func make(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(portfolio: DemoPortfolio.make(today: today, now: now), today: today, now: now,
                             width: width, height: height, storePath: "~/.local/share/baton/portfolio.json",
                             saveStatus: .saved)
        // The goldens read the same in any zone the tests run in (TZ=Asia/Kolkata too).
        state.timeZone = TimeZone(identifier: "UTC")!
        return state
    }

    /// Feeds keys through update, as a person typing.
    static func press(_ keys: [KeyEvent], on state: AppState) -> AppState {
        var s = state
        for key in keys { _ = Update.apply(.key(key), to: &s) }
        return s
    }

    static func type(_ text: String, on state: AppState) -> AppState {
        press(text.map { KeyEvent.char($0) }, on: state)
    }
}
