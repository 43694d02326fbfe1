/// Text from the store on its way into a document: control characters, escape sequences and bidi
/// controls removed, so a pasted name cannot recolour a terminal that `cat`s the file, hide text in
/// a viewer, or reorder what a reader sees.
///
/// This is the documents' own copy of the rule the screen applies (BatonUI's `DisplayText`), which
/// BatonCore cannot import; the two can become one once the rule lives in BatonCore. Unlike the
/// screen, a document keeps line breaks where the caller asks for them.
enum DocumentText {
    /// Drops C0 controls (tab and, when `keepLineBreaks`, line feed become themselves; carriage
    /// returns go), DEL, C1 controls, whole ESC / CSI / OSC / DCS sequences and bidi controls.
    /// Without `keepLineBreaks`, every run of line breaks and tabs becomes one space.
    static func clean(_ text: String, keepLineBreaks: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let s = scalars.popFirst() {
            switch s.value {
            case 0x0A where keepLineBreaks:
                out.append(s)
            case 0x0D where keepLineBreaks:
                // CRLF and a lone CR both end a line.
                if scalars.first?.value != 0x0A { out.append("\n") }
            case 0x09, 0x0A, 0x0D:
                if let last = out.last, last != " ", last != "\n" { out.append(" ") }
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                skipCSI(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipString(&scalars)
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                continue
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                continue
            default:
                out.append(s)
            }
        }
        return String(out)
    }

    /// ESC followed by `[` (CSI), a string introducer (`]`, `P`, `X`, `^`, `_`), or intermediates
    /// and one final byte.
    private static func skipEscape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let s = scalars.popFirst() else { return }
        switch s {
        case "[": skipCSI(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default:
            var c = s
            while (0x20...0x2F).contains(c.value) {
                guard let n = scalars.popFirst() else { return }
                c = n
            }
            // Not a final byte: it was never part of the sequence, so it stays.
            if !(0x30...0x7E).contains(c.value) { scalars.insert(c, at: scalars.startIndex) }
        }
    }

    /// Parameters and intermediates up to a final byte in 0x40–0x7E.
    private static func skipCSI(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let s = scalars.popFirst() {
            if (0x40...0x7E).contains(s.value) || !(0x20...0x3F).contains(s.value) { return }
        }
    }

    /// An OSC / DCS / APC / PM / SOS body, ended by BEL, ESC \ or ST.
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let s = scalars.popFirst() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B { _ = scalars.popFirst(); return }
        }
    }
}
