import BatonCore
import Foundation
import Testing
@testable import BatonImport

/// Issue 24, part 4: an import grew with the square of its rows (2,000 rows 37 s, 8,000 more than
/// two minutes) and read a 200 MB export whole (1 GB). The file is now read record by record in
/// chunks and rows are matched by a hash of the record id and the folded name.
@Suite("Importing at scale")
struct ImportScaleTests {
    /// CPU seconds of this thread: the machine's load (other tests, other builds) does not count.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }

    static func plan(_ data: Data, portfolio: Portfolio) throws -> ImportPlan {
        let reader = try CSVReader(data: data)
        return try ImportPlan(reader: reader, mapping: try ColumnMapping(header: reader.header), portfolio: portfolio,
                              context: Fixtures.context)
    }

    /// The bound is generous — CPU time of a debug build, which is about ten times slower than the
    /// release build `baton-bench --import` measures (10,000 rows planned in 1.1 s there, 100,000 in
    /// 10.7 s) — so that only a return to a cost growing with the square fails it: at the old rate
    /// 50,000 rows took hours. The ratio to 5,000 rows is ten for a linear import and a hundred for
    /// a quadratic one, on any machine.
    @Test("a generated 50,000-row export is planned, then re-planned against the 50,000 accounts it made, in linear time")
    func fiftyThousandRows() throws {
        let small = GeneratedExport.data(rows: 5_000)
        let large = GeneratedExport.data(rows: 50_000)
        var first: ImportPlan?
        let smallSeconds = try Self.seconds { _ = try Self.plan(small, portfolio: Portfolio()) }
        let largeSeconds = try Self.seconds { first = try Self.plan(large, portfolio: Portfolio()) }
        let added = try #require(first)
        #expect(added.added.count == 50_000)
        #expect(added.refused.isEmpty)
        // Every row again against the portfolio it made: each matched by its record id, none added.
        let portfolio = Portfolio(owner: "Sarah Khan", accounts: added.accounts)
        var again: ImportPlan?
        let againSeconds = try Self.seconds { again = try Self.plan(large, portfolio: portfolio) }
        #expect(again?.unchanged.count == 50_000)
        #expect(again?.added.isEmpty == true)
        #expect(largeSeconds < 150, "50,000 rows planned in \(largeSeconds) s of CPU")
        #expect(againSeconds < 150, "50,000 rows matched against 50,000 accounts in \(againSeconds) s of CPU")
        #expect(largeSeconds < 35 * max(smallSeconds, 0.05),
                "50,000 rows took \(largeSeconds) s, 5,000 took \(smallSeconds) s: more than linear")
    }

    @Test("rows still match existing accounts and earlier rows by record id, then by folded name, as before")
    func matching() throws {
        let acme = try #require(try Fixtures.plan(csv: "Record ID,Company name\nR-1,Acme\n", portfolio: Portfolio()).accounts.first)
        let cafe = try NewAccount(name: "Café Müller", tDay: CalendarDate(iso: "2027-01-10")!)
            .make(context: Fixtures.context, existing: []).get()
        let zeta = try #require(try Fixtures.plan(csv: "Record ID,Company name\nZ-9,Zeta\n", portfolio: Portfolio()).accounts.first)
        let csv = """
            Record ID,Company name,City
            R-1,Acme Corp,Leeds
            42,cafe muller,Berlin
            43,CAFÉ  MÜLLER,Paris
            R-1,Acme Again,Rome
            ,acme corp,Leeds
            ,Zeta Two,Oslo
            ,zeta two,Oslo
            Z-9,ACME CORP,Lyon

            """
        let plan = try Fixtures.plan(csv: csv, portfolio: Portfolio(owner: "Sarah Khan", accounts: [acme, cafe, zeta]))
        func row(_ line: Int) throws -> ImportPlan.Row { try #require(plan.rows.first { $0.line == line }, "line \(line)") }
        func matched(_ line: Int) throws -> String? {
            switch try row(line).outcome {
            case .update(let account, _, _): account.id
            case .unchanged(let id): id
            case .add, .refused: nil
            }
        }
        func refusal(_ line: Int) throws -> String? {
            if case .refused(let reason) = try row(line).outcome { return reason }
            return nil
        }
        #expect(try matched(2) == acme.id)                                     // by record id, renamed
        #expect(try matched(3) == cafe.id)                                     // by folded name, linked to 42
        #expect(try refusal(4)?.contains("record 42") == true)                 // the same name, another record
        #expect(try refusal(4)?.contains("record 43") == true)
        #expect(try refusal(5)?.contains("first on line 2") == true)           // a record twice in one file
        #expect(try matched(6) == acme.id)                                     // by the name line 2 gave it
        guard case .add(let added, _) = try row(7).outcome else {
            Issue.record("line 7 is not added: \(try row(7).outcome)")
            return
        }
        #expect(try matched(8) == added.id)                                    // an earlier row's account, by name
        #expect(try refusal(9)?.contains("would give two accounts one name") == true)
        #expect(plan.added.count == 1)
        #expect(plan.accounts.first { $0.id == cafe.id }?.crmRecord?.recordID == "42")
    }
}

