/// Builds a Markdown document a block at a time. Baton's own words (headings, labels, column
/// titles) go in as they are; every value that came from the store goes through `Markdown`, so
/// nothing a person typed can change the document's structure.
struct MarkdownWriter {
    private(set) var lines: [String] = []

    /// The document, ending in one line break.
    var text: String { lines.joined(separator: "\n").trimmingTrailingBlankLines() + "\n" }

    /// `# title`, where the title holds store text (the account's name): escaped.
    mutating func title(_ title: String) {
        lines.append("# " + Markdown.inline(title))
        blank()
    }

    /// A section heading in Baton's own words.
    mutating func heading(_ text: String, level: Int = 2) {
        blankIfNeeded()
        lines.append(String(repeating: "#", count: level) + " " + text)
        blank()
    }

    /// A paragraph of Baton's own words, with store values already escaped by the caller.
    mutating func line(_ markdown: String) {
        lines.append(markdown)
    }

    /// Store text as paragraphs; `ifEmpty` (Baton's words, in italics) when there is none.
    mutating func paragraphs(_ text: String, ifEmpty: String? = nil) {
        let escaped = Markdown.paragraphs(text)
        if escaped.isEmpty {
            if let ifEmpty { lines.append("_\(ifEmpty)_") }
        } else {
            lines.append(contentsOf: escaped)
        }
        blank()
    }

    /// `**Label:** value`, a line break after it so consecutive fields stay on their own lines.
    mutating func field(_ label: String, _ value: String) {
        lines.append("**\(label):** \(Markdown.inline(value))  ")
    }

    /// A bulleted item whose text is store text.
    mutating func bullet(_ text: String) {
        lines.append("- " + Markdown.inline(text))
    }

    /// A bulleted item already written as Markdown (store values escaped by the caller).
    mutating func bulletMarkdown(_ markdown: String) {
        lines.append("- " + markdown)
    }

    /// A table: column titles are Baton's words, every cell is store text.
    mutating func table(_ columns: [String], _ rows: [[String]]) {
        blankIfNeeded()
        lines.append("| " + columns.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { _ in " --- |" }.joined())
        for row in rows {
            lines.append("| " + row.map(Markdown.cell).joined(separator: " | ") + " |")
        }
        blank()
    }

    /// A table whose cells are already Markdown (store values escaped by the caller).
    mutating func tableMarkdown(_ columns: [String], _ rows: [[String]]) {
        blankIfNeeded()
        lines.append("| " + columns.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { _ in " --- |" }.joined())
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        blank()
    }

    mutating func blank() {
        if lines.last != "" { lines.append("") }
    }

    private mutating func blankIfNeeded() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }
}

extension String {
    func trimmingTrailingBlankLines() -> String {
        var s = self
        while s.hasSuffix("\n") || s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
