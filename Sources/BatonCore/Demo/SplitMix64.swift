/// A small, fast pseudo-random generator (Steele, Lea and Flood's SplitMix64) whose sequence is
/// fixed by its seed on every platform and Swift version: synthetic portfolios must be reproducible.
///
/// Deliberately not a `RandomNumberGenerator`: the standard library's `random(in:using:)` does not
/// promise the same numbers from one Swift release to the next, so ranges are drawn here.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, by Lemire's multiply-shift (the bias is far below anything a
    /// portfolio could show).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        let scaled = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(scaled)
    }

    /// True with probability `percent` in 100.
    mutating func chance(_ percent: Int) -> Bool { int(in: 0...99) < percent }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }
}
