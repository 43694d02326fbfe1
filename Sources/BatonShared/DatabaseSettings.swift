import Foundation

/// Where the shared portfolio lives and how to reach it, read the way PostgreSQL's own tools read
/// it: a `postgres://` URL, then `PGPASSWORD`, then `~/.pgpass` for the password.
public struct DatabaseSettings: Equatable, Sendable {
    /// `sslmode`: libpq's names. `prefer` tries TLS and falls back to plain; `require` encrypts
    /// without checking the certificate, as libpq does; the verifying modes are not offered yet.
    public enum SSLMode: String, Equatable, Sendable, CaseIterable {
        case disable, prefer, require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// How long to wait for the server to answer: `connect_timeout` in the URL or
    /// `PGCONNECT_TIMEOUT`, in seconds, as libpq reads them; nil for the caller's default.
    public var connectTimeout: Duration?
    /// How long a shell command keeps at its database work, trying again after a lost connection
    /// (a restart, a dropped network), before it gives up and says so: `BATON_DATABASE_DEADLINE`
    /// in seconds, else two minutes. Nothing waits longer.
    public var deadline: Duration = Self.defaultDeadline
    public static let defaultDeadline: Duration = .seconds(120)

    public init(host: String, port: Int, user: String, password: String?, database: String, sslMode: SSLMode) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.sslMode = sslMode
    }

    /// The settings a URL names, completed from the environment (`PGUSER`, `PGPORT`, `PGSSLMODE`,
    /// `PGPASSWORD`) and the password file's text. A problem is described without the password.
    public static func parse(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                             passwordFile: String? = nil) throws -> DatabaseSettings {
        let shown = Redaction.url(url)
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw DatabaseSettingsError("\(shown) is not a database URL: write it as "
                                        + "postgres://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass).")
        }
        let host = parts.host.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGHOST"] ?? "localhost"
        guard !host.hasPrefix("/") else {
            throw DatabaseSettingsError("\(shown): a Unix socket folder as the host is not supported yet; give a host name.")
        }
        var port = 5432
        if let given = parts.port {
            port = given
        } else if let text = environment["PGPORT"] {
            guard let value = Int(text) else { throw DatabaseSettingsError("PGPORT \"\(text)\" is not a port number.") }
            port = value
        }
        guard (1...65_535).contains(port) else { throw DatabaseSettingsError("\(shown): port \(port) is not a port number.") }
        let user = parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGDATABASE"] ?? user

        let query = parts.queryItems ?? []
        var sslMode = SSLMode.prefer
        let modeText = query.last(where: { $0.name == "sslmode" })?.value ?? environment["PGSSLMODE"]
        if let modeText {
            guard let mode = SSLMode(rawValue: modeText) else {
                let known = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw DatabaseSettingsError("sslmode=\(modeText) is not supported: use one of \(known)"
                                            + " (verify-ca and verify-full are not built yet).")
            }
            sslMode = mode
        }
        var connectTimeout: Duration?
        if let text = query.last(where: { $0.name == "connect_timeout" })?.value ?? environment["PGCONNECT_TIMEOUT"] {
            guard let seconds = Int(text), seconds > 0 else {
                throw DatabaseSettingsError("connect_timeout \"\(text)\" is not a number of seconds (PGCONNECT_TIMEOUT too).")
            }
            connectTimeout = .seconds(seconds)
        }
        for item in query where item.name != "sslmode" && item.name != "connect_timeout" {
            throw DatabaseSettingsError("\(shown): the parameter \"\(item.name)\" is not supported (only sslmode and connect_timeout).")
        }

        let password = parts.password.flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
            ?? passwordFile.flatMap { PasswordFile.password(in: $0, host: host, port: port, database: database, user: user) }
        var settings = DatabaseSettings(host: host, port: port, user: user, password: password, database: database, sslMode: sslMode)
        settings.connectTimeout = connectTimeout
        if let text = environment["BATON_DATABASE_DEADLINE"], !text.isEmpty {
            guard let seconds = Int(text), seconds > 0 else {
                throw DatabaseSettingsError("BATON_DATABASE_DEADLINE \"\(text)\" is not a number of seconds.")
            }
            settings.deadline = .seconds(seconds)
        }
        return settings
    }

    /// The settings for `url`, reading `$PGPASSFILE` or `~/.pgpass` when it is private to its owner
    /// (libpq ignores a password file others can read, and so does Baton).
    public static func resolve(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseSettings {
        try parse(url, environment: environment, passwordFile: PasswordFile.read(environment: environment))
    }

    /// How the database is named in messages: never with the password.
    public var described: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// Every secret that must not reach a message, a log or JSON output.
    public var secrets: [String] { [password].compactMap { $0 } }
}

/// A connection setting that cannot be used, in words a person can act on (never holding a password).
public struct DatabaseSettingsError: Error, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
