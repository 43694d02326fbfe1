import SnapshotTesting
import Testing
@testable import BatonUI

/// Golden screens of the demo portfolio on a fixed day, compared cell by cell (text and role).
/// Re-record after an intended change: `SNAPSHOT_TESTING_RECORD=all swift test --filter GoldenScreenTests`.
@Suite("Golden screens")
struct GoldenScreenTests {
    @Test("the demo portfolio at 80×24")
    func demo80x24() {
        assertSnapshot(of: ScreenText.render(AppView.render(DemoState.make(width: 80, height: 24))), as: .lines)
    }

    @Test("the demo portfolio at 132×43")
    func demo132x43() {
        assertSnapshot(of: ScreenText.render(AppView.render(DemoState.make(width: 132, height: 43))), as: .lines)
    }

    @Test("the needs-attention view at 100×30")
    func attention() {
        let state = DemoState.press([.char("a")], on: DemoState.make(width: 100, height: 30))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the readiness checklist zoomed, with the evidence and its standard")
    func readinessZoomed() {
        let state = DemoState.press([.char("2"), .char("z"), .char("j")], on: DemoState.make(width: 100, height: 30))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the portfolio agenda")
    func agenda() {
        let state = DemoState.press([.char("4"), .char("A")], on: DemoState.make(width: 100, height: 30))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the help overlay at 80×24")
    func help() {
        let state = DemoState.press([.char("?")], on: DemoState.make())
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the evidence form for condition 6, its standard on screen")
    func evidenceForm() {
        var state = MarkingReadinessTests.on("acct-coralcoast", condition: .customerConfidence)
        state = DemoState.press([.char("m"), .paste("Exactly what was promised."), .tab, .tab, .paste("fri")], on: state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the readiness meeting at condition 2 with 23:41 left")
    func meeting() {
        var state = DemoState.press([.char("r"), .enter, .enter], on: MarkingReadinessTests.on("acct-mueller"))
        _ = Update.apply(.tick(DemoState.now.addingTimeInterval(6 * 60 + 19), today: DemoState.today), to: &state)
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the T-day walkthrough of the account transferring today")
    func walkthrough() {
        let state = DemoState.press([.char("t"), .char("j")], on: MarkingReadinessTests.on("acct-alpenblick"))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }
}
