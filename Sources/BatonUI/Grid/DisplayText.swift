import BatonCore

/// The one door every string passes through on its way to the screen.
///
/// Customer names and evidence are typed or pasted by people: a tab, a stray escape sequence or
/// a bidi override must never move the cursor, recolour the terminal or break a pane, and a CJK
/// name or an emoji must take the two columns the terminal gives it.
public enum DisplayText {
    /// Drops C0 and C1 controls, DEL, whole ESC / CSI / OSC / DCS sequences and bidi controls;
    /// tabs and line breaks become a single space. The rule is `SafeText.sanitize`, shared with
    /// every other output.
    public static func sanitize(_ text: String) -> String { SafeText.sanitize(text) }

    /// What is written to the terminal for one grapheme cluster, for every character alike
    /// (ASCII included): its first scalar and the combining marks right after it, at most five.
    /// A joiner, a variation selector or a second base is left out: terminals and multiplexers
    /// disagree on them, and "Alpen\u{200D}blick" drawn with its joiner shifts the row in tmux.
    /// `width(of:)` measures exactly these scalars' cluster.
    public static func drawnScalars(of character: Character) -> [Unicode.Scalar] {
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return [] }
        var kept = [base]
        if (0x1F1E6...0x1F1FF).contains(base.value), let second = scalars.next() {
            // A flag is its two regional indicators.
            return (0x1F1E6...0x1F1FF).contains(second.value) ? [base, second] : kept
        }
        while kept.count < 5, let s = scalars.next() {
            let v = s.value
            guard !(0xFE00...0xFE0F).contains(v), !(0xE0100...0xE01EF).contains(v) else { break }
            switch s.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: kept.append(s)
            default: return kept
            }
        }
        return kept
    }

    /// `drawnScalars` as the text of a cell.
    public static func drawn(_ character: Character) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: drawnScalars(of: character))
        return String(view)
    }

    /// Columns a terminal gives one grapheme cluster: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII { return first.value >= 0x20 && first.value < 0x7F ? 1 : 0 }
        if scalars.count > 1 {
            // An emoji with the emoji-presentation selector, a ZWJ sequence or a flag is wide.
            if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        }
        return width(of: first)
    }

    /// Columns for a single scalar, from East Asian Width (W and F) and emoji presentation.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        case .control: return 0
        default: break
        }
        if v == 0x200B || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        if isWide(v) { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Display width of a whole (already sanitized) string.
    public static func width(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// Sanitizes, then cuts to at most `columns` wide, ending with "…" when anything was cut.
    public static func fit(_ text: String, columns: Int) -> String {
        guard columns > 0 else { return "" }
        let clean = sanitize(text)
        if width(clean) <= columns { return clean }
        var out = ""
        var used = 0
        for ch in clean {
            let w = width(of: ch)
            if used + w > columns - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
