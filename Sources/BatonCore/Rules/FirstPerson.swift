/// Whether words are someone speaking for themselves: condition 6 asks for the sponsor's own
/// words, and "the customer seems really happy" is the lead's impression, whoever types it in.
enum FirstPerson {
    /// The text has a first-person word ("I", "we", "our", "je", "wir", "我", …).
    static func speaks(_ text: String) -> Bool {
        if let known = remembered.answer(for: text) { return known }
        let words = EvidenceWords(text).words.map(\.text)
        let answer = words.contains { word in
            NonEvidenceMarkers.firstPerson.contains(word) || NonEvidenceMarkers.firstPersonCJK.contains { word.contains($0) }
        }
        remembered.remember(answer, for: text)
        return answer
    }

    private static let remembered = Remembered<String, Bool>()
}
