import Foundation
import Testing

/// Golden files for documents: the expected text lives in `__Documents__/` beside this file.
/// A missing file is recorded (and the test fails, so nobody forgets to read it); with
/// `SNAPSHOT_TESTING_RECORD=all`, as for the golden screens, every file is re-recorded.
enum DocumentGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Documents__")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let recordAll = ProcessInfo.processInfo.environment["SNAPSHOT_TESTING_RECORD"] == "all"
        guard !recordAll, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(name): read it, then run the test again.", sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        let want = expected.components(separatedBy: "\n"), got = text.components(separatedBy: "\n")
        let first = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        let shown = { (lines: [String]) in first < lines.count ? lines[first] : "(end of document)" }
        Issue.record("""
            \(name) differs from its golden file at line \(first + 1):
              expected: \(shown(want))
              actual:   \(shown(got))
            Re-record with SNAPSHOT_TESTING_RECORD=all swift test --filter DocumentTests, and read the diff.
            """, sourceLocation: sourceLocation)
    }
}
