import Foundation
import Testing

/// Two dashboards on one store: the second is read-only, says so before any work starts, and
/// follows what the first writes within about a second.
@Suite("A read-only second copy in a terminal")
struct ReadOnlyCopyEndToEndTests {
    static let today = MeetingEndToEndTests.today

    @Test("the second copy says at once it cannot change anything, follows the first's change, and starts no meeting")
    func secondCopyFollows() throws {
        let (sandbox, store, first) = try MeetingEndToEndTests.openDemoStore(selecting: "northwind", height: 30)
        let second = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30)
        let opening = try second.waitFor("nothing can be changed here")
        #expect(opening.contains("Read-only: another Baton (pid \(try first.batonPID())) has this store"))
        #expect(opening.contains("read-only │"))
        try MeetingEndToEndTests.select("northwind", in: second)
        try second.press("2")
        try second.press("z")                                      // the health and its rationale show zoomed

        try first.press("H")
        try first.waitFor("Rationale")
        try first.press("r")
        try first.press("Tab")
        try first.type("Lisa Chen leaves in August, successor not named")
        try first.press("C-s")
        try first.waitFor("saved │")

        try second.waitFor("Lisa Chen leaves in August, successor not named", timeout: 5)
        try second.press("M")
        try second.waitFor("Not started — the store is read-only")

        try first.press("q")
        #expect(try first.exitStatus() == 0)
        try second.waitFor("Writable again", timeout: 5)
        try second.press("q")
        #expect(try second.exitStatus() == 0)
    }
}
