/// `?`: every key, generated from the keymap table, grouped by where it works.
enum HelpOverlay {
    /// The lines of the help, also what the README's key table is generated from.
    static func lines(keymap: Keymap) -> [(key: String, help: String, heading: Bool)] {
        var out: [(String, String, Bool)] = []
        let scopes: [KeyScope] = [.global] + Pane.allCases.map { .pane($0) } + [.accountCard]
        for scope in scopes {
            let bindings = keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(("", "", false)) }
            out.append((scope.title, "", true))
            for b in bindings {
                out.append((b.keys.isEmpty ? ":\(b.command.name)" : b.keyLabel, b.help, false))
            }
        }
        out.append(("", "", false))
        out.append(("Marks", "", true))
        out.append(("✓ ✗ ! ·", "Met with valid evidence · Not Met · Met but stale or unevidenced · Unassessed", false))
        out.append(("⚑", "Schedule-driven transition (moved past the gate by override)", false))
        out.append(("•", "Needs attention (press a in the portfolio to see why)", false))
        out.append(("T−2 T+12", "Days before or after the transfer day", false))
        return out
    }

    /// Long descriptions wrap under themselves rather than being cut.
    static func wrapped(keymap: Keymap, innerWidth: Int) -> [(key: String, help: String, heading: Bool)] {
        lines(keymap: keymap).flatMap { line -> [(key: String, help: String, heading: Bool)] in
            guard !line.heading, !line.help.isEmpty else { return [line] }
            let pieces = wrap(line.help, width: max(10, innerWidth - 16 - 4))
            return pieces.enumerated().map { (i, piece) in (i == 0 ? line.key : "", piece, false) }
        }
    }

    /// The scroll that puts a group's heading ("Account card") at the top, on a screen this wide.
    static func scroll(toHeading heading: String, keymap: Keymap, screenWidth: Int) -> Int {
        let inner = min(screenWidth - 4, 96) - 2
        return wrapped(keymap: keymap, innerWidth: inner).firstIndex { $0.heading && $0.key == heading } ?? 0
    }

    static func draw(scroll: Int, keymap: Keymap, into grid: inout CellGrid) {
        let width = min(grid.width - 4, 96)
        let height = grid.height - 4
        let rect = Rect(x: (grid.width - width) / 2, y: 2, width: width, height: height)
        grid.fill(rect, style: CellStyle(.dialog))
        grid.box(rect, title: "Keys · Esc closes", focused: true)
        let inner = rect.inset
        let keyWidth = 16
        let all = wrapped(keymap: keymap, innerWidth: inner.width)
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
