import Foundation

/// Wall-clock timing for the benchmark: the median of several runs, in milliseconds.
enum Timing {
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var samples: [Double] = []
        for _ in 0..<runs { samples.append(try milliseconds(body)) }
        samples.sort()
        return samples[samples.count / 2]
    }

    /// Resident memory of this process (VmRSS), in MiB.
    static func residentMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return .nan }
        return kb / 1024
    }

    static func format(_ ms: Double) -> String {
        ms < 1 ? String(format: "%.3f ms", ms) : ms < 100 ? String(format: "%.2f ms", ms) : String(format: "%.0f ms", ms)
    }
}
