import Foundation

/// Reading a captured screen the way a person does: rows, and where on a row something is.
enum ScreenText {
    static func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The first row containing `text`.
    static func row(containing text: String, in screen: String) -> String? {
        rows(screen).first { $0.contains(text) }
    }

    /// The display column (0-based, in terminal cells) where `text` starts on `row`, counting
    /// from the row's start, or only after the first `prefix` when given (e.g. the second "┃" on a row).
    static func column(of text: String, in row: String, after prefix: String? = nil) -> Int? {
        var searchStart = row.startIndex
        if let prefix {
            guard let found = row.range(of: prefix) else { return nil }
            searchStart = found.upperBound
        }
        guard let range = row.range(of: text, range: searchStart..<row.endIndex) else { return nil }
        return displayWidth(row[row.startIndex..<range.lowerBound])
    }

    /// The start of a row that fits in `cells` terminal cells.
    static func prefix(_ row: String, cells: Int) -> String {
        var used = 0
        var kept = ""
        for character in row {
            used += width(of: character)
            if used > cells { break }
            kept.append(character)
        }
        return kept
    }

    /// Terminal cells a piece of text takes: East Asian wide and emoji 2, combining marks 0,
    /// everything else 1. Enough for what the demo holds; not a full UAX #11.
    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) || first.properties.isEmojiPresentation { return 2 }
        if isWide(first.value) { return 2 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
            return 0
        }
        return 1
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Every SGR parameter list in a `capture-pane -e` screen, e.g. ["1;7", "0", "38;5;240"].
    static func sgrSequences(_ screen: String) -> [String] {
        var found: [String] = []
        var rest = Substring(screen)
        while let start = rest.range(of: "\u{1B}[") {
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.firstIndex(where: { !($0.isNumber || $0 == ";" || $0 == ":") }) else { break }
            if afterStart[end] == "m" { found.append(String(afterStart[afterStart.startIndex..<end])) }
            rest = afterStart[end...]
        }
        return found
    }

    /// Whether an SGR parameter list sets a foreground or background colour (anything but the defaults 39/49).
    static func setsColour(_ sgr: String) -> Bool {
        let parameters = sgr.split(separator: ";", omittingEmptySubsequences: false)
            .map { Int($0.split(separator: ":").first ?? "") ?? 0 }
        // 38 and 48 (256-colour or RGB) count whatever follows them.
        let colourRanges = [30...38, 40...48, 90...97, 100...107]
        return parameters.contains { parameter in colourRanges.contains { $0.contains(parameter) } }
    }
}
