/// Text from the store on its way into a document: control characters, escape sequences and bidi
/// controls removed — by the same rule as every other output (`SafeText`) — so a pasted name
/// cannot recolour a terminal that `cat`s the file, hide text in a viewer, or reorder what a
/// reader sees. Unlike the screen, a document keeps line breaks where the caller asks for them.
enum DocumentText {
    /// `SafeText.sanitize`; with `keepLineBreaks`, each line on its own (CRLF and a lone CR end a line).
    static func clean(_ text: String, keepLineBreaks: Bool = false) -> String {
        guard keepLineBreaks else {
            return SafeText.sanitize(text).trimmingCharacters(in: .whitespaces)
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return SafeText.sanitizeLines(lines)
    }
}
