/// Terminal charts drawn from block characters, readable without colour: a sparkline's height
/// and a bar's length carry the value, so monochrome and screen readers of the text lose nothing.
enum Charts {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value, scaled between `low` and `high`; a missing value is a middle dot.
    static func sparkline(_ values: [Double?], low: Double, high: Double) -> String {
        String(values.map { value -> Character in
            guard let value else { return "·" }
            let span = max(high - low, 1e-9)
            let t = min(1, max(0, (value - low) / span))
            return levels[Int((t * Double(levels.count - 1)).rounded())]
        })
    }

    /// A bar `width` cells wide, filled in proportion to `fraction` (0…1), in eighths.
    static func bar(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let eighths = Int((min(1, max(0, fraction)) * Double(width * 8)).rounded())
        let full = eighths / 8
        let partial: [String] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var out = String(repeating: "█", count: full)
        if full < width { out += partial[eighths % 8] }
        return out + String(repeating: " ", count: max(0, width - DisplayText.width(out)))
    }
}
