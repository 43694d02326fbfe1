import BatonUI
import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns what get_wch reports into `KeyEvent`s: keys, Alt-keys, pastes, resizes and clicks.
struct KeyReader {
    /// Events already read but not yet handed out (the key after an Esc, the rest of a burst).
    private var pending: [KeyEvent] = []
    /// Raw inputs read ahead that are still to be turned into events.
    private var lookahead: [Raw] = []
    var mouse = false

    /// Without bracketed paste (a terminal that lacks it), printable characters that arrive all at
    /// once, this many or more and not all one key held down, are taken for a paste. Kept high:
    /// a handful of keys can queue up while a frame is drawn (j j j Space) and must stay keys.
    static let pasteMinimum = 24
    /// A paste is read to its end, but not without limit.
    static let pasteMaximum = 1 << 16

    /// One get_wch result.
    enum Raw: Equatable {
        case character(UInt32)
        case keyCode(Int32)
    }

    /// Key codes we ask curses to report for the bracketed-paste markers (above every KEY_ code).
    static let pasteBeginCode: Int32 = 0x2000
    static let pasteEndCode: Int32 = 0x2001
    static let pasteBeginSequence = "\u{1B}[200~"
    static let pasteEndSequence = "\u{1B}[201~"
    /// A paste larger than this is cut: a form field has no use for more, and memory stays bounded.
    static let bracketedPasteLimit = 1 << 20
    /// Input that was already waiting when Baton could not read it (typed while a large store
    /// opened, or while something slow ran) was typed key by key: it is read as keys, never taken
    /// for a paste (on the dashboard a paste runs no command, so a `q` at its end would be lost).
    /// Cleared once the waiting input is drained; set again by `Terminal.readWaitingInputAsKeys()`.
    var typedAhead = true

