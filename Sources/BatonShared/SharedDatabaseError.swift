import Foundation
import PostgresNIO

/// Why the shared database could not do something, in words a person can act on — with every
/// credential masked, whatever the driver or the server put in its message.
public struct SharedDatabaseError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) { self.description = Redaction.url(description) }

    static func describing(_ error: any Error, settings: DatabaseSettings) -> SharedDatabaseError {
        if let error = error as? SharedDatabaseError {
            return SharedDatabaseError(Redaction.scrub(error.description, secrets: settings.secrets))
        }
        if let error = error as? DatabaseSettingsError {
            return SharedDatabaseError(Redaction.scrub(error.description, secrets: settings.secrets))
        }
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.commitError ?? transaction.beginError {
                return describing(inner, settings: settings)
            }
        }
        var text: String
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] {
                let code = psql.serverInfo?[.sqlState].map { " [\($0)]" } ?? ""
                text = "\(settings.described): \(message)\(code)"
                if psql.serverInfo?[.sqlState] == "28P01" {
                    text += " — check the user and the password (PGPASSWORD or ~/.pgpass)."
                }
            } else if psql.code == .connectionError || psql.code == .serverClosedConnection {
                text = "cannot reach \(settings.described): \(psql.underlying.map { "\($0)" } ?? "the connection failed")"
                    + " — is the server running, and the host and port right?"
            } else if psql.code == .sslUnsupported {
                text = "\(settings.described) does not offer TLS: use sslmode=disable or prefer."
            } else if psql.code == .authMechanismRequiresPassword {
                text = "\(settings.described) asks for a password: give it in PGPASSWORD or ~/.pgpass."
            } else {
                text = "\(settings.described): \(psql.code)"
            }
        } else {
            text = "\(settings.described): \(error)"
        }
        return SharedDatabaseError(Redaction.scrub(text, secrets: settings.secrets))
    }
}
