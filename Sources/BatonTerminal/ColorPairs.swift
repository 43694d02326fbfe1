import BatonUI
import CNcurses

/// Colour pairs, made as they are first needed: one per (foreground, background) the theme uses.
///
/// Pair 0 is the terminal's own colours. Colours are never redefined (no init_color): the
/// user's palette stays theirs.
final class ColorPairs {
    let depth: ColorDepth
    /// False when use_default_colors failed: "the terminal's own" is then white on black.
    let hasDefaultColors: Bool
    private let limit: Int32
    private var next: Int32 = 1
    private var pairs: [Key: Int32] = [:]

    private struct Key: Hashable { var fg: Int32; var bg: Int32 }

    init(depth: ColorDepth, hasDefaultColors: Bool, limit: Int32) {
        self.depth = depth
        self.hasDefaultColors = hasDefaultColors
        self.limit = limit
    }

    /// The pair for `fg` on `bg` (already resolved for the depth); 0 when out of pairs.
    func pair(fg: ThemeColor, bg: ThemeColor) -> Int32 {
        guard depth != .none else { return 0 }
        let key = Key(fg: number(fg, background: false), bg: number(bg, background: true))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let p = pairs[key] { return p }
        guard next < limit, init_extended_pair(next, key.fg, key.bg) == OK else { return 0 }
        pairs[key] = next
        next += 1
        return next - 1
    }

    /// The curses colour number: -1 the terminal's own; 0–255 the palette; with a direct-colour
    /// terminfo (COLORS = 2^24) the 24-bit value itself, where 0–7 still mean the ANSI colours.
    private func number(_ colour: ThemeColor, background: Bool) -> Int32 {
        switch colour {
        case .terminalDefault:
            return hasDefaultColors ? -1 : (background ? 0 : 7)
        case .ansi(let n), .indexed(let n):
            guard depth == .truecolor, n >= 8 else { return Int32(n) }
            let (r, g, b) = ThemeColor.paletteRGB(n)
            return Self.direct(r, g, b)
        case let .rgb(r, g, b):
            return Self.direct(r, g, b)
        }
    }

    private static func direct(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int32 {
        max(8, Int32(r) << 16 | Int32(g) << 8 | Int32(b))
    }
}
