/// `?`: every key, generated from the keymap table, grouped by where it works.
enum HelpOverlay {
    /// The lines of the help, also what the keys page (docs/keys.md) is generated from.
    static func lines(keymap: Keymap) -> [(key: String, help: String, heading: Bool)] {
        // What the symbols on screen mean comes first: it is what a new lead needs before any key.
        var out: [(String, String, Bool)] = legend
        let scopes: [KeyScope] = [.global] + Pane.allCases.map { .pane($0) } + [.accountCard]
        for scope in scopes {
            let bindings = keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            out.append(("", "", false))
            out.append((scope.title, "", true))
            for b in bindings {
                out.append((b.keys.isEmpty ? ":\(b.command.name)" : b.keyLabel, b.help, false))
            }
        }
        // Each form, meeting and view: its own keys, from the table its update dispatches on.
        for (context, keys) in Keymap.overlayKeys {
            out.append(("", "", false))
            out.append((context.title, "", true))
            for k in keys { out.append((k.label, k.help, false)) }
        }
        return out
    }

    /// Every symbol the screen uses, and what it means.
    static let legend: [(key: String, help: String, heading: Bool)] = [
        ("What the symbols mean", "", true),
        ("✓ ✗ ! ·", "Readiness: Met with valid evidence · Not Met · Met but stale or unevidenced · Unassessed", false),
        ("6/6", "Readiness score: conditions valid of six (Rdy in the portfolio)", false),
        ("T−2 T+12 T-day", "Days before or after the transfer day", false),
        ("G A R", "Health: Green, Amber, Red", false),
        ("•", "Needs attention (a in the portfolio lists only those, with why)", false),
        ("⚑", "Schedule-driven transition: moved past the gate by override, without Cleared", false),
        ("⊘", "Archived (X lists archived accounts)", false),
        ("★", "The customer's sponsor (account card, contacts)", false),
        ("✓ ○ !", "Timeline: done · due · overdue; ▶ marks today", false),
        ("L×I 1–9", "Risk severity: likelihood × impact; the 3×3 heat map counts open risks per cell", false),
        ("↑ more ↓ more", "A form or list continues above or below", false),
    ]

