import Foundation

/// PostgreSQL's password file (`~/.pgpass`): `host:port:database:user:password` lines, `*` for
/// any value, `\:` and `\\` for a literal colon or backslash, `#` comments; the first match wins.
public enum PasswordFile {
    public static func password(in text: String, host: String, port: Int, database: String, user: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The fields of one line, with the escapes undone.
    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

    /// The password file's text: `$PGPASSFILE`, else `~/.pgpass`; nil when missing or readable by others.
    static func read(environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let mode = attributes[.posixPermissions] as? Int else { return nil }
        guard mode & 0o077 == 0 else {
            FileHandle.standardError.write(Data("baton: ignoring \(path): others can read it (chmod 600 \(path))\n".utf8))
            return nil
        }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}
