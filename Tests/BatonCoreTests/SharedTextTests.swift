import Foundation
import Testing
@testable import BatonCore

/// What makes a decoded portfolio of 10,000 accounts smaller than its file: dates held in a few
/// bytes, and the text that comes from templates or names colleagues held once.
@Suite("A decoded portfolio's memory")
struct SharedTextTests {
    static let today = CalendarDate(iso: "2026-11-21")!

    /// Where a string's bytes live: the same address for two strings means one allocation.
    static func storage(of text: String) -> UnsafePointer<UInt8>? {
        var copy = text
        return copy.withUTF8 { $0.baseAddress }
    }

    @Test("the same timeline step decoded in two accounts is held once; a customer's own words are not shared")
    func templateTextIsHeldOnce() throws {
        let portfolio = SyntheticPortfolio.make(accounts: 2, seed: 3, today: Self.today, now: Date())
        let data = try StoreDocument.encode(portfolio, savedAt: Date())
        let read = try StoreDocument.decode(data, path: "/tmp/p.json")
        let (first, second) = (read.accounts[0], read.accounts[1])
        let step = try #require(first.timeline.first { $0.title.utf8.count > 15 })
        let same = try #require(second.timeline.first { $0.title == step.title })
        #expect(Self.storage(of: step.title) == Self.storage(of: same.title))
        #expect(first.timeline == portfolio.accounts[0].timeline, "sharing changes no value")
        let words = try #require(first.interactions.first { $0.summary.utf8.count > 15 })
        if let twin = second.interactions.first(where: { $0.summary == words.summary }) {
            #expect(Self.storage(of: words.summary) != Self.storage(of: twin.summary))
        }
    }

    @Test("short text, which a String holds inside itself, is left as it is")
    func shortTextUntouched() {
        let short = "T-day"
        #expect(SharedText.shared(short) == short)
        #expect(SharedText.shared(String?.none) == nil)
    }

    @Test("a calendar date takes at most 8 bytes and orders as its day number does")
    func datesAreSmallAndOrdered() throws {
        #expect(MemoryLayout<CalendarDate>.size <= 8)
        #expect(MemoryLayout<CalendarDate?>.size <= 8)
        var random = SplitMix64(seed: 9)
        for _ in 0..<2_000 {
            let a = CalendarDate(dayNumber: Int(random.next() % 80_000) - 10_000)
            let b = CalendarDate(dayNumber: Int(random.next() % 80_000) - 10_000)
            #expect((a < b) == (a.dayNumber < b.dayNumber), "\(a) \(b)")
            #expect((a == b) == (a.dayNumber == b.dayNumber))
            #expect(CalendarDate(iso: a.iso) == a)
        }
    }
}
