import Foundation

/// The kinds of text that are not evidence, however they are worded.
///
/// The source names its examples — condition 2 signed off on "they're logging in", condition 4
/// on "they attended the sessions", condition 6 on "they haven't complained"; "the absence of
/// negative signal is not the presence of positive signal"; "not assertion · evidence" (000:118–
/// 140) — and they stand for kinds: impressions and feelings, the absence of a negative taken as
/// a positive, activity without an outcome, hearsay, and hedges. A text is judged by whether it
/// falls in one of them and whether it also carries a fact: a number, a date, a named document,
/// or a named person doing a named task. Text with a fact goes on to the condition's own rules;
/// text that only feels is refused.
public enum NonEvidence: String, CaseIterable, Sendable, Codable {
    /// "They seem really happy", "I think they're ready", "good vibe".
    case impression
    /// "No complaints", "nothing raised", "no tickets" (failing to ask taken for understanding).
    case absenceOfNegative
    /// "They're logging in", "they attended the sessions", "completed the e-learning".
    case activityWithoutOutcome
    /// "Apparently", "I'm told", "people say".
    case hearsay
    /// "Probably", "should be fine", "more or less".
    case hedge

    /// Whose words a text is. Ours: the lead's account of the evidence (a summary, what was
    /// demonstrated, where it is filed), where a feeling is an impression. The sponsor's: their
    /// own words (condition 6), in which they may say how they feel — "I'm delighted" is the
    /// sponsor's sentiment; but "it seems fine", "I'm told the team likes it" and "no complaints"
    /// are not, whoever says them.
    public enum Voice: Sendable, Hashable { case ours, sponsors }

    public var title: String {
        switch self {
        case .impression: "an impression"
        case .absenceOfNegative: "the absence of a negative"
        case .activityWithoutOutcome: "activity without an outcome"
        case .hearsay: "hearsay"
        case .hedge: "a hedge"
        }
    }

    /// The refusal in the standard's words, naming the words that gave it away.
    public func reason(_ marker: String) -> String {
        switch self {
        case .impression:
            "“\(marker)” is an impression, not evidence: the standard asks for evidence, not assertion — "
                + "a number, a date, a named report or document, or who did what."
        case .absenceOfNegative:
            "“\(marker)” is the absence of a negative signal, and the absence of a negative signal is not the presence of a positive one."
        case .activityWithoutOutcome:
            "“\(marker)” is activity, not an outcome: usage needs usage data and training needs observed competence — "
                + "say what they did and what came of it."
        case .hearsay:
            "“\(marker)” is hearsay: evidence is first-hand — who saw or said it, when, and where it is written down."
        case .hedge:
            "“\(marker)” is a hedge: a condition is Met or Not Met, with no partial credit — say what is known."
        }
    }

    /// Which kind of non-evidence the text amounts to, or nil when it carries a fact (or no
    /// feeling at all). Remembered: the readiness pane judges the selected account's evidence on
    /// every frame, and a change and the portfolio's summaries judge it again.
    public static func match(_ text: String, voice: Voice = .ours) -> NonEvidenceFinding? {
        let key = JudgedText(text: text, voice: voice)
        if let known = judged.answer(for: key) { return known }
        let found = judge(text, voice: voice)
        judged.remember(found, for: key)
        return found
    }

    /// The first of `texts` that amounts to non-evidence.
    public static func firstMatch(in texts: [String?], voice: Voice = .ours) -> NonEvidenceFinding? {
        for case let text? in texts { if let found = match(text, voice: voice) { return found } }
        return nil
    }

    private static let judged = Remembered<JudgedText, NonEvidenceFinding?>()

    /// In the order a refusal names them when a text falls in several: the most specific first.
    static let reportingOrder: [NonEvidence] = [.absenceOfNegative, .activityWithoutOutcome, .hearsay, .hedge, .impression]

    static func judge(_ text: String, voice: Voice) -> NonEvidenceFinding? {
        var feelings: [NonEvidenceFinding] = []
        var carriesFact = false
        for clause in EvidenceWords(text).clauses {
            let read = ClauseReading(clause, voice: voice)
            if read.markers.isEmpty {
                if read.hasFact || (voice == .sponsors && read.hasContent) { carriesFact = true }
            } else if read.markers.allSatisfy({ [.absenceOfNegative, .activityWithoutOutcome].contains($0.kind) }),
                      read.hasDate || read.hasDocument {
                // "No problems since go-live on 2 March", "47 of 47 logging in, from the usage report":
                // activity or an absence anchored to a record is a fact to judge.
                carriesFact = true
            } else {
                feelings += read.markers
            }
        }
        guard !feelings.isEmpty else { return nil }
        // In the sponsor's words an impression or hearsay is someone else's voice, whatever else is said.
        if voice == .sponsors, let other = feelings.first(where: { $0.kind == .impression || $0.kind == .hearsay }) {
            return other
        }
        if carriesFact { return nil }
        return reportingOrder.lazy.compactMap { kind in feelings.first { $0.kind == kind } }.first
    }
}

