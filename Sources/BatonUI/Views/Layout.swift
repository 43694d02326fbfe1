/// Where each pane goes at a given size: shared by the view (to draw) and update (to page).
public struct Layout: Equatable, Sendable {
    public static let minWidth = 80
    public static let minHeight = 24

    public var titleBar: Rect
    public var hintBar: Rect
    public var portfolio: Rect?
    public var readiness: Rect?
    public var risks: Rect?
    public var timeline: Rect?

    public var isTooSmall: Bool { titleBar.width < Layout.minWidth || hintBar.y + 1 < Layout.minHeight }

    public init(width: Int, height: Int, focus: Pane, zoomed: Bool) {
        titleBar = Rect(x: 0, y: 0, width: width, height: 1)
        hintBar = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        if zoomed {
            switch focus {
            case .portfolio: portfolio = body
            case .readiness: readiness = body
            case .risks: risks = body
            case .timeline: timeline = body
            }
            return
        }
        // The portfolio takes the left half (more on wide screens, where its extra columns live);
        // the selected account's three panes stack on the right.
        let leftWidth = width >= 160 ? width * 55 / 100 : width >= 120 ? width / 2 + 4 : width / 2
        portfolio = Rect(x: 0, y: body.y, width: leftWidth, height: body.height)
        let right = Rect(x: leftWidth, y: body.y, width: width - leftWidth, height: body.height)
        // Readiness needs six conditions and the verdict; the rest is shared, risks a little more.
        let readinessHeight = min(max(9, body.height * 2 / 5), 16)
        let rest = body.height - readinessHeight
        let risksHeight = (rest + 1) / 2 + (rest >= 14 ? 1 : 0)
        readiness = Rect(x: right.x, y: right.y, width: right.width, height: readinessHeight)
        risks = Rect(x: right.x, y: right.y + readinessHeight, width: right.width, height: risksHeight)
        timeline = Rect(x: right.x, y: right.y + readinessHeight + risksHeight, width: right.width,
                        height: rest - risksHeight)
    }

    public func rect(for pane: Pane) -> Rect? {
        switch pane {
        case .portfolio: portfolio
        case .readiness: readiness
        case .risks: risks
        case .timeline: timeline
        }
    }

    /// Rows of the portfolio list: inside the border, less the summary line and the column header.
    public var portfolioListHeight: Int {
        guard let portfolio else { return 1 }
        return max(1, portfolio.height - 3 - PortfolioPane.summaryRows(innerWidth: portfolio.width - 2))
    }
}
