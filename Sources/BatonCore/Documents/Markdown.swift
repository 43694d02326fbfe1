/// Text from the store made safe to place in Markdown: cleaned of controls, and every character
/// that could start markup escaped, so a customer name cannot break a table, open a link, turn
/// into a heading or hide behind an HTML comment. Baton's own markup never passes through here.
public enum Markdown {
    /// Inline text on one line: a list item, a field's value, a heading. Line breaks become spaces.
    public static func inline(_ text: String) -> String {
        let cleaned = DocumentText.clean(text).trimmingSpaces()
        return escapeLineStart(escapeInline(cleaned))
    }

    /// A table cell: as `inline`, and a cell that is empty shows as a dash so the table stays readable.
    public static func cell(_ text: String) -> String {
        let escaped = inline(text)
        return escaped.isEmpty ? "—" : escaped
    }

    /// Paragraphs: line breaks kept, each line escaped on its own, so no line can begin a block
    /// (a heading, a list, a quote, a code block) the text did not mean.
    public static func paragraphs(_ text: String) -> [String] {
        let cleaned = DocumentText.clean(text, keepLineBreaks: true)
        var lines = cleaned.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLineStart(escapeInline(String($0).trimmingSpaces())) }
        // Runs of blank lines fold into one paragraph break; none at either end.
        lines = lines.enumerated().filter { i, line in !(line.isEmpty && (i == 0 || lines[i - 1].isEmpty)) }.map(\.element)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Backslash-escapes the characters that open inline markup anywhere in a line. `&` is escaped
    /// only where it could begin an entity (`&amp;`), so "Müller & Söhne" stays as it reads.
    static func escapeInline(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out.append("\\")
                out.append(c)
            case "&":
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                if next.isLetter || next.isNumber || next == "#" { out.append("\\") }
                out.append(c)
            default:
                out.append(c)
            }
        }
        return out
    }

    /// A line that would begin a block — `#`, `-`, `+`, `=`, `1.` or `1)` — gets its opener escaped.
    /// (`>`, `*`, `_` and backticks are already escaped inline.)
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = line.dropFirst(digits.count).first
            if after == "." || after == ")" {
                return digits + "\\" + line.dropFirst(digits.count)
            }
        }
        return line
    }
}

extension String {
    /// Without leading or trailing spaces and tabs: an indented line is a code block in Markdown.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
