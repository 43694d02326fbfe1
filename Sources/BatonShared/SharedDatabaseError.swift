import Foundation
import NIOCore
import PostgresNIO

/// Why the shared database could not do something, in words a person can act on — with every
/// credential masked, whatever the driver or the server put in its message.
public struct SharedDatabaseError: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// The connection was lost or refused in a way a restart or a dropped network causes (the
    /// server shut down, restarted, reset the connection): trying again, with the same
    /// exactly-once key, is safe and likely to work. Never set for a refusal or a wrong setting.
    public var isConnectionLost = false
    /// The server itself said it is shutting down, restarting or not yet accepting connections
    /// (57P01–57P03): it is there, and will be back; worth trying again even before it answered once.
    public var isServerRestarting = false

    public init(_ description: String) { self.description = Redaction.url(description) }

    init(_ description: String, connectionLost: Bool) {
        self.init(description)
        isConnectionLost = connectionLost
    }

    /// Whether `error` (as the driver threw it) is a lost or refused connection rather than an answer.
    static func isConnectionLost(_ error: any Error) -> Bool {
        if let error = error as? SharedDatabaseError { return error.isConnectionLost }
        if let transaction = error as? PostgresTransactionError {
            return [transaction.beginError, transaction.closureError, transaction.commitError]
                .compactMap { $0 }.contains(where: isConnectionLost)
        }
        if let psql = error as? PSQLError {
            if let state = psql.serverInfo?[.sqlState] {
                // 08: connection exceptions; 57P01–57P03: admin or crash shutdown, not accepting connections yet.
                return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
            }
            return [.connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed]
                .contains(psql.code)
        }
        // A reset or refused socket below the driver.
        return error is ChannelError || error is IOError
    }

    /// Whether `error` is the server saying it shuts down, restarts or is not accepting connections yet.
    static func isServerRestarting(_ error: any Error) -> Bool {
        if let error = error as? SharedDatabaseError { return error.isServerRestarting }
        if let transaction = error as? PostgresTransactionError {
            return [transaction.beginError, transaction.closureError, transaction.commitError]
                .compactMap { $0 }.contains(where: isServerRestarting)
        }
        return ["57P01", "57P02", "57P03"].contains((error as? PSQLError)?.serverInfo?[.sqlState] ?? "")
    }

    /// Whether `error` is PostgreSQL's unique violation (23505), however the driver wrapped it.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        if let transaction = error as? PostgresTransactionError {
            return [transaction.closureError, transaction.commitError].compactMap { $0 }.contains(where: isUniqueViolation)
        }
        return (error as? PSQLError)?.serverInfo?[.sqlState] == "23505"
    }

    static func describing(_ error: any Error, settings: DatabaseSettings) -> SharedDatabaseError {
        var described = describingText(error, settings: settings)
        described.isConnectionLost = isConnectionLost(error)
        described.isServerRestarting = isServerRestarting(error)
        return described
    }

    private static func describingText(_ error: any Error, settings: DatabaseSettings) -> SharedDatabaseError {
        if let error = error as? SharedDatabaseError {
            return SharedDatabaseError(Redaction.scrub(error.description, secrets: settings.secrets))
        }
        if let error = error as? DatabaseSettingsError {
            return SharedDatabaseError(Redaction.scrub(error.description, secrets: settings.secrets))
        }
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.commitError ?? transaction.beginError {
                return describingText(inner, settings: settings)
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
