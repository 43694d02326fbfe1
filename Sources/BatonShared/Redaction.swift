import Foundation

/// Keeps credentials out of everything Baton prints: errors, logs and `--json` output.
public enum Redaction {
    public static let mask = "•••"

    /// `text` with every known secret and every password written in a URL (`scheme://user:password@`)
    /// or as `password=…` replaced by the mask.
    public static func scrub(_ text: String, secrets: [String] = []) -> String {
        var result = url(text)
        for secret in secrets.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            result = result.replacingOccurrences(of: secret, with: mask)
            // A URL may carry it percent-encoded.
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != secret {
                result = result.replacingOccurrences(of: encoded, with: mask)
            }
        }
        return result
    }

    /// `text` with the password part of any `scheme://user:password@host` and any `password=value` masked.
    public static func url(_ text: String) -> String {
        var result = text
        if let inURL = try? NSRegularExpression(pattern: #"([A-Za-z][A-Za-z0-9+.-]*://[^:/@\s]*):[^@\s]*@"#) {
            result = inURL.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result),
                                                    withTemplate: "$1:\(mask)@")
        }
        if let keyValue = try? NSRegularExpression(pattern: #"(?i)(password\s*=\s*)[^\s&;]+"#) {
            result = keyValue.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result),
                                                       withTemplate: "$1\(mask)")
        }
        return result
    }
}
