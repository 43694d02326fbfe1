import Foundation
import Testing
@testable import BatonCore

/// Evidence is judged on every confirmed change and every frame of the readiness pane, so plain
/// text is split on a quick path; it must read every text exactly as the full path does.
@Suite("Non-evidence read the same on the quick path")
struct NonEvidenceWordsTests {
    static let plain = [
        "they're logging in", "THEY ARE LOGGING IN.", "Users are logging in daily", "Everyone is logging in regularly",
        "they attended the sessions", "Attended 100 per cent of sessions", "no complaints so far", "Nobody raised any issues",
        "Usage report Q3: 47 of 47 named users at baseline (report #2231, 21 days)",
        "Built a rota unaided in the Tuesday session; observed by Tom Reeves", "cannot log in", "we CANNOT say",
        "a/b-c_d.e,f;g:h!i?j(k)l[m]n{o}p", "", "   ", "42", "x1y2 z3",
    ]
    static let other = [
        "They’re logging in!", "they've logged in", "they haven't complained", "Müller’s team said “great”", "Société Générale",
        "佐藤 健一 confirmed the rota", "won't complain", "can't fault it", "it`s fine", "l´équipe", "naïve café",
        "“Great rollout” — Müller’s words", "they’ve been great, we’re sure, I’m told, you’d say, they’ll stay",
        "cannotcannot can'tn't", "o's's's", "won’t’ve", "''", "’", "ü'sé'dn't", "Ünïcödé and 42 ’s", "e\u{301}'s café",
    ]

    @Test("plain evidence splits into the same significant words on the quick path and the full one",
          arguments: plain + other)
    func sameWords(_ text: String) {
        #expect(NonEvidence.significantWords(text) == NonEvidence.significantWordsInFull(text.lowercased()))
    }

    @Test("every piece of evidence and every note in a synthetic portfolio reads the same on both paths")
    func syntheticEvidence() {
        let portfolio = SyntheticPortfolio.make(accounts: 20, seed: 7, today: CalendarDate(year: 2026, month: 11, day: 30)!, now: Date())
        var texts: [String] = []
        for account in portfolio.accounts {
            for case let evidence? in account.readiness.conditions.map(\.evidence) {
                texts += [evidence.summary, evidence.sponsorWords, evidence.demonstrated].compactMap { $0 }
            }
            texts += account.sentiment.map(\.words)
        }
        #expect(texts.count > 50)
        for text in texts {
            #expect(NonEvidence.significantWords(text) == NonEvidence.significantWordsInFull(text.lowercased()), "\(text)")
        }
    }
}
