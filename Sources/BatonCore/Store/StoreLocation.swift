/// Where the portfolio lives when the caller does not say.
public enum StoreLocation {
    /// `$XDG_DATA_HOME/baton/portfolio.json`, else `$HOME/.local/share/baton/portfolio.json`.
    ///
    /// A relative or empty `XDG_DATA_HOME` is ignored, as the XDG base directory specification
    /// asks. Without `HOME` the path is relative to the working folder: the caller should then
    /// pass a path of its own.
    public static func defaultPath(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "baton/portfolio.json")
        }
        let home = environment["HOME"] ?? ""
        return home.isEmpty ? ".local/share/baton/portfolio.json" : join(home, ".local/share/baton/portfolio.json")
    }

    private static func join(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }
}
