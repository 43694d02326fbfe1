/// Whole numbers as people write them: "1,200", "1 200", "1_200", "48000.00", "$120,000",
/// "EUR 48 000". One reader for a form, the shell and a CRM export alike.
public enum WholeNumber {
    /// The number, or nil when the text is not a whole number ("12.5", "most", "").
    public static func parse(_ text: String) -> Int? {
        var digits = text.filter { !" ,_'\u{00A0}\u{202F}$€£¥".contains($0) }
        let upper = digits.uppercased()
        for code in ["USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD"] where upper.hasPrefix(code) || upper.hasSuffix(code) {
            digits = upper.replacingOccurrences(of: code, with: "")
        }
        if let dot = digits.firstIndex(of: ".") {
            guard digits[digits.index(after: dot)...].allSatisfy({ $0 == "0" }) else { return nil }
            digits = String(digits[..<dot])
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }) else { return nil }
        return Int(digits)
    }

    /// "1,236": thousands grouped with commas, as the forms say a number back.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }
}
