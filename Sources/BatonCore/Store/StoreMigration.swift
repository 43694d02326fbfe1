/// Brings a document written by an older Baton up to the current format. Each step is code on the
/// JSON object tree, before anything is decoded, so the model types only ever know the newest
/// shape; steps run one after another (0→1, 1→2, …).
enum StoreMigration {
    /// `document` is the top-level object as JSONSerialization read it.
    static func migrate(_ document: [String: Any], from version: Int) -> [String: Any] {
        var document = document
        var version = version
        while version < StoreDocument.currentFormatVersion {
            switch version {
            case 0: document = version0to1(document)
            // Version 2 added each account's health and stage histories and its archival; they
            // are optional when read (Account's decoder), so a version 1 tree needs no rewriting.
            case 1: break
            default: break
            }
            version += 1
        }
        document["formatVersion"] = StoreDocument.currentFormatVersion
        return document
    }

    /// Version 0 (the first prototype) kept the owner and the accounts at the top level, beside
    /// `format` and `formatVersion`, with no `portfolio` wrapper, and spelled the transfer day
    /// `tday`:
    ///
    ///     { "format": "baton-portfolio", "formatVersion": 0, "savedAt": "…",
    ///       "owner": "Priya", "accounts": [ { "id": "…", "tday": "2026-11-21", … } ] }
    ///
    /// Version 1 wraps them as `portfolio: { owner, accounts }` and spells it `tDay`. Anything
    /// else is carried over as it is; whatever is still wrong is reported by decoding.
    static func version0to1(_ document: [String: Any]) -> [String: Any] {
        var document = document
        var portfolio: [String: Any] = [:]
        portfolio["owner"] = document.removeValue(forKey: "owner") ?? ""
        var accounts = document.removeValue(forKey: "accounts") ?? [Any]()
        if let list = accounts as? [Any] {
            accounts = list.map { element -> Any in
                guard var account = element as? [String: Any] else { return element }
                if let tday = account.removeValue(forKey: "tday"), account["tDay"] == nil {
                    account["tDay"] = tday
                }
                return account
            }
        }
        portfolio["accounts"] = accounts
        document["portfolio"] = portfolio
        return document
    }
}
