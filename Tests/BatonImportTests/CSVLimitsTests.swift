import BatonCore
import Foundation
import Testing
@testable import BatonImport

/// Issue 25, finding 5: a header of a million columns was accepted (and 8.9 MB of unmapped
/// columns printed back), a 10 MB field took 24 s to import. The bounds are kept as the file is
/// read, before any record is built, with the line they were passed on.
@Suite("Limits on a CSV file, kept while it is read")
struct CSVLimitsTests {
    static func refusal(_ csv: String) -> ImportFileError? {
        do {
            _ = try CSVTable.parse(Data(csv.utf8))
            return nil
        } catch let error as ImportFileError {
            return error
        } catch {
            Issue.record("not an ImportFileError: \(error)")
            return nil
        }
    }

    @Test("a header of a million columns is refused on line 1, and 1,000 columns are read")
    func columns() throws {
        let million = String(repeating: "a,", count: 1_000_000) + "b\nx\n"
        let refused = try #require(Self.refusal(million))
        #expect(refused.line == 1)
        #expect(refused.reason.contains("longer than 1 MB") || refused.reason.contains("more than 1000 columns"), "\(refused)")
        let wide = (1...InputLimits.csvColumns).map { "c\($0)" }.joined(separator: ",") + "\n"
        #expect(Self.refusal(wide + wide) == nil)
        let tooWide = (1...(InputLimits.csvColumns + 1)).map { "c\($0)" }.joined(separator: ",") + "\n"
        let columns = try #require(Self.refusal("Name\nAcme\n" + tooWide), "1,001 columns on line 3")
        #expect(columns.line == 3)
        #expect(columns.reason.hasPrefix("more than 1000 columns"), "\(columns)")
    }

    @Test("a field of more than 64 KB is refused with its line and column, even quoted across lines; 64 KB is read")
    func fieldSize() throws {
        let most = String(repeating: "x", count: InputLimits.textBytes)
        #expect(Self.refusal("Name,Notes\nAcme,\(most)\n") == nil)
        let refused = try #require(Self.refusal("Name,Notes\nAcme,ok\nBeta,\"\(most)\nmore\"\n"))
        #expect(refused.line == 3)
        #expect(refused.reason.hasPrefix("a value in column 2 is longer than 64 KB"), "\(refused)")
        // A quoted comma and doubled quotes stay inside their field: not counted as columns.
        #expect(Self.refusal("Name,Notes\n\"Acme, Inc\",\"said \"\"hi\"\", left\"\n") == nil)
    }

    @Test("a ten-megabyte field is refused at once, never parsed")
    func hugeField() throws {
        let refused = try #require(Self.refusal("Name,Notes\nAcme,\"" + String(repeating: "y", count: 10 << 20) + "\"\n"))
        #expect(refused.line == 2)
    }

    @Test("a line of more than 1 MB is refused, naming it")
    func lineLength() throws {
        let fields = (1...20).map { _ in String(repeating: "z", count: 60_000) }.joined(separator: ",")
        let refused = try #require(Self.refusal("Name\nAcme\n" + fields + "\n"))
        #expect(refused.line == 3)
        #expect(refused.reason.hasPrefix("this line is longer than 1 MB"), "\(refused)")
    }

    @Test("a name of only control characters in the file is refused, never imported as an empty name")
    func controlOnlyName() throws {
        let plan = try Fixtures.plan(csv: "Name,Stage\n\u{1}\u{1}\u{1},1\nAcme,1\n", portfolio: Portfolio(owner: "Sarah Khan"))
        #expect(plan.refused.map(\.line) == [2])
        // The import reads a cell as the form does (control characters dropped): what is left is blank.
        #expect(plan.report().contains { $0.contains("line 2") && $0.contains("An account needs a name") }, "\(plan.report())")
    }
}
