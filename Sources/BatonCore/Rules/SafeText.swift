import Foundation

/// The one rule for text that came from a file or a person on its way to any output — the
/// screen, stderr, a table, JSON, a file written for people. A customer name, a date field or
/// a file name holding an escape sequence must never retitle the terminal, clear it, or
/// reverse the text after it. `DisplayText` (the screen) uses this rule too: there is one.
public enum SafeText {
    /// Drops C0 and C1 controls, DEL, whole ESC / CSI / OSC / DCS sequences and bidi controls.
    /// Tabs and line breaks become a single space: a cell grid has no notion of either.
    public static func sanitize(_ text: String) -> String {
        // Fast path: most text is plain printable ASCII.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return scalars.next()
        }
        while let s = next() {
            switch s.value {
            case 0x09, 0x0A, 0x0D:
                if out.last != " " { out.append(" ") }
            case 0x1B:
                skipEscape(after: &scalars, pending: &pending)
            case 0x9B:
                skipCSI(&scalars)
            case 0x90, 0x9D, 0x9E, 0x9F, 0x98:
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

    /// ESC followed by: `[` a CSI sequence; `]`, `P`, `X`, `^`, `_` a string ended by BEL or ST;
    /// intermediates (0x20–0x2F) then one final byte; or a single final byte.
    private static func skipEscape(after scalars: inout String.UnicodeScalarView.Iterator,
                                   pending: inout Unicode.Scalar?) {
        guard let s = scalars.next() else { return }
        switch s {
        case "[": skipCSI(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        default:
            var c = s
            while (0x20...0x2F).contains(c.value) {
                guard let n = scalars.next() else { return }
                c = n
            }
            // A final byte outside 0x30–0x7E was not part of the sequence: keep it for the caller.
            if !(0x30...0x7E).contains(c.value) { pending = c }
        }
    }

    /// Parameters and intermediates up to a final byte in 0x40–0x7E.
    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if (0x40...0x7E).contains(s.value) { return }
            if !(0x20...0x3F).contains(s.value) { return }
        }
    }

    /// An OSC / DCS / APC / PM / SOS body, ended by BEL, ESC \ or ST (0x9C).
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B { _ = scalars.next(); return }
        }
    }

    /// Text as a field of a change keeps it, typed on a form or given to the shell: control
    /// characters and escape sequences removed line by line; a single-line field turns line
    /// breaks and tabs into single spaces and, when pasted, drops the line break a copied cell
    /// or line ends with.
    public static func typed(_ raw: String, multiLine: Bool, pasted: Bool = false) -> String {
        if raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return raw }
        var lines = splitLines(raw)
        if multiLine { return lines.map(sanitize).joined(separator: "\n") }
        if pasted { while lines.count > 1, lines.last == "" { lines.removeLast() } }
        return sanitize(lines.joined(separator: "\n"))
    }

    /// Lines split at LF, CR, CR LF and the Unicode line and paragraph separators.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var afterCR = false
        for s in text.unicodeScalars {
            let isCR = s.value == 0x0D
            defer { afterCR = isCR }
            switch s.value {
            case 0x0A where afterCR: continue
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                lines.append(String(line))
                line = String.UnicodeScalarView()
            default:
                line.append(s)
            }
        }
        lines.append(String(line))
        return lines
    }

    /// `sanitize` for text of several lines: each line on its own, the line breaks kept.
    public static func sanitizeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitize(String($0)) }.joined(separator: "\n")
    }

    /// Whether a scalar is one JSON may carry raw but a terminal would act on: DEL, the C1
    /// controls, the bidirectional controls and the line and paragraph separators.
    static func needsJSONEscape(_ value: UInt32) -> Bool {
        switch value {
        case 0x7F, 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// JSON text with every scalar `needsJSONEscape` names written as `\uXXXX`: the same
    /// document to any JSON reader, and inert when a person prints it. (JSONEncoder already
    /// escapes C0 controls; it writes these raw.) Outside strings JSON is ASCII, so only
    /// string contents change.
    public static func escapingControls(inJSON data: Data) -> Data {
        // Every scalar to escape is DEL or starts with one of these UTF-8 lead bytes.
        // Over the bytes themselves: Data's own iterator, byte by byte, was 7% of saving an import.
        let mayNeed = data.withUnsafeBytes { bytes in bytes.contains { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 } }
        guard mayNeed else { return data }
        let text = String(decoding: data, as: UTF8.self)
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsJSONEscape(scalar.value) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return Data(out.utf8)
    }
}
