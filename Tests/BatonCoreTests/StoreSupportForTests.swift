#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@testable import BatonCore

/// Accounts, folders and file inspection for the store tests, built in code so the tests need
/// no resources and no other engineer's demo data.
enum StoreFixture {
    static let start = CalendarDate(iso: "2026-03-02")!

    /// An account whose values are unique per `n`: annualValue 10000+n, tDay 2026-06-01 + n days.
    static func account(_ n: Int, rationale: String = "on track") -> Account {
        Account(
            id: "acct-\(n)",
            identity: Identity(name: ["Acme / Logistics", "Zürich Rück", "東京データ", "Café 🚀"][n % 4] + " \(n)",
                               legalEntity: "Entity \(n) Ltd", industry: "Retail", headcount: 100 + n),
            contract: Contract(purchased: "Platform", annualValue: 10_000 + n, currency: "EUR", termMonths: 12,
                               startDate: start, renewalDate: start.adding(days: 365)),
            people: People(onboardingCoordinator: "Sam", onboardingLead: "Priya", accountManager: "Jo"),
            health: Health(rating: .amber, rationale: rationale, setOn: start),
            sentiment: [SentimentNote(id: "s-\(n)", capturedOn: start.adding(days: 3), contact: "Dana",
                                      words: "We're seeing exactly what was promised.\nMostly.", tone: .positive)],
            interactions: [Interaction(id: "i-\(n)", kind: .call, happenedAt: Date(timeIntervalSince1970: 1_772_000_000),
                                       loggedAt: Date(timeIntervalSince1970: 1_772_003_600), summary: "Kick-off")],
            stage: .onboardingActive,
            tDay: CalendarDate(iso: "2026-06-01")!.adding(days: n))
    }

    static func portfolio(accounts count: Int) -> Portfolio {
        Portfolio(owner: "Priya", accounts: (0..<count).map { account($0) })
    }

    static let savedAt = Date(timeIntervalSince1970: 1_795_253_400) // 2026-11-21T09:30:00Z

    /// A fresh, empty folder for one test.
    static func folder(_ function: String = #function) -> String {
        let name = "baton-store-\(function.filter(\.isLetter))-\(UUID().uuidString.prefix(8))"
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func remove(_ folder: String) { try? FileManager.default.removeItem(atPath: folder) }

    static func write(_ data: Data, to path: String) {
        try! data.write(to: URL(fileURLWithPath: path))
    }

    static func write(_ text: String, to path: String) { write(Data(text.utf8), to: path) }

    static func read(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func text(_ path: String) -> String { String(decoding: read(path) ?? Data(), as: UTF8.self) }

    /// Writes a current-format store holding `portfolio`.
    static func writeStore(_ portfolio: Portfolio, to path: String) {
        write(try! StoreDocument.encode(portfolio, savedAt: savedAt), to: path)
    }

    /// The bytes and modification time, to prove a refused file was not touched.
    static func fingerprint(_ path: String) -> (Data?, Int, Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (nil, 0, 0) }
        return (read(path), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }

    /// 1-based line and column (in Unicode scalars) of the first occurrence of `needle`.
    static func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }

    /// The problems an open refused with, or an empty list when it did not refuse that way.
    static func refusal(opening path: String) -> [StoreProblem] {
        do {
            _ = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
            return []
        } catch StoreError.unreadable(let problems) {
            return problems
        } catch {
            return []
        }
    }

    static func readOnlyReason(_ store: PortfolioStore) -> String? {
        store.access.isWritable ? nil : store.access.reasonText
    }
}
