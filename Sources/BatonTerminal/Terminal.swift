import BatonThemes
import BatonUI
import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the terminal could not be taken over.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "baton needs a terminal: standard input and output must not be redirected"
        case .unknownTerminal(let term):
            "the terminal type \"\(term)\" is not known here (check TERM, or try TERM=xterm-256color)"
        }
    }
}

/// The screen: the only code that calls ncurses. It draws a `CellGrid` (only the cells that
/// changed), reads keys as `KeyEvent`s, and restores the terminal on every way out.
///
/// One instance per process, used from the thread that runs the loop.
public final class Terminal {
    /// The theme asked for; what is drawn is `theme.drawable(at: colorDepth, …)`.
    public var theme: Theme { didSet { themeChanged() } }
    public private(set) var colorDepth: ColorDepth = .none
    public private(set) var isStarted = false
    public private(set) var mouse: Bool

    private let monochrome: Theme
    private let logPath: String?
    private var screen: OpaquePointer?
    private var savedStderr: Int32 = -1
    private var utf8 = true
    private var pairs = ColorPairs(depth: .none, hasDefaultColors: false, limit: 0)
    private var looks: [CellStyle: (attrs: attr_t, pair: Int32)] = [:]
    private var drawnTheme: Theme
    private var lastGrid: CellGrid?
    private var clearRequested = false
    /// The first frame after taking the screen is written directly: curses may still be setting
    /// the terminal's modes on the output then.
    private var drawDirectly = true
    private var keys = KeyReader()
    private var clusterBuffer: [wchar_t] = Array(repeating: 0, count: 6)

    /// - Parameters:
    ///   - theme: from `ThemeLoader`; on a terminal without colour a colour theme gives way to
    ///     `monochrome` so that Met, Not Met and stale stay distinguishable.
    ///   - mouse: clicks and the wheel; off by default so the terminal's own selection works.
    ///   - logPath: where stderr goes while curses owns the screen (nil: /dev/null).
    public init(theme: Theme, monochrome: Theme? = nil, mouse: Bool = false, logPath: String? = nil) {
        self.theme = theme
        self.drawnTheme = theme
        self.monochrome = monochrome
            ?? BuiltinThemes.source(named: "monochrome").map { ThemeParser.parse($0, file: "monochrome").theme(named: "monochrome") }
            ?? theme
        self.mouse = mouse
        self.logPath = logPath
    }

    deinit { stop() }

    /// Takes over the screen, as htop does: locale first, raw keys (Ctrl-C is a key), no echo,
    /// keypad, Esc without delay, no cursor, the user's own colours. Calling it again after
    /// `stop()` takes the screen back (after a shell-out, say).
    public func start() throws {
        guard !isStarted else { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        TerminalSignals.install()
        CrashHandler.prepare()
        if screen == nil {
            setlocale(LC_ALL, "")
            utf8 = String(cString: baton_codeset()) == "UTF-8"
        }
        redirectStderr()
        if screen == nil {
            guard let created = baton_newterm() else {
                restoreStderr()
                throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
            }
            screen = created
            setUpModes()
        } else {
            reset_prog_mode()
            clearRequested = true
        }
        CrashHandler.arm(realStderr: savedStderr, logPath: logPath)
        isStarted = true
        lastGrid = nil
        drawDirectly = true
        if mouse { setMouse(true) }
    }

    private func setUpModes() {
        let win = baton_stdscr()
        raw()
        noecho()
        nonl()
        keypad(win, true)
        intrflush(win, false)
        leaveok(win, true)
        set_escdelay(25)
        curs_set(0)
        // Home and End arrive in several spellings (tmux, rxvt, the linux console, xterm in
        // either cursor mode); terminfo knows only the one for TERM.
        for (sequence, key) in [("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
                                ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END)]
        where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
        // Bracketed paste: the terminal wraps a paste in ESC[200~ … ESC[201~, so a paste is known
        // for what it is however fast it arrives, and never taken for keys that run commands.
        define_key(KeyReader.pasteBeginSequence, KeyReader.pasteBeginCode)
        define_key(KeyReader.pasteEndSequence, KeyReader.pasteEndCode)
        Self.writeToTerminal("\u{1B}[?2004h")
        var depth = ColorDepth.none
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            depth = ColorDepth(colors: Int(baton_colors()))
        }
        colorDepth = depth
        pairs = ColorPairs(depth: depth, hasDefaultColors: defaults, limit: Int32(baton_color_pairs()))
        themeChanged()
    }

