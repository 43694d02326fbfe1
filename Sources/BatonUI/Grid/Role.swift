/// What a cell means, not what colour it is: a theme names the colours for each role.
public enum Role: String, CaseIterable, Codable, Sendable {
    case normal, dim, accent
    case titleBar, hintBar, hintKey
    case border, focusedBorder, paneTitle, focusedPaneTitle, header
    case selection
    case met, notMet, unassessed, stale
    case healthGreen, healthAmber, healthRed
    case heatNone, heatLow, heatMedium, heatHigh
    case done, due, overdue, today
    case flag, warning, error, ok
    case dialog, dialogBorder, input
}

/// How one cell is drawn: its role, emphasis, and whether it sits on the selected row.
public struct CellStyle: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    /// Drawn on the theme's selection background, keeping the role's own foreground.
    public var selected: Bool

    public init(_ role: Role = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false,
                selected: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.selected = selected
    }

    public static let normal = CellStyle()

    public func with(selected: Bool) -> CellStyle {
        var s = self
        s.selected = selected
        return s
    }

    public func bolded(_ on: Bool = true) -> CellStyle {
        var s = self
        s.bold = on
        return s
    }
}