@Suite("Reading a CSV file record by record")
struct CSVReaderTests {
    @Test("a CRLF and a character cut at the end of the reader's chunk read whole, and records after them keep their lines")
    func chunkBoundaries() throws {
        let chunk = ByteChunks.chunkBytes
        var text = "Name,Notes\r\n"
        // Fill up to two bytes before the first chunk's end with rows of "x", then a row ending in CRLF across it.
        while text.utf8.count < chunk - 1_000 { text += "Filler \(text.utf8.count),x\r\n" }
        text += "Edge," + String(repeating: "y", count: chunk - 1 - text.utf8.count - 5) + "\r\n"
        #expect(text.utf8.count == chunk + 1)                                  // the CR is the last byte of the chunk
        text += "Quoted,\"é" + String(repeating: "z", count: 10) + "\r\nsecond line\"\r\nLast,ok"
        let data = Data(text.utf8)
        let table = try CSVTable.parse(data)
        let edge = try #require(table.records.first { $0.fields.first == "Edge" })
        #expect(edge.fields[1].allSatisfy { $0 == "y" })
        let quoted = try #require(table.records.first { $0.fields.first == "Quoted" })
        #expect(quoted.fields[1] == "é" + String(repeating: "z", count: 10) + "\r\nsecond line")
        let last = try #require(table.records.last)
        #expect(last.fields == ["Last", "ok"])
        #expect(last.line == quoted.line + 2)
        #expect(!table.records.contains { $0.fields == [""] })                 // no empty record from a cut CRLF
        // A é whose two bytes quoted the chunk: read as one character.
        var cut = "Name\n"
        while cut.utf8.count < chunk - 1_000 { cut += "Row \(cut.utf8.count)\n" }
        let pad = String(repeating: "a", count: chunk - 1 - cut.utf8.count)
        cut += pad + "é\n"
        #expect(Array(cut.utf8)[chunk - 1] == 0xC3)
        cut += "Next\n"
        let cutTable = try CSVTable.parse(Data(cut.utf8))
        #expect(cutTable.records.suffix(2).map(\.fields) == [[pad + "é"], ["Next"]])
    }

    @Test("a generated export of 20,000 rows reads the same from disk as from memory, with the file's line numbers")
    func fromDisk() throws {
        let data = GeneratedExport.data(rows: 20_000)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baton-reader-\(getpid()).csv").path
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path)
        var records: [CSVTable.Record] = []
        while let record = try reader.next() { records.append(record) }
        #expect(reader.bytesRead == data.count)
        #expect(reader.recordsRead == 20_000)
        #expect(records == (try CSVTable.parse(data)).records)
        #expect(records.allSatisfy { $0.fields.count == 10 })
        // Every 97th row's street holds a line break: each row after it starts a line later.
        let breaksBefore = (0..<19_999).filter { $0 % 97 == 5 }.count
        #expect(records.last?.line == 20_001 + breaksBefore)
        #expect(records[3].fields[1] == "Meridian Logistics 4, Ltd")
    }

    @Test("a UTF-16 file with its byte-order mark reads as text, and a separator no byte can be is refused")
    func utf16AndSeparator() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "Name;City\r\nSociété;Zürich 😀\r\n".utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let table = try CSVTable.parse(data)
        #expect(table.encoding == "UTF-16")
        #expect(table.delimiter == ";")
        #expect(table.records.map(\.fields) == [["Société", "Zürich 😀"]])
        #expect(throws: ImportFileError.self) { try CSVTable.parse(Data("a§b\n".utf8), delimiter: "§") }
    }
}
