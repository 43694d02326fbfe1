/// Breaks text into lines of at most `width` columns at spaces; a word longer than a line is cut.
func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in DisplayText.sanitize(text).split(separator: " ", omittingEmptySubsequences: true) {
        let w = DisplayText.width(String(word))
        if lineWidth > 0 && lineWidth + 1 + w > width {
            lines.append(line)
            line = ""
            lineWidth = 0
        }
        if lineWidth > 0 {
            line += " "
            lineWidth += 1
        }
        line += word
        lineWidth += w
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}
