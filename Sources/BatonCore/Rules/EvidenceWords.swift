/// A piece of evidence read as words in clauses, the way `NonEvidence` judges it: lower case,
/// apostrophes made straight and contractions opened ("haven't" is "have not", "I'm" is "i am"),
/// with each word's clause and whether it was written with a capital (a name).
///
/// Read scalar by scalar, without Foundation: the readiness pane judges the selected account's
/// evidence on every frame (remembered, see `NonEvidence.match`), and opening a store judges every
/// account's once.
struct EvidenceWords: Sendable {
    struct Word: Equatable, Sendable {
        /// Lower case, contraction opened.
        var text: String
        /// Which clause it is in: clauses end at sentence and clause punctuation, and at the words
        /// that join clauses ("and", "but", "while", "because", …).
        var clause: Int
        /// Written with a capital, and not as the first word of a sentence.
        var isCapitalised: Bool
        var startsSentence: Bool
        var hasDigit: Bool
    }

    private(set) var words: [Word] = []
    private(set) var clauseCount = 0

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var current = String.UnicodeScalarView()
        var capital = false
        var digit = false
        var clause = 0
        var clauseHasWords = false
        var sentenceStart = true

        func endClause() {
            if clauseHasWords { clause += 1 }
            clauseHasWords = false
        }
        func flush() {
            guard !current.isEmpty else { return }
            let raw = String(current)
            current = String.UnicodeScalarView()
            let parts = Self.opened(raw.lowercased())
            let startsSentence = sentenceStart
            sentenceStart = false
            for (n, part) in parts.enumerated() where !part.isEmpty {
                if Self.clauseJoiners.contains(part) {
                    endClause()
                    continue
                }
                words.append(Word(text: part, clause: clause, isCapitalised: capital && n == 0, startsSentence: startsSentence && n == 0,
                                  hasDigit: digit))
                clauseHasWords = true
            }
            capital = false
            digit = false
        }

        for (i, s) in scalars.enumerated() {
            let p = s.properties
            if p.numericType != nil || p.isAlphabetic || Self.isMark(p.generalCategory) {
                if current.isEmpty { capital = p.isUppercase || p.generalCategory == .titlecaseLetter }
                if p.numericType != nil { digit = true }
                current.append(s)
            } else if Self.apostrophes.contains(s) {
                current.append("'")
            } else if (s == "." || s == ","), digit, i + 1 < scalars.count, scalars[i + 1].properties.numericType != nil {
                current.append(s) // 1,200 and 1.5 are one number
            } else {
                flush()
                if Self.sentenceEnds.contains(s) {
                    endClause()
                    sentenceStart = true
                } else if Self.clauseEnds.contains(s) {
                    endClause()
                }
            }
        }
        flush()
        clauseCount = clauseHasWords ? clause + 1 : clause
    }

    /// The words of each clause, in order; clauses with no words are left out.
    var clauses: [[Word]] {
        var out: [[Word]] = Array(repeating: [], count: clauseCount)
        for word in words where word.clause < out.count { out[word.clause].append(word) }
        return out.filter { !$0.isEmpty }
    }

    /// A word written with apostrophes, opened: "haven't" → have not, "we're" → we are,
    /// "can't" and "cannot" → can not, "won't" → will not; a quote mark at either end is dropped;
    /// "l'équipe" is two words.
    static func opened(_ word: String) -> [String] {
        if word == "cannot" { return ["can", "not"] }
        guard word.contains("'") else { return [word] }
        var parts = word.split(separator: "'", omittingEmptySubsequences: true).map(String.init)
        guard parts.count > 1 else { return parts }
        var out: [String] = [parts.removeFirst()]
        for part in parts {
            switch part {
            case "t" where out.last?.hasSuffix("n") == true:
                let stem = out.removeLast()
                switch stem {
                case "won": out += ["will", "not"]
                case "can", "ca": out += ["can", "not"]
                case "ain": out += ["is", "not"]
                default: out += [String(stem.dropLast()), "not"]
                }
            case "re": out.append("are")
            case "ve": out.append("have")
            case "s": out.append("is")
            case "d": out.append("would")
            case "ll": out.append("will")
            case "m": out.append("am")
            default: out.append(part)
            }
        }
        return out
    }

    private static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }

    /// Written for an apostrophe: the straight one, the right and left single quotes, the
    /// backtick and the acute accent.
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "`", "\u{00B4}"]
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\n", "\r", ":", "\u{3002}", "\u{FF01}", "\u{FF1F}"]
    static let clauseEnds: Set<Unicode.Scalar> = [",", ";", "(", ")", "[", "]", "{", "}", "\u{2013}", "\u{2014}", "\u{2026}",
                                                  "\u{3001}", "\u{FF0C}", "\u{FF1B}", "|", "•"]
    /// Words that join two clauses, each of which must stand on its own.
    static let clauseJoiners: Set<String> = ["and", "but", "while", "whereas", "although", "though", "because", "plus",
                                             "however", "whilst"]
}
