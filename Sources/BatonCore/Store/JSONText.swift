import Foundation

/// The raw text of a JSON document, for placing problems: where its syntax breaks, and where the
/// value at a coding path starts. Foundation reports neither as a line and column.
struct JSONText {
    let bytes: [UInt8]
    /// Where lines and accounts start, worked out once on first use, so placing each of many
    /// problems costs a search rather than a pass over the whole text (which made reporting
    /// 200,000 broken accounts quadratic).
    private let index = PlacementIndex()

    init(_ data: Data) { bytes = [UInt8](data) }

    /// Over bytes already read (the store's document): not copied again.
    init(bytes: [UInt8]) { self.bytes = bytes }

    private var count: Int { bytes.count }

    /// 1-based line, and 1-based column counted in Unicode scalars (UTF-8 continuation bytes skipped).
    func position(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(offset, count)
        let starts = index.lineStarts(bytes)
        // The last line start at or before `offset`.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        for byte in bytes[starts[low]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }

    // MARK: - Where the syntax breaks

    /// The offset and a plain description of the first syntax error, or nil when the text is JSON.
    /// Iterative, so a deeply nested file cannot overflow the stack.
    func syntaxError() -> (offset: Int, message: String)? {
        var i = 0
        var stack: [UInt8] = []
        skipSpace(&i)
        if i == count { return (i, "the file holds no JSON at all") }
        outer: while true {
            skipSpace(&i)
            guard i < count else { return truncated }
            var completed = true
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                skipSpace(&i)
                if i < count, bytes[i] == UInt8(ascii: "}") {
                    i += 1
                } else {
                    stack.append(UInt8(ascii: "{"))
                    if let error = scanKey(&i) { return error }
                    completed = false
                }
            case UInt8(ascii: "["):
                i += 1
                skipSpace(&i)
                if i < count, bytes[i] == UInt8(ascii: "]") {
                    i += 1
                } else {
                    stack.append(UInt8(ascii: "["))
                    completed = false
                }
            case UInt8(ascii: "\""):
                if let error = scanString(&i) { return error }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if let error = scanNumber(&i) { return error }
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                if let error = scanLiteral(&i) { return error }
            default:
                return (i, "unexpected \(describe(at: i)) where a value should be")
            }
            if !completed { continue }
            // After a complete value: a comma, the end of its container, or the end of the file.
            while true {
                skipSpace(&i)
                guard let open = stack.last else {
                    return i < count ? (i, "unexpected \(describe(at: i)) after the end of the document") : nil
                }
                guard i < count else { return truncated }
                let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    if open == UInt8(ascii: "{"), let error = scanKey(&i) { return error }
                    continue outer
                }
                if bytes[i] == close {
                    stack.removeLast()
                    i += 1
                    continue
                }
                let expected = open == UInt8(ascii: "{") ? "',' or '}'" : "',' or ']'"
                return (i, "expected \(expected) after a value, found \(describe(at: i))")
            }
        }
    }

    private var truncated: (offset: Int, message: String) {
        (count, "the file ends in the middle of the document: it looks truncated")
    }

    private func describe(at i: Int) -> String {
        let byte = bytes[i]
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0 { return "a NUL byte (binary data?)" }
        return byte < 0x80 ? "a control character" : "a non-ASCII character"
    }

    func skipSpace(_ i: inout Int) {
        while i < count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// A field name and its colon, with the cursor left before the value.
    private func scanKey(_ i: inout Int) -> (offset: Int, message: String)? {
        skipSpace(&i)
        guard i < count else { return truncated }
        guard bytes[i] == UInt8(ascii: "\"") else {
            return (i, "expected a quoted field name, found \(describe(at: i)) (a trailing comma?)")
        }
        if let error = scanString(&i) { return error }
        skipSpace(&i)
        guard i < count else { return truncated }
        guard bytes[i] == UInt8(ascii: ":") else { return (i, "expected ':' after a field name, found \(describe(at: i))") }
        i += 1
        return nil
    }

    func scanString(_ i: inout Int) -> (offset: Int, message: String)? {
        let start = i
        i += 1
        while i < count {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                i += 1
                return nil
            case UInt8(ascii: "\\"):
                guard i + 1 < count else { return truncated }
                let escaped = bytes[i + 1]
                if escaped == UInt8(ascii: "u") {
                    guard i + 5 < count else { return truncated }
                    let hex = bytes[(i + 2)...(i + 5)]
                    guard hex.allSatisfy({ isHexDigit($0) }) else { return (i, "a \\u escape needs four hex digits") }
                    i += 6
                } else if "\"\\/bfnrt".utf8.contains(escaped) {
                    i += 2
                } else {
                    return (i, "unknown escape \\\(Character(Unicode.Scalar(escaped))) in a string")
                }
            case 0..<0x20:
                return (i, "a raw control character or line break inside the string that starts at offset \(start)")
            default:
                i += 1
            }
        }
        return (count, "the file ends inside a string: it looks truncated")
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    private func scanNumber(_ i: inout Int) -> (offset: Int, message: String)? {
        func digits(_ i: inout Int) -> Bool {
            let start = i
            while i < count, (0x30...0x39).contains(bytes[i]) { i += 1 }
            return i > start
        }
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits(&i) else { return i == count ? truncated : (start, "malformed number") }
        if i < count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&i) else { return i == count ? truncated : (start, "malformed number") }
        }
        if i < count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&i) else { return i == count ? truncated : (start, "malformed number") }
        }
        return nil
    }

    private func scanLiteral(_ i: inout Int) -> (offset: Int, message: String)? {
        for word in ["true", "false", "null"] where word.utf8.first == bytes[i] {
            for (k, expected) in word.utf8.enumerated() {
                guard i + k < count else { return truncated }
                guard bytes[i + k] == expected else {
                    return (i, "unexpected word where a value should be (strings need double quotes)")
                }
            }
            i += word.utf8.count
            return nil
        }
        return (i, "unexpected \(describe(at: i)) where a value should be")
    }

    // MARK: - Where a coding path's value sits

    /// The offset of the value at `path`, or, when part of the path is absent, of the deepest
    /// container that exists (where a missing field would have to go). Assumes valid JSON.
    func locate(_ path: [JSONPathComponent]) -> Int {
        // An account's fields are found from where the account starts, not from the top.
        if path.count >= 3, path[0] == .key("portfolio"), path[1] == .key("accounts"), case .index(let n) = path[2],
           let starts = index.accountStarts({ arrayElementRanges(at: locate(from: 0, Array(path[0..<2]))) }), n < starts.count {
            return locate(from: starts[n], Array(path[3...]))
        }
        return locate(from: 0, path)
    }

    private func locate(from start: Int, _ path: [JSONPathComponent]) -> Int {
        var i = start
        skipSpace(&i)
        var best = i
        for component in path {
            skipSpace(&i)
            switch component {
            case .key(let name):
                guard i < count, bytes[i] == UInt8(ascii: "{") else { return best }
                i += 1
                while true {
                    skipSpace(&i)
                    guard i < count, bytes[i] == UInt8(ascii: "\""), let key = readString(&i) else { return best }
                    skipSpace(&i)
                    guard i < count, bytes[i] == UInt8(ascii: ":") else { return best }
                    i += 1
                    skipSpace(&i)
                    if key == name { break }
                    guard skipValue(&i) else { return best }
                    skipSpace(&i)
                    guard i < count, bytes[i] == UInt8(ascii: ",") else { return best }
                    i += 1
                }
            case .index(let n):
                guard i < count, bytes[i] == UInt8(ascii: "[") else { return best }
                i += 1
                for _ in 0..<n {
                    skipSpace(&i)
                    guard skipValue(&i) else { return best }
                    skipSpace(&i)
                    guard i < count, bytes[i] == UInt8(ascii: ",") else { return best }
                    i += 1
                }
                skipSpace(&i)
                guard i < count, bytes[i] != UInt8(ascii: "]") else { return best }
            }
            best = i
        }
        return best
    }

    // MARK: - Reading the shape Baton writes, front to back

    /// Steps over white space and `byte`; false (and `i` anywhere) when something else is there.
    func expect(_ byte: UInt8, at i: inout Int) -> Bool {
        skipSpace(&i)
        guard i < count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// Steps over `"name" :`; false when another key (or anything else) is there.
    func expectKey(_ name: String, at i: inout Int) -> Bool {
        skipSpace(&i)
        guard i < count, bytes[i] == UInt8(ascii: "\""), readString(&i) == name else { return false }
        return expect(UInt8(ascii: ":"), at: &i)
    }

    /// The range of the value at `i`, stepping over it.
    func value(at i: inout Int) -> Range<Int>? {
        skipSpace(&i)
        let start = i
        guard skipValue(&i) else { return nil }
        return start..<i
    }

    /// True when only white space is left.
    func atEnd(_ i: Int) -> Bool {
        var j = i
        skipSpace(&j)
        return j >= count
    }

    /// The byte ranges of the elements of the array that starts at `offset`, so each can be decoded
    /// on its own; nil when no well-formed array starts there.
    func arrayElementRanges(at offset: Int) -> [Range<Int>]? {
        var i = offset
        return arrayElements(at: &i)
    }

    /// The same, stepping `i` past the closing bracket.
    func arrayElements(at i: inout Int) -> [Range<Int>]? {
        skipSpace(&i)
        guard i < count, bytes[i] == UInt8(ascii: "[") else { return nil }
        i += 1
        var ranges: [Range<Int>] = []
        skipSpace(&i)
        if i < count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return ranges
        }
        while true {
            skipSpace(&i)
            let start = i
            guard skipValue(&i) else { return nil }
            ranges.append(start..<i)
            skipSpace(&i)
            guard i < count else { return nil }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return ranges
            }
            guard bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
    }

    /// The byte range of the value at `path`, when it is there; nil when any part is absent.
    func range(of path: [JSONPathComponent]) -> Range<Int>? {
        let start = locate(path)
        var end = start
        guard start < count, skipValue(&end) else { return nil }
        return start..<end
    }

    /// What kind of value starts at `offset`, in words: "a string", "a number"…
    func kindOfValue(at offset: Int) -> String? {
        guard offset < count else { return nil }
        switch bytes[offset] {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "a list"
        case UInt8(ascii: "t"): return "true"
        case UInt8(ascii: "f"): return "false"
        case UInt8(ascii: "n"): return "null"
        default: return "a number"
        }
    }

    /// The scalar value starting at `offset` as written, shortened for a message.
    func snippet(at offset: Int) -> String? {
        var end = offset
        guard offset < count, bytes[offset] != UInt8(ascii: "{"), bytes[offset] != UInt8(ascii: "[") else { return nil }
        if bytes[offset] == UInt8(ascii: "\"") {
            guard scanString(&end) == nil else { return nil }
        } else {
            guard skipValue(&end) else { return nil }
        }
        let text = String(decoding: bytes[offset..<end], as: UTF8.self)
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    func readString(_ i: inout Int) -> String? {
        let start = i
        guard scanString(&i) == nil else { return nil }
        let raw = bytes[(start + 1)..<(i - 1)]
        if !raw.contains(UInt8(ascii: "\\")) { return String(decoding: raw, as: UTF8.self) }
        return (try? JSONSerialization.jsonObject(with: Data(bytes[start..<i]), options: .fragmentsAllowed)) as? String
    }

    func skipValue(_ i: inout Int) -> Bool {
        guard i < count else { return false }
        switch bytes[i] {
        case UInt8(ascii: "\""):
            return scanString(&i) == nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while i < count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    guard scanString(&i) == nil else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        i += 1
                        return true
                    }
                default:
                    break
                }
                i += 1
            }
            return false
        default:
            let start = i
            while i < count, !",]} \n\r\t".utf8.contains(bytes[i]) { i += 1 }
            return i > start
        }
    }
}

/// What `JSONText` works out once to place problems quickly: where each line starts and where
/// each account of `portfolio.accounts` starts. Filled on first use, from one thread or several.
private final class PlacementIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [Int]?
    private var accounts: [Int]??

    func lineStarts(_ bytes: [UInt8]) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let lines { return lines }
        var starts = [0]
        for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
        lines = starts
        return starts
    }

    func accountStarts(_ ranges: () -> [Range<Int>]?) -> [Int]? {
        lock.lock()
        defer { lock.unlock() }
        if let accounts { return accounts }
        let starts = ranges()?.map(\.lowerBound)
        accounts = .some(starts)
        return starts
    }
}
