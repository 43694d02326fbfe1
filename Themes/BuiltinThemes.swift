/// The themes that ship with Baton. Themes/*.theme are the source; their text is compiled in
/// (see embed-themes.sh) so that the binary finds them from any directory and after install.
public enum BuiltinThemes {
    /// In the order a theme picker shows them; the first is the default.
    public static let names = ["dark", "light", "high-contrast", "monochrome"]

    public static let defaultName = "dark"

    /// The text of a built-in theme file, exactly as in Themes/NAME.theme.
    public static func source(named name: String) -> String? { embedded[name] }
}
