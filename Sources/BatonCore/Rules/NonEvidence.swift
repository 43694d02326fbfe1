import Foundation

/// The phrases the readiness standard names as not evidence, and the absence of a negative
/// signal dressed up as a positive one.
///
/// The source: condition 2 is often signed off on "they're logging in" rather than usage data,
/// condition 4 on "they attended the sessions" rather than observed competence, condition 6 on
/// "they haven't complained" rather than documented positive sentiment — "the absence of
/// negative signal is not the presence of positive signal". A text is judged by what it says
/// once case, punctuation, contractions and filler words are set aside: a text that says
/// nothing beyond one of these is refused; one that adds a fact (a number, a report, a name,
/// what was seen) is judged on that fact by the condition's own rules.
public enum NonEvidence: CaseIterable, Sendable {
    case loggingIn
    case attendedSessions
    case absenceOfComplaint

    /// The phrase as the standard names it.
    public var phrase: String {
        switch self {
        case .loggingIn: "they're logging in"
        case .attendedSessions: "they attended the sessions"
        case .absenceOfComplaint: "they haven't complained"
        }
    }

    /// The standard's reason, for the refusal.
    public var reason: String {
        switch self {
        case .loggingIn:
            "“\(phrase)” is not evidence: condition 2 needs real usage data — a usage report showing the named end-users at baseline."
        case .attendedSessions:
            "“\(phrase)” is not evidence: condition 4 needs observed competence, not attendance."
        case .absenceOfComplaint:
            "“\(phrase)” is not evidence: the absence of a negative signal is not the presence of a positive one."
        }
    }

    /// Which non-evidence the text amounts to, or nil when it says something more.
    public static func match(_ text: String) -> NonEvidence? {
        if let known = judged.answer(for: text) { return known }
        let words = significantWords(text)
        let found = words.isEmpty ? nil : allCases.first { $0.covers(words) }
        judged.remember(found, for: text)
        return found
    }

    /// Texts already judged: the readiness pane judges the selected account's evidence on every
    /// frame, and the same texts again on every change to it.
    private static let judged = Judged()

    /// The first of `texts` that amounts to non-evidence, with which.
    public static func firstMatch(in texts: [String?]) -> NonEvidence? {
        for case let text? in texts { if let found = match(text) { return found } }
        return nil
    }

    private func covers(_ words: [String]) -> Bool {
        let set = Set(words)
        switch self {
        case .loggingIn:
            return !set.isDisjoint(with: Self.logWords) && set.isSubset(of: Self.logWords.union(Self.logExtras))
        case .attendedSessions:
            return !set.isDisjoint(with: Self.attendWords) && !set.isDisjoint(with: Self.sessionWords)
                && set.isSubset(of: Self.attendWords.union(Self.sessionWords).union(Self.attendExtras))
        case .absenceOfComplaint:
            return !set.isDisjoint(with: Self.negations) && !set.isDisjoint(with: Self.negativeSignals)
                && set.isSubset(of: Self.negations.union(Self.negativeSignals).union(Self.absenceExtras))
        }
    }

    /// Lower case, contractions opened, punctuation dropped, filler words removed. A word with
    /// a digit in it is always significant: a number is a fact.
    static func significantWords(_ text: String) -> [String] {
        let t = text.lowercased()
        // Read as the full path reads it, without Foundation's string search (fourteen searches a
        // text were most of what a change cost): apostrophes made straight and contractions opened
        // scalar by scalar. A combining mark could make Foundation's search (which respects them)
        // and this one part ways: that rare text takes the full path itself.
        if t.unicodeScalars.contains(where: { $0.properties.canonicalCombiningClass != .notReordered }) {
            return significantWordsInFull(t)
        }
        var scalars = t.unicodeScalars.map { Self.apostrophes.contains($0) ? "'" : $0 }
        for (short, long) in contractions {
            scalars = Self.replacing(Array(short.unicodeScalars), with: Array(long.unicodeScalars), in: scalars)
        }
        var opened = String.UnicodeScalarView()
        opened.append(contentsOf: scalars)
        return String(opened).split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { !filler.contains($0) }
    }

