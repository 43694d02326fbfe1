import Foundation
import Testing
@testable import BatonCore

/// How a piece of evidence is read before it is judged: contractions opened, apostrophes of
/// every kind read alike, numbers kept whole, and clauses cut where a sentence or a clause ends.
@Suite("Evidence read as words in clauses")
struct NonEvidenceWordsTests {
    func words(_ text: String) -> [String] { EvidenceWords(text).words.map(\.text) }
    func clauses(_ text: String) -> [String] { EvidenceWords(text).clauses.map { $0.map(\.text).joined(separator: " ") } }

    @Test("contractions are opened, whichever apostrophe was typed",
          arguments: [("they're logging in", "they are logging in"), ("They’re logging in!", "they are logging in"),
                      ("they haven't complained", "they have not complained"), ("we can’t fault it", "we can not fault it"),
                      ("It won't", "it will not"), ("we CANNOT say", "we can not say"), ("I'm told", "i am told"),
                      ("they`ve been great, I´d say", "they have been great i would say"), ("l’équipe", "l équipe"),
                      ("“Great rollout” — Müller’s words", "great rollout müller is words"), ("’’", ""), ("ü'sé'dn't", "ü sé d not")])
    func contractions(_ pair: (String, String)) {
        #expect(words(pair.0).joined(separator: " ") == pair.1)
    }

    @Test("a number with a thousands comma or a decimal point is one word, and counts as a number")
    func numbers() {
        let read = EvidenceWords("1,200 transactions a day, 1.5 hours, 47 of 47")
        #expect(read.words.map(\.text) == ["1,200", "transactions", "a", "day", "1.5", "hours", "47", "of", "47"])
        #expect(read.words.filter(\.hasDigit).count == 4)
    }

    @Test("clauses end at sentence and clause punctuation and at the words that join clauses")
    func clauseEnds() {
        #expect(clauses("They seem happy. Lisa built the rota; 12 of 12, and Tom watched") ==
                ["they seem happy", "lisa built the rota", "12 of 12", "tom watched"])
        #expect(clauses("No complaints — but usage is down because the report shows 30 of 47") ==
                ["no complaints", "usage is down", "the report shows 30 of 47"])
    }

    @Test("a capital is a name only where a sentence does not start, or when a second capital follows")
    func names() {
        let read = EvidenceWords("Katrin Vogel walked Tom through it. The sponsor agreed")
        #expect(read.words.filter { $0.isCapitalised && !$0.startsSentence }.map(\.text) == ["vogel", "tom"])
        #expect(read.words.filter(\.startsSentence).map(\.text) == ["katrin", "the"])
    }

    @Test("text with a combining mark, CJK or emoji is read without losing a letter")
    func otherScripts() {
        #expect(words("e\u{301}'s café") == ["e\u{301}", "is", "café"])
        #expect(words("佐藤 健一 confirmed the rota") == ["佐藤", "健一", "confirmed", "the", "rota"])
        #expect(words("great 🎉 rollout") == ["great", "rollout"])
    }

    @Test("every piece of evidence in a synthetic portfolio is judged, and judged the same the second time")
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
            #expect(NonEvidence.match(text) == NonEvidence.judge(text, voice: .ours), "\(text)")
        }
    }
}
