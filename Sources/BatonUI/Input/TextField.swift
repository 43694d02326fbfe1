import BatonCore

/// One field of a form being typed into: its text, where the cursor is, and what every editing key does.
///
/// The cursor counts Characters (grapheme clusters), so it can never stand inside a CJK character,
/// an emoji sequence or a letter with its combining accent. Keys that are not for editing (Tab,
/// Esc, Enter on a single-line field, Ctrl-S …) are handed back so the form can act on them.
public struct TextField: Equatable, Codable, Sendable {
    /// What was typed; line breaks only when `multiLine`.
    public var text: String
    /// A position between Characters, 0...text.count.
    public var cursor: Int
    public let multiLine: Bool
    public var label: String
    /// The whole text is selected, as when a form's pre-filled field is entered: typing or
    /// pasting replaces it, Backspace clears it, a motion key puts the cursor in it instead.
    public var selected = false
    /// The display column Up/Down aim for, kept while passing through shorter lines so the
    /// cursor comes back to where it was on the next long one; `at` is where that left the
    /// cursor, so a cursor moved from outside (a click) starts afresh.
    private var goalColumn: (column: Int, at: Int)?

    /// Starts with the cursor at the end. `text` is cleaned as if it had been pasted, so the field
    /// shows exactly what it will hand back.
    public init(label: String, text: String = "", multiLine: Bool = false) {
        self.label = label
        self.multiLine = multiLine
        self.text = TextField.clean(text, multiLine: multiLine)
        self.cursor = self.text.count
    }

    /// Nothing but spaces and line breaks: a field nobody really filled in.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// The goal column is a memory of the last motion, not part of what the field holds.
    public static func == (a: TextField, b: TextField) -> Bool {
        a.text == b.text && a.cursor == b.cursor && a.multiLine == b.multiLine && a.label == b.label && a.selected == b.selected
    }

    /// Selects the whole text (nothing to select when it is empty), the cursor at its end.
    public mutating func selectAll() {
        selected = !text.isEmpty
        cursor = text.count
    }

