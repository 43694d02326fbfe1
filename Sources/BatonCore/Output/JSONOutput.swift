import Foundation

/// The one writer of JSON that people and other programs read: every `--json` output and every
/// file Baton writes for another program (a rescue file, a pulled copy's versions). Keys sorted,
/// slashes left alone, dates in ISO 8601, and every scalar a terminal would act on (DEL, C1,
/// bidirectional controls, line and paragraph separators) written as `\uXXXX`, so a customer's
/// name cannot reverse or retitle the terminal of whoever prints it (`SafeText.escapingControls`).
public enum JSONOutput {
    /// `pretty`: indented, one value per line, ending in a line break (a `--json` output);
    /// otherwise compact, on one line, with no line break after it (a file read only by programs).
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true,
                                            userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        for (key, info) in userInfo { encoder.userInfo[key] = info }
        var data = SafeText.escapingControls(inJSON: try encoder.encode(value))
        if pretty { data.append(0x0A) }
        return data
    }
}