    /// A mode switch curses has no capability for (bracketed paste), written straight to the terminal.
    private static func writeToTerminal(_ sequence: String) {
        fflush(nil)
        _ = sequence.utf8CString.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count - 1) }
    }

    /// Gives the screen back: endwin, stderr restored. Safe to call twice, and from deinit.
    public func stop() {
        guard isStarted else { return }
        isStarted = false
        if mouse { mousemask(0, nil) }
        Self.writeToTerminal("\u{1B}[?2004l")
        endwin()
        let fd = CrashHandler.disarm()
        if fd >= 0 { savedStderr = fd }
        restoreStderr()
    }

    // MARK: - Size and drawing

    /// Columns and rows, as curses last learned them (it updates on SIGWINCH / KEY_RESIZE).
    public var size: (width: Int, height: Int) {
        guard isStarted else { return (80, 24) }
        return (Int(baton_cols()), Int(baton_rows()))
    }

    /// Asks the next `draw` to repaint everything (Ctrl-L: the screen was scribbled on).
    public func redraw() {
        clearRequested = true
    }

    /// Draws `grid`, writing only the cells that differ from the last frame; everything when the
    /// size changed or a redraw was asked for. One refresh per frame, one write to the terminal.
    public func draw(_ grid: CellGrid) {
        guard isStarted else { return }
        let win = baton_stdscr()
        let (cols, rows) = (Int(baton_cols()), Int(baton_rows()))
        var previous = lastGrid
        if previous?.width != grid.width || previous?.height != grid.height || clearRequested {
            previous = nil
            werase(win)
        }
        if clearRequested {
            clearok(baton_curscr(), true)
            clearRequested = false
        }
        for y in 0..<min(grid.height, rows) {
            for x in 0..<min(grid.width, cols) {
                let cell = grid[x, y]
                if let previous, previous[x, y] == cell { continue }
                if cell.isContinuation {
                    // The left half draws both columns; if only this half changed (its style),
                    // draw the left half again so the whole character matches.
                    if x > 0, let previous, previous[x - 1, y] == grid[x - 1, y], !grid[x - 1, y].isContinuation {
                        put(grid[x - 1, y], x: x - 1, y: y, wide: true, columns: cols)
                    }
                    continue
                }
                let wide = x + 1 < grid.width && grid[x + 1, y].isContinuation
                put(cell, x: x, y: y, wide: wide, columns: cols)
            }
        }
        lastGrid = grid
        wnoutrefresh(win)
        // One write per frame (see baton_frame_begin): curses alone writes at every cursor move.
        let captured = !drawDirectly && baton_frame_begin(Int32(rows), Int32(cols)) == 1
        drawDirectly = false
        doupdate()
        if captured { baton_frame_end() }
    }

    /// Writes one cell. curses (through wcwidth) and the grid (through DisplayText) can disagree
    /// on a character's width — an emoji with a variation selector, a flag, a character newer
    /// than the C library — so the grid's width wins: a character curses would draw narrower is
    /// drawn bare and followed by a space, one it would draw wider is replaced.
    private func put(_ cell: Cell, x: Int, y: Int, wide: Bool, columns: Int) {
        let (attrs, pair) = look(cell.style)
        // The same rule for every character, ASCII included: a joiner after a letter never reaches the terminal.
        var scalars = cell.text.first.map(DisplayText.drawnScalars) ?? []
        if scalars.isEmpty { scalars = [" "] }
        let first = scalars.first?.value ?? 0x20
        if first < 0x20 || (0x7F...0x9F).contains(first) { scalars = [" "] }   // never a control
        var padRight = false
        if !utf8, let base = scalars.first, !base.isASCII {
            // Without a UTF-8 locale curses cannot write these: box lines become ASCII, the
            // rest a question mark as wide as the grid says.
            scalars = [Self.asciiFallback(base)]
            padRight = wide
        }
        if wide, scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) {
            // A flag: curses keeps one regional indicator of the pair; its two letters say more.
            scalars = scalars.map { Unicode.Scalar($0.value - 0x1F1E6 + 0x41)! }
            put(Cell(String(scalars[0]), style: cell.style), x: x, y: y, wide: false, columns: columns)
            if x + 1 < columns { put(Cell(String(scalars[1]), style: cell.style), x: x + 1, y: y, wide: false, columns: columns) }
            return
        }
        if let base = scalars.first, !base.isASCII {
            // curses keeps one spacing character and the zero-width ones after it; a joiner or a
            // variation selector left dangling there leaks into the next cell on some
            // terminals, so keep the base and its combining marks only (👩‍💻 is drawn as 👩).
            var kept = [base]
            for s in scalars.dropFirst() {
                if s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value) || baton_wcwidth(wchar_t(bitPattern: s.value)) != 0 { break }
                kept.append(s)
            }
            scalars = kept
            let cw = Int(baton_wcwidth(wchar_t(bitPattern: base.value)))
            if wide && cw != 2 {
                if cw != 1 { scalars = [utf8 ? "\u{FFFD}" : "?"] }
                padRight = true
            } else if !wide && cw != 1 {
                scalars = [utf8 ? "\u{FFFD}" : "?"]
            }
        }
        for (i, s) in scalars.enumerated() { clusterBuffer[i] = wchar_t(bitPattern: s.value) }
        clusterBuffer[scalars.count] = 0
        _ = baton_put_cluster(Int32(y), Int32(x), clusterBuffer, attrs, pair)
        if padRight && x + 1 < columns {
            clusterBuffer[0] = 0x20
            clusterBuffer[1] = 0
            _ = baton_put_cluster(Int32(y), Int32(x + 1), clusterBuffer, attrs, pair)
        }
    }

    private static func asciiFallback(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2500, 0x2501, 0x2504...0x2505, 0x2508...0x2509, 0x254C...0x254D, 0x2550: "-"
        case 0x2502, 0x2503, 0x2506...0x2507, 0x250A...0x250B, 0x254E...0x254F, 0x2551: "|"
        case 0x250C...0x254B, 0x2552...0x256C: "+"
        case 0x2026: "."
        default: "?"
        }
    }

    /// Attributes and colour pair for a cell style, worked out once per style and theme.
    private func look(_ style: CellStyle) -> (attrs: attr_t, pair: Int32) {
        if let known = looks[style] { return known }
        let s = drawnTheme.look(of: style, depth: colorDepth)
        var attrs = baton_a_normal()
        if s.bold { attrs |= baton_a_bold() }
        if s.underline { attrs |= baton_a_underline() }
        if s.reverse { attrs |= baton_a_reverse() }
        if s.dim { attrs |= baton_a_dim() }
        let result = (attrs, pairs.pair(fg: s.fg, bg: s.bg))
        looks[style] = result
        return result
    }

    private func themeChanged() {
        drawnTheme = theme.drawable(at: colorDepth, monochrome: monochrome)
        looks = [:]
        lastGrid = nil
    }

    // MARK: - Keys

    /// The next key, or nil when none came within `timeoutMilliseconds` (-1 waits for ever).
    /// A signal (SIGTERM, SIGHUP) also ends the wait early: check `Terminal.pendingSignal` after.
    public func readKey(timeoutMilliseconds: Int) -> KeyEvent? {
        guard isStarted else { return nil }
        let event = keys.read(timeoutMilliseconds: timeoutMilliseconds)
        if case .resize = event { lastGrid = nil }
        if event == nil, isatty(STDIN_FILENO) != 1 {
            // The terminal is gone (closed without a SIGHUP reaching us): stop like a hangup
            // rather than spin on reads that fail at once.
            TerminalSignals.note(SIGHUP)
        }
        return event
    }

    /// Input waiting now was typed while Baton was busy (a large store opening): read it as keys,
    /// not as a paste.
    public func readWaitingInputAsKeys() {
        keys.typedAhead = true
    }

    /// Mouse clicks and the wheel on or off.
    public func setMouse(_ on: Bool) {
        mouse = on
        keys.mouse = on
        guard isStarted else { return }
        let mask = baton_button1_pressed() | baton_button1_clicked() | baton_button4_pressed() | baton_button5_pressed()
        mousemask(on ? mask : 0, nil)
        mouseinterval(0)
    }

    // MARK: - Signals

    /// SIGTERM, SIGHUP or SIGINT if one has arrived and not been taken: the run loop should
    /// make pending changes durable, `stop()`, and exit.
    public static var pendingSignal: Int32? { TerminalSignals.pending }

    /// The pending signal, cleared.
    public static func takePendingSignal() -> Int32? { TerminalSignals.take() }

    /// Installs the SIGTERM / SIGHUP / SIGINT flag handlers (`start()` does this too): call it
    /// early if a signal before the screen is up should also be noted rather than kill at once.
    public static func installSignalHandlers() { TerminalSignals.install() }

    // MARK: - stderr

    private func redirectStderr() {
        let target = logPath ?? "/dev/null"
        let fd = open(target, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        fflush(nil)
        savedStderr = dup(STDERR_FILENO)
        dup2(fd, STDERR_FILENO)
        close(fd)
    }

    private func restoreStderr() {
        guard savedStderr >= 0 else { return }
        fflush(nil)
        dup2(savedStderr, STDERR_FILENO)
        close(savedStderr)
        savedStderr = -1
    }
}