    mutating func read(timeoutMilliseconds: Int) -> KeyEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        if typedAhead, lookahead.isEmpty {
            // Nothing waiting: from now on input arrives as it is typed (or pasted).
            if let waiting = next(timeout: 0) { lookahead.append(waiting) } else { typedAhead = false }
        }
        guard let first = next(timeout: Int32(clamping: max(-1, timeoutMilliseconds))) else {
            typedAhead = false
            return nil
        }
        switch first {
        case .character(27):
            // Esc, or Alt-x when the next key is already here (the terminal sends ESC x).
            guard let after = next(timeout: 0) else { return .escape }
            if case .character(let c) = after, Self.isPrintable(c), let scalar = Unicode.Scalar(c) {
                return .alt(Character(scalar))
            }
            // Alt-Backspace (ESC DEL, or ESC BS): a word delete, not an Esc that would close a form.
            if case .character(let c) = after, c == 127 || c == 8 {
                return .alt(Character(Unicode.Scalar(UInt8(c))))
            }
            lookahead.insert(after, at: 0)
            return .escape
        case .character(let c) where Self.isPrintable(c):
            return readBurst(startingWith: c)
        case .keyCode(Self.pasteBeginCode):
            return readBracketedPaste()
        default:
            return event(for: first)
        }
    }

    /// Everything up to the end marker is one paste, line breaks and all.
    private mutating func readBracketedPaste() -> KeyEvent? {
        var text = String.UnicodeScalarView()
        var previous: UInt32 = 0
        var count = 0
        // The rest of a paste is already on its way: wait a little for each part, not forever.
        while let raw = next(timeout: 200) {
            guard case .character(let c) = raw else {
                if case .keyCode(Self.pasteEndCode) = raw { break }
                continue
            }
            count += 1
            if count > Self.bracketedPasteLimit { continue }
            if c == 10 && previous == 13 { previous = c; continue }   // CR LF is one line break
            if let scalar = Unicode.Scalar(c == 13 ? 10 : c) { text.append(scalar) }
            previous = c
        }
        return .paste(String(text))
    }

    /// A printable key and whatever text arrived with it: one key, or a paste.
    private mutating func readBurst(startingWith first: UInt32) -> KeyEvent? {
        var burst: [UInt32] = [first]
        let typedAhead = typedAhead
        while burst.count < Self.pasteMaximum {
            guard let raw = next(timeout: 0) else {
                // Drained: what comes from now on arrives as it is typed (or pasted).
                self.typedAhead = false
                break
            }
            // Printable characters only: a Tab or Enter right after typed text is a key (next field,
            // save), and real pastes with line breaks arrive bracketed.
            guard case .character(let c) = raw, Self.isPrintable(c) else {
                lookahead.insert(raw, at: 0)
                break
            }
            burst.append(c)
        }
        let isPaste = !typedAhead && burst.count >= Self.pasteMinimum && !Self.isHeldKey(burst)
        if isPaste {
            var text = String.UnicodeScalarView()
            var previous: UInt32 = 0
            for c in burst {
                if c == 10 && previous == 13 { previous = c; continue }   // CR LF is one line break
                if let scalar = Unicode.Scalar(c == 13 ? 10 : c) { text.append(scalar) }
                previous = c
            }
            return .paste(String(text))
        }
        let events = burst.compactMap { event(for: .character($0)) }
        pending.append(contentsOf: events.dropFirst())
        return events.first
    }

    /// A key held down (or sent by a script) and perhaps a few others after it — `jjjj…jq` — is
    /// keys: text a person pastes is not nine parts in ten one character.
    static func isHeldKey(_ burst: [UInt32]) -> Bool {
        var counts: [UInt32: Int] = [:]
        for c in burst { counts[c, default: 0] += 1 }
        return (counts.values.max() ?? 0) * 10 >= burst.count * 9
    }

    /// The next raw input: read ahead first, then get_wch with `timeout` ms (-1 waits, 0 polls).
    private mutating func next(timeout: Int32) -> Raw? {
        if !lookahead.isEmpty { return lookahead.removeFirst() }
        wtimeout(baton_stdscr(), timeout)
        var ch: wint_t = 0
        switch wget_wch(baton_stdscr(), &ch) {
        case OK: return .character(UInt32(ch))
        case baton_key_code_yes(): return .keyCode(Int32(ch))
        default: return nil   // ERR: nothing within the timeout, or a signal cut the wait short
        }
    }

    /// What one raw input means on its own.
    private func event(for raw: Raw) -> KeyEvent? {
        switch raw {
        case .character(let c):
            switch c {
            case 9: return .tab
            case 10, 13: return .enter
            case 27: return .escape
            case 8, 127: return .backspace
            case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(c) + 96)))
            case 28: return .ctrl("\\")
            case 29: return .ctrl("]")
            case 30: return .ctrl("^")
            case 31: return .ctrl("_")
            default:
                guard Self.isPrintable(c), let scalar = Unicode.Scalar(c) else { return nil }
                return .char(Character(scalar))
            }
        case .keyCode(let code):
            switch code {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_HOME, KEY_A1: return .home
            case KEY_END, KEY_C1: return .end
            case KEY_PPAGE, KEY_A3: return .pageUp
            case KEY_NPAGE, KEY_C3: return .pageDown
            case KEY_BTAB: return .backTab
            case KEY_DC: return .delete
            case KEY_BACKSPACE: return .backspace
            case KEY_ENTER: return .enter
            case KEY_RESIZE: return .resize(width: Int(baton_cols()), height: Int(baton_rows()))
            case KEY_MOUSE: return mouse ? mouseEvent() : nil
            case baton_key_f(1)...baton_key_f(63): return .function(Int(code - baton_key_f0()))
            default: return nil
            }
        }
    }

    private func mouseEvent() -> KeyEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        if state & baton_button4_pressed() != 0 { return .scrollUp }
        if baton_button5_pressed() != 0, state & baton_button5_pressed() != 0 { return .scrollDown }
        if state & (baton_button1_pressed() | baton_button1_clicked()) != 0 {
            return .click(x: Int(event.x), y: Int(event.y))
        }
        return nil
    }

    /// A character that stands for itself: not C0, DEL or C1.
    static func isPrintable(_ c: UInt32) -> Bool {
        c >= 0x20 && c != 0x7F && !(0x80...0x9F).contains(c) && Unicode.Scalar(c) != nil
    }

}
