import Foundation

/// The shared portfolio's tables, as numbered migrations: `baton db init` applies the ones a
/// database lacks, each in its own transaction with its number recorded in `schema_version`.
/// A migration, once released, is never edited: a change to the schema is a new migration.
public enum SharedSchema {
    public struct Migration: Sendable {
        public let version: Int
        public let purpose: String
        public let statements: [String]
    }

    public static let migrations: [Migration] = [
        Migration(version: 1, purpose: "accounts, the change log and the portfolio's owner", statements: [
            """
            CREATE TABLE accounts (
                id text PRIMARY KEY,
                document jsonb NOT NULL,
                version bigint NOT NULL,
                archived boolean NOT NULL DEFAULT false,
                updated_at timestamptz NOT NULL DEFAULT now(),
                updated_by text NOT NULL DEFAULT ''
            )
            """,
            """
            CREATE TABLE change_log (
                seq bigserial PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                by text NOT NULL,
                account_id text NOT NULL,
                summary text NOT NULL,
                change jsonb NOT NULL
            )
            """,
            "CREATE INDEX change_log_by_account ON change_log (account_id, seq)",
            "CREATE TABLE portfolio (owner text NOT NULL)",
        ]),
        Migration(version: 2, purpose: "the change log refuses UPDATE, DELETE and TRUNCATE", statements: [
            """
            CREATE FUNCTION baton_change_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the change log is append-only: % is refused', TG_OP;
            END
            $$
            """,
            """
            CREATE TRIGGER change_log_append_only BEFORE UPDATE OR DELETE ON change_log
                FOR EACH ROW EXECUTE FUNCTION baton_change_log_is_append_only()
            """,
            """
            CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
                FOR EACH STATEMENT EXECUTE FUNCTION baton_change_log_is_append_only()
            """,
        ]),
        Migration(version: 3, purpose: "live: each change-log entry notifies the open dashboards; a dashboard's change is applied once", statements: [
            // The id of the outbox record a dashboard sent: the same record sent again is recognised, never applied twice.
            "ALTER TABLE change_log ADD COLUMN outbox_id text",
            "CREATE UNIQUE INDEX change_log_outbox_id ON change_log (outbox_id) WHERE outbox_id IS NOT NULL",
            """
            CREATE FUNCTION baton_change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('baton_changes', json_build_object(
                    'seq', NEW.seq, 'account', NEW.account_id, 'by', left(NEW."by", 200), 'summary', left(NEW.summary, 2000),
                    'version', NEW.change->'version', 'outbox', NEW.outbox_id)::text);
                RETURN NEW;
            END
            $$
            """,
            """
            CREATE TRIGGER change_log_notify AFTER INSERT ON change_log
                FOR EACH ROW EXECUTE FUNCTION baton_change_log_notify()
            """,
        ]),
        Migration(version: 4, purpose: "each account's summary, kept by the transaction that writes the account, for a new machine's first frame", statements: [
            // The summary as the core encodes it (DatedSummary), at the account's version: a row whose
            // version is not the account's is not trusted (the document is read instead).
            """
            CREATE TABLE account_summaries (
                id text PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
                version bigint NOT NULL,
                summary jsonb NOT NULL
            )
            """,
        ]),
    ]

    public static var latest: Int { migrations.map(\.version).max() ?? 0 }
}
