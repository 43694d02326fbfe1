import BatonCore
import Foundation

/// Tab 6: what has happened on the account, to read — health over time, what the customer said,
/// every interaction and meeting (with its notes per section), stage moves and readiness runs.
/// Grouped by kind, newest first in each group; scrolled a line at a time.
enum CardHistory {
    static func lines(_ account: Account, today: CalendarDate, width: Int) -> [CardLine] {
        var lines: [CardLine] = []
        let dateWidth = 12
        func entry(_ date: String, _ text: String, _ style: CellStyle = CellStyle(.dialog)) {
            let pieces = paragraphs(text, width: max(10, width - dateWidth))
            for (i, piece) in (pieces.isEmpty ? [""] : pieces).enumerated() {
                lines.append(CardLine([CardLine.Piece(text: i == 0 ? date : "", width: dateWidth, style: CellStyle(.dim)),
                                       CardLine.Piece(text: piece, width: nil, style: style)]))
            }
        }
        func group(_ title: String, count: Int) {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading("\(title) (\(count))"))
            if count == 0 { lines.append(CardLine("  none recorded yet", CellStyle(.dim))) }
        }

        let ratings = account.allHealthRatings.reversed()
        group("Health", count: ratings.count)
        if !account.health.isRated { lines.append(CardLine("  now: not rated — H rates it", CellStyle(.dim))) }
        for (i, h) in ratings.enumerated() {
            let current = i == 0 && account.health.isRated
            entry(h.setOn.iso, "\(h.title)\(current ? " (current)" : "") — \(h.rationale)",
                  CellStyle(healthRole(h.rating), bold: current))
        }

        let notes = account.sentiment.sorted { $0.capturedOn > $1.capturedOn }
        group("Sentiment", count: notes.count)
        for n in notes {
            let words = n.isVerbatim ? "“\(n.words)”" : "\(n.words) (paraphrased)"
            entry(n.capturedOn.iso, "\(n.contact), \(n.tone.rawValue): \(words)",
                  CellStyle(n.tone == .negative ? .warning : .dialog))
        }

        let interactions = account.interactions.sorted { $0.happenedAt > $1.happenedAt }
        group("Interactions", count: interactions.count)
        for x in interactions {
            let with = x.with.isEmpty ? "" : " with \(x.with)"
            let late = x.isLateLogged ? " · logged \(lateDays(x)) late" : ""
            entry(day(x.happenedAt).iso, "\(x.kind.rawValue.capitalized)\(with)\(late) — \(x.summary)",
                  CellStyle(x.isLateLogged ? .warning : .dialog))
        }

        let meetings = account.meetings.sorted { $0.on > $1.on }
        group("Meetings", count: meetings.count)
        for m in meetings {
            var minutes = " · \(m.plannedMinutes) min planned"
            if let start = m.startedAt, let end = m.endedAt {
                minutes = " · \(Int((end.timeIntervalSince(start) / 60).rounded())) of \(m.plannedMinutes) min"
            }
            entry(m.on.iso, "\(m.kind.title)\(minutes)", CellStyle(.dialog, bold: true))
            if !m.attendees.isEmpty { entry("", "Attendees: \(m.attendees.joined(separator: ", "))", CellStyle(.dim)) }
            for s in m.sections where !s.notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                let internalOnly = m.kind == .internalHandover && s.title == "The unwritten briefing" ? " [INTERNAL]" : ""
                entry("", "\(s.title)\(internalOnly): \(s.notes)")
            }
            for s in m.sections {
                if let reason = s.skipReason { entry("", "\(s.title): skipped — \(reason)", CellStyle(.dim)) }
            }
            if !m.successSignals.isEmpty {
                entry("", "Success signals: \(m.successSignals.map(\.title).joined(separator: "; "))", CellStyle(.met))
            }
            if !m.commitments.isEmpty {
                entry("", "Commitments: \(m.commitments.joined(separator: "; "))")
            }
        }

        let moves = account.stageHistory.reversed()
        group("Stage moves", count: moves.count)
        for move in moves {
            let override = move.overrideReason.map { " — ⚑ override: \($0)" } ?? ""
            entry(move.on.iso, "\(move.stage.rawValue) \(move.stage.title)\(override)",
                  CellStyle(move.overrideReason == nil ? .dialog : .flag))
        }
        if let o = account.stageOverride, !account.stageHistory.contains(where: { $0.overrideReason != nil }) {
            entry(o.on.iso, "⚑ into \(o.toStage.title) by \(o.by), override: \(o.reason)", CellStyle(.flag))
        }

        // Shown once the T-day has moved: a planned date that never moved needs no heading.
        let tDayMoves = account.tDayHistory.reversed()
        if !tDayMoves.isEmpty { group("T-day moves", count: tDayMoves.count) }
        for move in tDayMoves {
            entry(move.on.iso, "\(move.from.iso) → \(move.to.iso) — \(move.note)", CellStyle(.warning))
        }

        let runs = account.readiness.runs.sorted { $0.on > $1.on }
        group("Readiness runs", count: runs.count)
        for run in runs {
            let marks = run.results.map { r -> String in
                switch r.status {
                case .met: "✓"
                case .notMet: "✗"
                case .unassessed: "·"
                }
            }.joined()
            entry(run.on.iso, "\(run.score)/6 \(run.cleared ? "CLEARED" : "not cleared") \(marks) — \(run.attendees.joined(separator: ", "))",
                  CellStyle(run.cleared ? .met : .dialog))
        }
        return lines
    }

    /// Interactions are instants; the day is read in UTC so the screen does not depend on where
    /// it is drawn (a day's difference at most, near midnight).
    static func day(_ date: Date) -> CalendarDate { CalendarDate(date, in: TimeZone(identifier: "UTC")!) }

    static func lateDays(_ x: Interaction) -> String {
        let hours = Int(x.loggedAt.timeIntervalSince(x.happenedAt) / 3600)
        return hours >= 48 ? "\(hours / 24) days" : "\(hours) h"
    }

    /// Not rated is drawn dim: never in Green's colour.
    static func healthRole(_ r: Health.Rating?) -> Role {
        switch r {
        case .green: .healthGreen
        case .amber: .healthAmber
        case .red: .healthRed
        case nil: .dim
        }
    }
}