    /// Every occurrence of `pattern`, left to right and not overlapping, replaced (as Foundation's
    /// `replacingOccurrences` does).
    private static func replacing(_ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar],
                                  in text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = pattern.first, text.count >= pattern.count else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count + 8)
        var i = 0
        while i < text.count {
            if text[i] == first, i + pattern.count <= text.count, text[i..<(i + pattern.count)].elementsEqual(pattern) {
                out.append(contentsOf: replacement)
                i += pattern.count
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return out
    }

    /// Written for an apostrophe: the right and left single quotes, the backtick and the acute accent.
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "`", "\u{00B4}"]
    /// Opened in this order, each everywhere in the text.
    static let contractions = [("won't", "will not"), ("can't", "can not"), ("cannot", "can not"), ("n't", " not"),
                               ("'re", " are"), ("'ve", " have"), ("'s", " is"), ("'d", " would"), ("'ll", " will"),
                               ("'m", " am")]

    /// The full path, with Foundation's search: curly and other apostrophes made straight,
    /// contractions opened, letters and digits of any script kept. The other paths must read
    /// every text as this one does (a test holds them to it).
    static func significantWordsInFull(_ lowercased: String) -> [String] {
        var t = lowercased
        for (curly, straight) in [("\u{2019}", "'"), ("\u{2018}", "'"), ("`", "'"), ("\u{00B4}", "'")] {
            t = t.replacingOccurrences(of: curly, with: straight)
        }
        for (short, long) in contractions {
            t = t.replacingOccurrences(of: short, with: long)
        }
        let words = t.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return words.filter { !filler.contains($0) }
    }

    static let filler: Set<String> = [
        "they", "them", "their", "theyre", "we", "i", "you", "he", "she", "it", "its", "our", "us", "everyone",
        "everybody", "all", "most", "some", "many", "both", "users", "user", "end", "people", "team", "teams", "staff",
        "customer", "customers", "client", "clients", "sponsor", "the", "a", "an", "and", "or", "so", "far", "yet",
        "are", "is", "am", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will",
        "would", "seem", "seems", "seemed", "to", "of", "as", "at", "by", "from", "with", "that", "this", "there",
        "just", "really", "very", "well", "yes", "yeah", "ok", "okay", "fine", "good", "great", "think", "believe",
        "apparently", "basically", "certainly", "definitely", "clearly", "now", "still", "already", "also", "too",
        "since", "then", "which", "who", "what", "sure", "i", "know", "say", "said", "says", "told", "tell",
    ]
    static let logWords: Set<String> = ["log", "logs", "logging", "logged", "login", "logins", "signing", "signed", "sign"]
    static let logExtras: Set<String> = ["in", "on", "into", "onto", "system", "platform", "tool", "app", "service",
                                         "regularly", "daily", "every", "each", "day", "days", "often", "frequently",
                                         "lot", "lots", "always", "active", "using", "use"]
    static let attendWords: Set<String> = ["attended", "attend", "attending", "attendance", "went", "came", "present",
                                           "completed", "complete", "finished", "sat", "joined", "turned", "up", "showed"]
    static let sessionWords: Set<String> = ["session", "sessions", "training", "trainings", "course", "courses",
                                            "workshop", "workshops", "class", "classes", "webinar", "webinars"]
    static let attendExtras: Set<String> = ["in", "on", "through", "for", "every", "each", "full", "100", "per",
                                            "cent", "trained", "been"]
    static let negations: Set<String> = ["no", "not", "never", "nobody", "none", "nothing", "zero", "without", "any",
                                         "neither", "nor", "hardly"]
    static let negativeSignals: Set<String> = ["complain", "complained", "complaining", "complaint", "complaints",
                                               "issue", "issues", "problem", "problems", "red", "flag", "flags",
                                               "negative", "feedback", "concern", "concerns", "escalation",
                                               "escalations", "escalated", "raised", "grumble", "grumbles",
                                               "grumbling", "pushback", "objection", "objections", "unhappy",
                                               "unhappiness", "moan", "moaned", "trouble", "noise", "heard", "signal",
                                               "signals", "bad"]
    static let absenceExtras: Set<String> = ["in", "on", "about", "any", "one", "single", "received", "reported",
                                             "got", "gotten", "heard", "come", "up", "back", "far", "weeks", "week",
                                             "recently", "lately", "made", "so"]
}

/// What `NonEvidence.match` said of each text it read, from any thread; forgotten whole past a
/// bound, so a long session's memory does not grow with every text ever judged.
private final class Judged: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String: NonEvidence?] = [:]
    private let bound = 4_096

    /// nil when the text was not judged yet; `.some(nil)` when it was, and is not non-evidence.
    func answer(for text: String) -> NonEvidence?? {
        lock.lock()
        defer { lock.unlock() }
        return answers[text]
    }

    func remember(_ answer: NonEvidence?, for text: String) {
        lock.lock()
        defer { lock.unlock() }
        if answers.count >= bound { answers.removeAll(keepingCapacity: true) }
        answers[text] = .some(answer)
    }
}
