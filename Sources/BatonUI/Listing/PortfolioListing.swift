import BatonCore
import Foundation

/// `baton list`: one row per account, as an aligned table for people or JSON for scripts.
public struct PortfolioListing: Sendable {
    /// One account's row; also the JSON object `baton list --json` prints.
    public struct Row: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var stage: Int
        public var stageName: String
        public var readiness: Int
        public var verdict: String
        /// From continuity on: the date of the run the transfer was made on (the verdict's source).
        public var verdictAtTransfer: String?
        public var gaps: [Int]
        public var tDay: String
        public var tDayOffset: Int
        public var tDayLabel: String
        public var health: String
        public var highSeverityOpenRisks: Int
        public var overdueItems: Int
        public var flags: [String]
        /// Set on an archived account (listed only with `--archived`): the day it was archived.
        public var archivedOn: String?
    }

    public var rows: [Row]

    /// Rows in T-day order, soonest first, as the dashboard opens; archived accounts only when
    /// asked, flagged as archived.
    public init(portfolio: Portfolio, today: CalendarDate, includeArchived: Bool = false) {
        let index = PortfolioIndex(portfolio: portfolio, today: today, sort: .tDay, filter: "", attentionOnly: false,
                                   showArchived: includeArchived)
        rows = index.rows.map { i in
            let s = index.summaries[i]
            return Row(
                id: s.id, name: s.name, stage: s.stage.rawValue, stageName: s.stage.title,
                readiness: s.verdict.score, verdict: s.verdict.isCleared ? "cleared" : "not cleared",
                verdictAtTransfer: s.verdictAtTransfer?.iso,
                gaps: s.verdict.gaps.map(\.condition.number), tDay: s.tDay.iso, tDayOffset: -s.daysToTDay,
                tDayLabel: s.tDayLabel, health: s.health.rawValue, highSeverityOpenRisks: s.highRisks,
                overdueItems: s.overdueItems,
                flags: s.archived.map { ["archived: \($0.reason.title.lowercased()) \($0.on.iso)"] } ?? s.attention.map(\.label),
                archivedOn: s.archived?.on.iso)
        }
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // JSONEncoder escapes C0 controls but writes C1 and bidirectional ones raw.
        var data = SafeText.escapingControls(inJSON: try encoder.encode(rows))
        data.append(0x0A)
        return data
    }

    /// An aligned table; names pass through the one door for text, so escape sequences stay inert.
    public func table() -> String {
        let header = ["Account", "Stage", "Ready", "Verdict", "T-day", "T±", "Health", "High risks", "Overdue", "Flags"]
        let cells = rows.map { r in
            [r.name, "\(r.stage) \(r.stageName)", "\(r.readiness)/6", r.verdict + (r.verdictAtTransfer == nil ? "" : " at T"), r.tDay, r.tDayLabel,
             r.health.capitalized, "\(r.highSeverityOpenRisks)", "\(r.overdueItems)", r.flags.joined(separator: "; ")]
                .map(DisplayText.sanitize)
        }
        let rightAligned: Set<Int> = [2, 5, 7, 8]
        var widths = header.map(DisplayText.width)
        for row in cells {
            for (i, c) in row.enumerated() { widths[i] = max(widths[i], DisplayText.width(c)) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - DisplayText.width(c))
                return i == row.count - 1 ? c : rightAligned.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ")
        }
        var out = line(header) + "\n"
        for row in cells { out += line(row) + "\n" }
        return out
    }
}