    /// The help narrowed to lines holding every typed word (ignoring case), each under its heading.
    static func matching(_ query: String, in all: [(key: String, help: String, heading: Bool)])
        -> [(key: String, help: String, heading: Bool)] {
        let words = query.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return all }
        var out: [(key: String, help: String, heading: Bool)] = []
        var heading: (key: String, help: String, heading: Bool)?
        for line in all {
            if line.heading { heading = line; continue }
            let hay = (line.key + " " + line.help).lowercased()
            guard !line.help.isEmpty, words.allSatisfy({ hay.contains($0) }) else { continue }
            if let h = heading {
                if !out.isEmpty { out.append(("", "", false)) }
                out.append(h)
                heading = nil
            }
            out.append(line)
        }
        return out
    }

    /// The width of the keys' column.
    static let keyWidth = 16

    /// Long descriptions wrap under themselves rather than being cut, and so do keys too many for
    /// their column ("j ↓ k ↑ g Home G" and "End PgDn PgUp" below it).
    static func wrapped(_ lines: [(key: String, help: String, heading: Bool)], innerWidth: Int)
        -> [(key: String, help: String, heading: Bool)] {
        lines.flatMap { line -> [(key: String, help: String, heading: Bool)] in
            guard !line.heading, !line.help.isEmpty else { return [line] }
            let help = wrap(line.help, width: max(10, innerWidth - keyWidth - 4))
            let keys = wrap(line.key, width: keyWidth)
            return (0..<max(help.count, keys.count)).map { i in
                (keys.indices.contains(i) ? keys[i] : "", help.indices.contains(i) ? help[i] : "", false)
            }
        }
    }

    static func wrapped(keymap: Keymap, innerWidth: Int) -> [(key: String, help: String, heading: Bool)] {
        wrapped(lines(keymap: keymap), innerWidth: innerWidth)
    }

    /// The furthest the whole help scrolls on a screen of this size (its last line at the bottom).
    static func maxScroll(keymap: Keymap, width: Int, height: Int) -> Int {
        let inner = min(width - 4, 96) - 2
        return max(0, wrapped(keymap: keymap, innerWidth: inner).count - (height - 6))
    }

    /// The scroll that puts a group's heading ("Account card") at the top, on a screen this wide.
    static func scroll(toHeading heading: String, keymap: Keymap, screenWidth: Int) -> Int {
        let inner = min(screenWidth - 4, 96) - 2
        return wrapped(keymap: keymap, innerWidth: inner).firstIndex { $0.heading && $0.key == heading } ?? 0
    }

    static func draw(scroll: Int, keymap: Keymap, query: String? = nil, into grid: inout CellGrid) {
        let width = min(grid.width - 4, 96)
        let height = grid.height - 4
        let rect = Rect(x: (grid.width - width) / 2, y: 2, width: width, height: height)
        grid.fill(rect, style: CellStyle(.dialog))
        grid.box(rect, title: "Help · / searches · Esc closes", focused: true)
        var inner = rect.inset
        var all = wrapped(keymap: keymap, innerWidth: inner.width)
        if let query {
            all = wrapped(matching(query, in: lines(keymap: keymap)), innerWidth: inner.width)
            var x = inner.x + 1
            x += grid.put("/", x: x, y: inner.y, style: CellStyle(.accent, bold: true))
            x += grid.put(query, x: x, y: inner.y, maxWidth: inner.width - 4, style: CellStyle(.input))
            grid.put("▏", x: x, y: inner.y, style: CellStyle(.accent))
            if all.isEmpty {
                grid.put("Nothing in the help matches.", x: inner.x + 1, y: inner.y + 2, maxWidth: inner.width - 2, style: CellStyle(.dim))
            }
            inner = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
        }
        let top = max(0, min(scroll, all.count - inner.height))
        for (i, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + i
            if line.heading {
                grid.put(line.key, x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: CellStyle(.header, bold: true))
            } else {
                grid.put(line.key, x: inner.x + 2, y: y, maxWidth: keyWidth, style: CellStyle(.hintKey, bold: true))
                grid.put(line.help, x: inner.x + 3 + keyWidth, y: y, maxWidth: inner.width - keyWidth - 4, style: CellStyle(.dialog))
            }
        }
        if all.count > inner.height {
            grid.footer("\(top + 1)–\(min(all.count, top + inner.height)) of \(all.count) · j/k scroll", on: rect, focused: true)
        }
    }
}

/// `:`: every command by name; typing narrows, Tab completes, Enter runs.
enum PaletteOverlay {
    static func draw(_ palette: PaletteState, keymap: Keymap, into grid: inout CellGrid) {
        let matches = palette.matches(in: keymap)
        let width = min(grid.width - 4, 72)
        let listHeight = min(matches.count, max(1, grid.height - 8))
        let rect = Rect(x: (grid.width - width) / 2, y: 2, width: width, height: listHeight + 3)
        grid.fill(rect, style: CellStyle(.dialog))
        grid.box(rect, title: "Command", focused: true)
        let inner = rect.inset
        var x = inner.x
        x += grid.put(":", x: x, y: inner.y, style: CellStyle(.accent, bold: true))
        x += grid.put(palette.query, x: x, y: inner.y, maxWidth: inner.width - 2, style: CellStyle(.input))
        grid.put("▏", x: x, y: inner.y, style: CellStyle(.accent))
        if matches.isEmpty {
            grid.put("no command matches", x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 2, style: CellStyle(.dim))
            return
        }
        let top = centeredScroll(cursor: palette.selected, count: matches.count, visible: listHeight)
        let nameWidth = 20
        for line in 0..<min(listHeight, matches.count - top) {
            let i = top + line
            let b = matches[i]
            let y = inner.y + 1 + line
            grid.put(b.command.name, x: inner.x + 1, y: y, maxWidth: nameWidth, style: CellStyle(.hintKey, bold: true))
            let keys = b.keyLabel
            let keysWidth = min(12, DisplayText.width(keys))
            grid.put(b.help, x: inner.x + 2 + nameWidth, y: y, maxWidth: inner.width - nameWidth - keysWidth - 4,
                     style: CellStyle(.dialog))
            grid.putRight(keys, rightEdge: inner.maxX - 1, y: y, maxWidth: keysWidth, style: CellStyle(.dim))
            if i == palette.selected { grid.highlightRow(inner, y: y, focused: true) }
        }
    }
}
