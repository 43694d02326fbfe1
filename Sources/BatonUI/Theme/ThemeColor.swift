/// How many colours the terminal can show, from none (attributes only) to 24-bit.
public enum ColorDepth: Int, Comparable, CaseIterable, Sendable {
    case none, ansi8, ansi16, indexed256, truecolor

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// The depth a terminal reporting `colors` colours (curses' COLORS) can draw.
    public init(colors: Int) {
        switch colors {
        case 0x1000000...: self = .truecolor
        case 256...: self = .indexed256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .none
        }
    }
}

/// One colour as a theme names it: the terminal's own, one of the 16 ANSI colours, one of the
/// 256-colour palette, or 24-bit RGB.
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    /// 0–7 the normal colours, 8–15 their bright forms.
    case ansi(Int)
    /// 0–255 in the xterm palette: 16–231 the 6×6×6 cube, 232–255 the grey ramp.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    /// The eight names, in ANSI order.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, `red`, `bright-red`, `color196`, `#ff0000`; nil when it is none of them.
    public init?(parsing word: String) {
        let w = word.lowercased()
        if w == "default" { self = .terminalDefault; return }
        if let i = Self.names.firstIndex(of: w) { self = .ansi(i); return }
        if w.hasPrefix("bright-"), let i = Self.names.firstIndex(of: String(w.dropFirst(7))) {
            self = .ansi(i + 8); return
        }
        if w.hasPrefix("color"), let n = Int(w.dropFirst(5)), (0...255).contains(n), w.count <= 8 {
            self = .indexed(n); return
        }
        if w.hasPrefix("#"), w.count == 7, let v = UInt32(w.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)); return
        }
        return nil
    }

    /// How the colour is written in a theme file.
    public var name: String {
        switch self {
        case .terminalDefault: "default"
        case .ansi(let n) where n < 8: Self.names[n]
        case .ansi(let n): "bright-" + Self.names[n & 7]
        case .indexed(let n): "color\(n)"
        case let .rgb(r, g, b):
            "#" + [r, g, b].map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
    }

    /// The closest colour the terminal can show at `depth`: 24-bit → nearest of the 256 palette →
    /// nearest of the 16 (or 8) ANSI colours → nil, no colour at all. The terminal's own colour
    /// is kept at every depth: it is not a colour the theme imposes.
    public func resolved(for depth: ColorDepth) -> ThemeColor? {
        if case .terminalDefault = self { return self }
        switch (depth, self) {
        case (.none, _): return nil
        case (.truecolor, _): return self
        case (_, .ansi(let n)): return depth == .ansi8 ? .ansi(n & 7) : .ansi(n)
        case (_, .indexed(let n)) where n < 16: return ThemeColor.ansi(n).resolved(for: depth)
        case (.indexed256, .indexed): return self
        case (.indexed256, let .rgb(r, g, b)): return .indexed(Self.nearest256(r, g, b))
        case (.ansi16, _): return rgbValue.map { .ansi(Self.nearest(in: 0..<16, to: $0)) }
        case (.ansi8, _): return rgbValue.map { .ansi(Self.nearest(in: 0..<8, to: $0)) }
        default: return nil
        }
    }

    /// The colour as RGB, using the xterm palette for the numbered ones.
    public var rgbValue: (UInt8, UInt8, UInt8)? {
        switch self {
        case .terminalDefault: nil
        case .ansi(let n): Self.paletteRGB(n)
        case .indexed(let n): Self.paletteRGB(n)
        case let .rgb(r, g, b): (r, g, b)
        }
    }

    /// xterm's default palette: what a colour number looks like on most terminals.
    public static func paletteRGB(_ n: Int) -> (UInt8, UInt8, UInt8) {
        let ansi: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        switch n {
        case ..<0: return ansi[0]
        case 0..<16: return ansi[n]
        case 16..<232:
            let i = n - 16
            return (cubeLevels[i / 36], cubeLevels[i / 6 % 6], cubeLevels[i % 6])
        default:
            let v = UInt8(8 + 10 * (min(n, 255) - 232))
            return (v, v, v)
        }
    }

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The nearest of the 240 fixed colours (16–255): the first 16 are left out because
    /// terminals let people change them.
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(Int(l) - Int(v)) < abs(Int(cubeLevels[best]) - Int(v)) { best = i }
            return best
        }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = 232 + max(0, min(23, (average - 3) / 10))
        let target = (r, g, b)
        return distance(paletteRGB(grey), target) < distance(paletteRGB(cube), target) ? grey : cube
    }

    static func nearest(in range: Range<Int>, to target: (UInt8, UInt8, UInt8)) -> Int {
        range.min { distance(paletteRGB($0), target) < distance(paletteRGB($1), target) } ?? 0
    }

    /// Squared distance, weighted the way the eye weighs red, green and blue ("redmean").
    static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let rMean = (Int(a.0) + Int(b.0)) / 2
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return ((512 + rMean) * dr * dr) / 256 + 4 * dg * dg + ((767 - rMean) * db * db) / 256
    }
}
