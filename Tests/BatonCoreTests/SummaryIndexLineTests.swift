@testable import BatonCore
import Foundation
import Testing

/// The first frame of a large store reads the index's lines with a reader of its own: it must
/// read exactly what JSONDecoder reads, or step aside.
@Suite("Reading the summary index's lines quickly")
struct SummaryIndexLineTests {
    static let today = CalendarDate(iso: "2026-11-23")!

    static func line(_ entries: [SummaryIndex.Entry]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]  // as `SummaryIndex.encoded` writes each line
        return try encoder.encode(entries)
    }

    static func quick(_ data: Data) -> [SummaryIndex.Entry]? {
        data.withUnsafeBytes { SummaryIndexLine.entries($0) }
    }

    static func entries(_ accounts: [Account], today: CalendarDate) -> [SummaryIndex.Entry] {
        accounts.enumerated().map { k, account in
            SummaryIndex.Entry(summary: AccountSummary(account: account, today: today), start: 100 + k * 1_000, end: 1_000 + k * 1_000,
                               fingerprint: UInt64.max - UInt64(k), validThrough: today.adding(days: k % 8))
        }
    }

    @Test("synthetic and demo accounts, on several days, read exactly as JSONDecoder reads them")
    func sameAsJSONDecoder() throws {
        var accounts = SyntheticPortfolio.make(accounts: 300, seed: 21, today: Self.today, now: Date()).accounts
        accounts += DemoPortfolio.make(today: Self.today, now: Date()).accounts
        accounts.removeAll { !$0.isActive }
        var reasons = Set<String>()
        for day in [-20, 0, 3, 12, 45] {
            let entries = Self.entries(accounts, today: Self.today.adding(days: day))
            for entry in entries { reasons.formUnion(entry.summary.attention.map { "\($0)".prefix { $0 != "(" } }.map(String.init)) }
            let data = try Self.line(entries)
            let quick = try #require(Self.quick(data), "the quick reader stepped aside on day \(day)")
            #expect(quick == (try JSONDecoder().decode([SummaryIndex.Entry].self, from: data)))
            #expect(quick == entries)
        }
        #expect(reasons.count >= 6, "the fixture covers only \(reasons.sorted())")
    }

    @Test("every attention reason, and names with quotes, slashes, controls and emoji, read the same")
    func everyReasonAndHardText() throws {
        let account = try #require(DemoPortfolio.make(today: Self.today, now: Date()).accounts.first { $0.isActive })
        var entry = Self.entries([account], today: Self.today)[0]
        entry.summary.attention = [.tDaySoonNotCleared(daysLeft: -3), .overdueGapAction(what: "Re-run \"condition 2\" / sign", daysOverdue: 4),
                                   .overdueActions(2), .redHealth, .negativeSponsorSentiment, .materialisedRisksNotFollowedUp(1),
                                   .nothingAtRisk, .exitIncomplete([.completionReport, .crmExitConfirmation]), .exitIncomplete([]),
                                   .overdueRiskReviews(3), .staleSentiment, .scheduleDrivenTransition, .lateLoggedInteractions(5),
                                   .dispositionOverdue(1)]
        entry.summary.name = "Quote \" back\\slash / tab\t newline\n Zoë 🎉 김지은"
        entry.summary.verdictAtTransfer = Self.today
        entry.summary.daysToTDay = Int.min + 1
        let data = try Self.line([entry, entry])
        let quick = try #require(Self.quick(data))
        #expect(quick == [entry, entry])
    }

    @Test("a line in any other shape steps aside for JSONDecoder: an archived account, an unknown field, a fraction, a cut")
    func otherShapesStepAside() throws {
        let accounts = DemoPortfolio.make(today: Self.today, now: Date()).accounts
        var archived = Self.entries([accounts[0]], today: Self.today)[0]
        archived.summary.archived = Archival(reason: .churned, note: "Left us", on: Self.today)
        #expect(Self.quick(try Self.line([archived])) == nil)
        let good = String(decoding: try Self.line(Self.entries(accounts, today: Self.today)), as: UTF8.self)
        #expect(Self.quick(Data(good.utf8)) != nil)
        for changed in [good.replacingOccurrences(of: "\"highRisks\":", with: "\"newField\":1,\"highRisks\":"),
                        good.replacingOccurrences(of: "\"score\":", with: "\"score\":0.5,\"x\":"),
                        String(good.dropLast(2)), good + "]", good.replacingOccurrences(of: "\"stage\":", with: "\"stage\":99,\"s\":")] {
            #expect(changed != good)
            #expect(Self.quick(Data(changed.utf8)) == nil)
        }
    }
}
