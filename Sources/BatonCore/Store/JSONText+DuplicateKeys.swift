/// Finding a field written twice in one object. JSON allows it, but readers disagree on which
/// copy wins (Foundation keeps the first, Python and jq the last), so a store holding one would
/// lose the other copy at the next save without a word: Baton refuses it instead.
extension JSONText {
    /// A field that repeats an earlier one of the same object.
    struct RepeatedKey {
        /// Where the second copy's name starts, and the first copy's.
        var offset: Int
        var firstOffset: Int
        /// The coding path of the repeated field, such as `portfolio.accounts[3].risks`.
        var path: [JSONPathComponent]
    }

    /// The first `limit` repeated fields in file order, and how many there are in all.
    /// One pass over the text; assumes it is valid JSON.
    func repeatedKeys(limit: Int) -> (first: [RepeatedKey], total: Int) {
        struct Frame {
            var isObject: Bool
            var keys: [String: Int] = [:]
            var key = ""
            var index = 0
            var expectingKey: Bool
        }
        var frames: [Frame] = []
        var first: [RepeatedKey] = []
        var total = 0
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                frames.append(Frame(isObject: true, expectingKey: true))
                i += 1
            case UInt8(ascii: "["):
                frames.append(Frame(isObject: false, expectingKey: false))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                frames.removeLast()
                i += 1
            case UInt8(ascii: ","):
                if frames[frames.count - 1].isObject { frames[frames.count - 1].expectingKey = true } else { frames[frames.count - 1].index += 1 }
                i += 1
            case UInt8(ascii: "\""):
                let start = i
                guard let top = frames.indices.last, frames[top].isObject, frames[top].expectingKey else {
                    // A value: stepped over, never decoded.
                    guard scanString(&i) == nil else { return (first, total) }
                    continue
                }
                var end = start
                guard scanString(&end) == nil else { return (first, total) }
                // A name with escapes is compared decoded ("\u0061" is "a"); one that will not decode, as written.
                let string = readString(&i) ?? String(decoding: bytes[start..<end], as: UTF8.self)
                i = end
                frames[top].expectingKey = false
                frames[top].key = string
                if let earlier = frames[top].keys[string] {
                    total += 1
                    if first.count < limit {
                        let path = frames.map { $0.isObject ? JSONPathComponent.key($0.key) : .index($0.index) }
                        first.append(RepeatedKey(offset: start, firstOffset: earlier, path: path))
                    }
                } else {
                    frames[top].keys[string] = start
                }
            default:
                i += 1
            }
        }
        return (first, total)
    }

    /// True when some object in `range` may name a field twice. Cheap enough for the fast read
    /// path: field names are hashed as written, never decoded, and a name with an escape counts
    /// as a repeat (Baton never writes one), so a `true` only sends the document to the careful
    /// path, which decides exactly.
    func mayRepeatKeys(in range: Range<Int>) -> Bool {
        // Per open container: the hashes of its field names (a list keeps none), whether it is
        // an object, and whether the next string in it is a field name.
        var seen: [Set<UInt64>] = []
        var isObject: [Bool] = []
        var expectingKey: [Bool] = []
        var i = range.lowerBound
        while i < range.upperBound {
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let object = bytes[i] == UInt8(ascii: "{")
                seen.append([])
                isObject.append(object)
                expectingKey.append(object)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard !seen.isEmpty else { return true }
                seen.removeLast()
                isObject.removeLast()
                expectingKey.removeLast()
            case UInt8(ascii: ","):
                if let top = isObject.indices.last, isObject[top] { expectingKey[top] = true }
            case UInt8(ascii: "\""):
                let isKey = expectingKey.last ?? false
                let start = i + 1
                i += 1
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                while i < range.upperBound, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\") {
                        if isKey { return true }
                        i += 2
                        continue
                    }
                    hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01B3
                    i += 1
                }
                if isKey {
                    let top = expectingKey.count - 1
                    expectingKey[top] = false
                    hash = (hash ^ UInt64(i - start)) &* 0x100_0000_01B3
                    if !seen[top].insert(hash).inserted { return true }
                }
            default:
                break
            }
            i += 1
        }
        return false
    }
}