    /// Applies an editing key; returns false when the key is not an editing key (Tab, Enter on a
    /// single-line field, Esc, Ctrl-S …) so the form can use it. An editing key that has nothing
    /// to do (Backspace at the start) is still consumed.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        cursor = min(max(cursor, 0), text.count)
        if selected, let consumed = handleSelected(key) { return consumed }
        switch key {
        case .up, .down:
            guard multiLine else { return false }
            moveVertically(by: key == .up ? -1 : 1)
            return true
        case .char(let c): insert(String(c))
        case .paste(let s): insert(s)
        case .enter:
            guard multiLine else { return false }
            insert("\n")
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = lineStart(cursor)
        case .end, .ctrl("e"): cursor = lineEnd(cursor)
        case .backspace: if cursor > 0 { remove(cursor - 1..<cursor) }
        case .delete, .ctrl("d"): if cursor < text.count { remove(cursor..<cursor + 1) }
        case .ctrl("w"): remove(walkBack(from: walkBack(from: cursor, while: \.isWhitespace)) { !$0.isWhitespace }..<cursor)
        // Alt-Backspace arrives as Alt with DEL (or BS) when the key reader reports it as one key.
        case .alt("\u{7F}"), .alt("\u{08}"): remove(wordStart(before: cursor)..<cursor)
        case .alt("b"): cursor = wordStart(before: cursor)
        case .alt("f"): cursor = wordEnd(after: cursor)
        case .alt("d"): remove(cursor..<wordEnd(after: cursor))
        case .ctrl("u"): remove(lineStart(cursor)..<cursor)
        case .ctrl("k"): remove(cursor..<lineEnd(cursor))
        default: return false
        }
        goalColumn = nil
        return true
    }

    /// A key on a selected text: what replaces or clears it, or where a motion leaves the cursor.
    /// Nil hands the key on to the usual editing (the selection already dropped).
    private mutating func handleSelected(_ key: KeyEvent) -> Bool? {
        selected = false
        switch key {
        case .char, .paste:
            text = ""
            cursor = 0
            return nil
        case .enter where multiLine:
            text = ""
            cursor = 0
            return nil
        case .backspace, .delete, .ctrl("d"), .ctrl("w"), .ctrl("u"), .ctrl("k"), .alt("\u{7F}"), .alt("\u{08}"), .alt("d"):
            text = ""
            cursor = 0
            goalColumn = nil
            return true
        case .left, .home, .ctrl("a"):
            cursor = 0
            goalColumn = nil
            return true
        case .right, .end, .ctrl("e"):
            cursor = text.count
            goalColumn = nil
            return true
        default:
            return nil
        }
    }

    // MARK: Editing

    /// Inserts typed or pasted text at the cursor as one edit, cleaned for this kind of field.
    private mutating func insert(_ raw: String) {
        let clean = TextField.clean(raw, multiLine: multiLine, pasted: true)
        guard !clean.isEmpty else { return }
        let at = index(cursor)
        // A combining accent or a joiner typed after a character becomes part of it: count the
        // Characters the insertion adds together with its left neighbour, not on their own.
        let neighbour = at > text.startIndex ? String(text[text.index(before: at)]) : ""
        let added = (neighbour + clean).count - (neighbour.isEmpty ? 0 : 1)
        text.insert(contentsOf: clean, at: at)
        cursor = min(cursor + added, text.count)
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let lower = index(range.lowerBound)
        text.removeSubrange(lower..<text.index(lower, offsetBy: range.count))
        cursor = min(range.lowerBound, text.count)
    }

    /// Pasted or given text as this field keeps it (`SafeText.typed`, the cleaning every
    /// input of a change gets, from the shell as well).
    static func clean(_ raw: String, multiLine: Bool, pasted: Bool = false) -> String {
        SafeText.typed(raw, multiLine: multiLine, pasted: pasted)
    }

    // MARK: Motion

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: min(max(offset, 0), text.count))
    }

    /// The offset reached walking left from `offset` over Characters that satisfy `test`.
    private func walkBack(from offset: Int, while test: (Character) -> Bool) -> Int {
        var n = offset
        var i = index(offset)
        while i > text.startIndex {
            let before = text.index(before: i)
            guard test(text[before]) else { break }
            i = before
            n -= 1
        }
        return n
    }

    /// The offset reached walking right from `offset` over Characters that satisfy `test`.
    private func walkForward(from offset: Int, while test: (Character) -> Bool) -> Int {
        var n = offset
        var i = index(offset)
        while i < text.endIndex, test(text[i]) {
            i = text.index(after: i)
            n += 1
        }
        return n
    }

    /// Letters, digits and underscores make words (as in a shell's Alt-b / Alt-f).
    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    private func wordStart(before offset: Int) -> Int {
        walkBack(from: walkBack(from: offset) { !Self.isWordCharacter($0) }, while: Self.isWordCharacter)
    }

    private func wordEnd(after offset: Int) -> Int {
        walkForward(from: walkForward(from: offset) { !Self.isWordCharacter($0) }, while: Self.isWordCharacter)
    }

    private func lineStart(_ offset: Int) -> Int {
        multiLine ? walkBack(from: offset) { !$0.isNewline } : 0
    }

    private func lineEnd(_ offset: Int) -> Int {
        multiLine ? walkForward(from: offset) { !$0.isNewline } : text.count
    }

    /// Columns a Character takes in the field. One that draws as nothing (a lone combining mark,
    /// a zero-width space) still gets a column, so the cursor can be seen standing on it.
    static func columns(_ c: Character) -> Int { max(1, DisplayText.width(of: c)) }

    /// Moves to the line above or below, as near the goal display column as that line allows.
    /// Past the first or last line the cursor goes to the start or the end of the text.
    private mutating func moveVertically(by step: Int) {
        let start = lineStart(cursor)
        let goal = goalColumn.flatMap { $0.at == cursor ? $0.column : nil }
            ?? text[index(start)..<index(cursor)].reduce(0) { $0 + Self.columns($1) }
        if step < 0 {
            cursor = start == 0 ? 0 : offset(inLineAt: lineStart(start - 1), column: goal)
        } else {
            let end = lineEnd(cursor)
            cursor = end == text.count ? end : offset(inLineAt: end + 1, column: goal)
        }
        goalColumn = (goal, cursor)
    }

    /// The cursor offset in the line starting at `start` whose column is the nearest at or before `column`.
    private func offset(inLineAt start: Int, column: Int) -> Int {
        var n = start
        var x = 0
        var i = index(start)
        while i < text.endIndex, !text[i].isNewline {
            let w = Self.columns(text[i])
            if x + w > column { break }
            x += w
            n += 1
            i = text.index(after: i)
        }
        return n
    }
}

extension TextField {
    private enum CodingKeys: String, CodingKey { case text, cursor, multiLine, label }

    /// Kept in a draft: what was typed and where the cursor was; the goal column is not kept.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(label: try c.decode(String.self, forKey: .label), text: try c.decode(String.self, forKey: .text),
                  multiLine: try c.decode(Bool.self, forKey: .multiLine))
        cursor = min(max(0, try c.decode(Int.self, forKey: .cursor)), text.count)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(cursor, forKey: .cursor)
        try c.encode(multiLine, forKey: .multiLine)
        try c.encode(label, forKey: .label)
    }
}
