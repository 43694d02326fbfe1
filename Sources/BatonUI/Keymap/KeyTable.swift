/// The keymap and every context's key table as Markdown, for `baton keys` and docs/keys.md (a
/// test keeps that page equal to it).
public enum KeyTable {
    public static func markdown(_ keymap: Keymap) -> String {
        var out = "| where | keys | what it does |\n|---|---|---|\n"
        let scopes: [KeyScope] = [.global] + Pane.allCases.map { .pane($0) } + [.accountCard]
        for scope in scopes {
            for b in keymap.bindings where b.scope == scope {
                let keys = b.keys.isEmpty ? "`:\(b.command.name)`" : b.keys.map { "`\($0.label)`" }.joined(separator: " ")
                out += "| \(scope.title) | \(keys) | \(b.help) |\n"
            }
        }
        for (context, keys) in Keymap.overlayKeys {
            for k in keys {
                let written = k.keys == ["type"] ? "(typing)" : k.keys.map { "`\($0)`" }.joined(separator: " ")
                out += "| \(context.title) | \(written) | \(k.help) |\n"
            }
        }
        return out
    }
}
