/// A role's look: colours and attributes, as a theme file names them.
public struct ThemeStyle: Hashable, Sendable {
    public var fg: ThemeColor
    public var bg: ThemeColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = ThemeStyle()

    /// True when the style names a colour rather than leaving the terminal's own.
    public var usesColor: Bool { fg != .terminalDefault || bg != .terminalDefault }

    /// The colours as the terminal can show them at `depth`; a colour it cannot show becomes the
    /// terminal's own. Attributes are kept.
    public func resolved(for depth: ColorDepth) -> ThemeStyle {
        var s = self
        s.fg = fg.resolved(for: depth) ?? .terminalDefault
        s.bg = bg.resolved(for: depth) ?? .terminalDefault
        return s
    }
}

/// A named set of looks, one for every `Role`: what the terminal draws each cell with.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// The look on terminals with 256 colours or more.
    var styles: [Role: ThemeStyle]
    /// Looks for 8- and 16-colour terminals, where the theme file gives one after `|`.
    var basicStyles: [Role: ThemeStyle]

    public init(name: String, styles: [Role: ThemeStyle], basicStyles: [Role: ThemeStyle] = [:]) {
        self.name = name
        self.styles = styles
        self.basicStyles = basicStyles
    }

    /// The look of `role`; a role the theme leaves out looks like `normal`.
    public func style(for role: Role) -> ThemeStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// The look of `role` on a terminal of `depth`, colours already brought within its reach.
    public func style(for role: Role, depth: ColorDepth) -> ThemeStyle {
        let chosen = depth <= .ansi16 ? (basicStyles[role] ?? style(for: role)) : style(for: role)
        return chosen.resolved(for: depth)
    }

    /// True when any role names a colour: such a theme cannot be shown as is without colour.
    public var usesColor: Bool { styles.values.contains(where: \.usesColor) }

    /// What one cell looks like: its role's look, the view's own emphasis on top, and for a cell
    /// on the selected row the selection's background (the role keeps its foreground, so a red
    /// "Not Met" stays red on the selected row). Reverse toggles, so a reversed cell (a heat-map
    /// square) still stands out on a reversed selection.
    public func look(of cell: CellStyle, depth: ColorDepth = .truecolor) -> ThemeStyle {
        var s = style(for: cell.role, depth: depth)
        s.bold = s.bold || cell.bold
        s.underline = s.underline || cell.underline
        s.reverse = s.reverse || cell.reverse
        if cell.selected {
            let selection = style(for: .selection, depth: depth)
            if selection.bg != .terminalDefault { s.bg = selection.bg }
            if s.fg == .terminalDefault || s.fg == s.bg { s.fg = selection.fg }
            s.bold = s.bold || selection.bold
            s.underline = s.underline || selection.underline
            s.reverse = s.reverse != selection.reverse
        }
        return s
    }

    /// The theme to draw with on a terminal of `depth`. Without colour a colour theme would lose
    /// the difference between Met and Not Met, so it gives way to `monochrome` (attributes only).
    public func drawable(at depth: ColorDepth, monochrome: Theme) -> Theme {
        depth == .none && usesColor ? monochrome : self
    }
}
