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
}