/// A piece of text found to be non-evidence: which kind, and the words that gave it away.
public struct NonEvidenceFinding: Equatable, Sendable, Hashable {
    public var kind: NonEvidence
    /// The words as read (lower case, contractions opened): "seems", "have not complained".
    public var marker: String

    public init(kind: NonEvidence, marker: String) {
        self.kind = kind
        self.marker = marker
    }

    public var reason: String { kind.reason(marker) }
}

/// One clause of a piece of evidence: the feelings in it, and the facts outside them.
struct ClauseReading {
    var markers: [NonEvidenceFinding] = []
    var hasNumber = false
    var hasDate = false
    var hasDocument = false
    var hasNamedPersonDoing = false
    /// A word that is neither filler nor part of a feeling.
    var hasContent = false

    var hasFact: Bool { hasNumber || hasDate || hasDocument || hasNamedPersonDoing }

    init(_ words: [EvidenceWords.Word], voice: NonEvidence.Voice) {
        typealias M = NonEvidenceMarkers
        let texts = words.map(\.text)
        var inMarker = [Bool](repeating: false, count: texts.count)
        func found(_ kind: NonEvidence, _ range: ClosedRange<Int>) {
            for k in range { inMarker[k] = true }
            markers.append(NonEvidenceFinding(kind: kind, marker: texts[range].joined(separator: " ")))
        }
        for i in texts.indices where M.negations.contains(texts[i]) {
            var counted = 0
            var j = i + 1
            while j < texts.count, counted < M.absenceReach {
                if M.negativeSignals.contains(texts[j]) {
                    found(.absenceOfNegative, i...j)
                    break
                }
                if !M.absenceFiller.contains(texts[j]) { counted += 1 }
                j += 1
            }
        }
        for pattern in M.absences + M.patterns where voice == .ours || pattern.inSponsorsWords {
            for start in texts.indices {
                if let end = Self.match(pattern, in: texts, from: start) { found(pattern.kind, start...end) }
            }
        }

        var names = Set<Int>()
        for (i, word) in words.enumerated() where !inMarker[i] {
            let text = word.text
            if word.hasDigit || M.numberWords.contains(text) { hasNumber = true }
            if M.dateWords.contains(text) { hasDate = true }
            if text == "may", [i - 1, i + 1].contains(where: { words.indices.contains($0) && words[$0].hasDigit }) { hasDate = true }
            let negated = texts[max(0, i - 3)..<i].contains { M.negations.contains($0) }
            if !negated, M.documentWords.contains(text)
                || (M.signOff[0].contains(text) && i + 1 < texts.count && M.signOff[1].contains(texts[i + 1])) {
                hasDocument = true
            }
            if word.isCapitalised, !M.filler.contains(text) {
                let nextIsName = i + 1 < words.count && words[i + 1].isCapitalised
                if !word.startsSentence || nextIsName { names.insert(i) }
            }
        }
        for (i, word) in words.enumerated() where !inMarker[i] && !names.contains(i) && !M.filler.contains(word.text) {
            hasContent = true
        }
        hasNamedPersonDoing = !names.isEmpty && hasContent
    }

    /// The index of the last word of `pattern` matched from `start`, or nil. What may stand
    /// between steps (never before the first) is the pattern's `gap`.
    static func match(_ pattern: NonEvidenceMarkers.Pattern, in texts: [String], from start: Int) -> Int? {
        guard pattern.steps[0].contains(texts[start]) else { return nil }
        var j = start + 1
        for step in pattern.steps.dropFirst() {
            var spare = pattern.gap == .oneMore ? 1 : 0
            while j < texts.count, !step.contains(texts[j]) {
                if pattern.gap != .none, NonEvidenceMarkers.skippable.contains(texts[j]) {
                    j += 1
                } else if spare > 0 {
                    spare -= 1
                    j += 1
                } else {
                    break
                }
            }
            guard j < texts.count, step.contains(texts[j]) else { return nil }
            j += 1
        }
        if j < texts.count, pattern.notBefore.contains(texts[j]) { return nil }
        return j - 1
    }
}

struct JudgedText: Hashable, Sendable {
    var text: String
    var voice: NonEvidence.Voice
}

/// Answers already worked out, from any thread; forgotten whole past a bound, so a long
/// session's memory does not grow with every text ever judged.
final class Remembered<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [Key: Value] = [:]
    private let bound = 4_096

    /// nil when not worked out yet.
    func answer(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return answers[key]
    }

    func remember(_ answer: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if answers.count >= bound { answers.removeAll(keepingCapacity: true) }
        answers[key] = answer
    }
}
