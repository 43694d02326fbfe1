import BatonCore
import BatonImport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `baton-bench --import [ROWS…]` (1,000, 10,000 and 100,000 rows when none are given): the real
/// `baton import` on a generated Salesforce export, each run its own process so its time and peak
/// memory (getrusage's ru_maxrss) are its own — a dry run against no store, the import into a new
/// store (saved), and the dry run of the same file again against that store (every row matched to
/// an account) — beside the figures issue 24 measured before and its goals.
enum ImportBench {
    static let header = "   rows      file                  dry run, peak                import (saved), peak      store"
        + "           again (all matched), peak   import per 1,000 rows"

    /// Issue 24's figures before this work: the dry run grew with the square of the rows.
    static let before = "before (issue 24): 500 rows 2.1 s, 1,000 rows 6.8 s, 2,000 rows 37 s (dry run), 8,000 rows > 2 min; "
        + "a 200 MB export never finished and reached 1 GB"
    static let goals = "goals: 2,000 rows ≤ 3 s and 10,000 ≤ 10 s with the save; time per row flat (8,000 ≤ 5× 2,000's, "
        + "100,000 ≤ 12× 10,000's); peak memory ≤ 3× the file plus the store's own"

    struct Run {
        var seconds: Double
        /// User and system time: on a machine other work shares, closer to what the import itself costs.
        var cpuSeconds: Double
        var peakMiB: Double
        var status: Int32
    }

    /// With no `baton` binary beside the benchmark, each run is this benchmark in a child process
    /// doing what the command does (read, plan, the report's lines; the save as one rewrite).
    static func run(baton: String, sizes: [Int]) throws {
        let useBaton = FileManager.default.isExecutableFile(atPath: baton)
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-import-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        print("Baton import benchmark · \(ProcessInfo.processInfo.activeProcessorCount) cores · "
              + (useBaton ? baton : "in process (no baton binary at \(baton))"))
        print(header)
        for rows in sizes {
            let csv = (folder as NSString).appendingPathComponent("export-\(rows).csv")
            let store = (folder as NSString).appendingPathComponent("store-\(rows).json")
            guard FileManager.default.createFile(atPath: csv, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
            let file = try FileHandle(forWritingTo: URL(fileURLWithPath: csv))
            try GeneratedExport.pieces(rows: rows) { try file.write(contentsOf: $0) }
            try file.close()
            func measure(_ mode: String, _ storePath: String) throws -> Run {
                if useBaton {
                    let dry = mode == "real" ? [] : ["--dry-run"]
                    return try spawn(baton, ["import", csv, "--today", "2026-12-01", "--t-day", "2027-02-01", "--store", storePath] + dry)
                }
                return try spawn(me, ["--import-one", mode, csv, storePath])
            }
            let dry = try measure("dry", store + ".none")
            let real = try measure("real", store)
            let again = try measure("dry", store)
            let fileMiB = mib(size(csv)), storeMiB = mib(size(store))
            var line = col("\(grouped(rows))", 7) + col(String(format: "%.1f MiB", fileMiB), 11)
            line += "   " + shown(dry) + "   " + shown(real) + col(String(format: "%.0f MiB", storeMiB), 11)
            line += "   " + shown(again)
            line += col(String(format: "%.3f s", real.seconds / Double(rows) * 1000), 14)
            print(line)
            fflush(nil)
            try? FileManager.default.removeItem(atPath: csv)
            try? FileManager.default.removeItem(atPath: store)
        }
        print(before)
        print(goals)
        print("dry run: against no store; import: into a new store, saved (one rewrite); again: the same file's dry run against that "
              + "store, each row matched by its record id; wall time (and CPU time, user and system), then peak resident memory "
              + "(ru_maxrss) of that baton process")
    }

    /// One run in this process: `mode` "dry" plans against the store (none: an empty portfolio) and
    /// builds the report's lines; "real" plans and saves into the store.
    static func one(mode: String, csv: String, store path: String) throws {
        let today = CalendarDate(iso: "2026-12-01")!
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio(owner: "Bench") }, forReading: mode != "real")
        defer { try? store.close() }
        let reader = try CSVReader(path: csv)
        let plan = try ImportPlan(reader: reader, mapping: try ColumnMapping(header: reader.header), portfolio: store.portfolio,
                                  context: ChangeContext(today: today, now: Date(), by: "Bench", timeZone: .current),
                                  options: ImportPlan.Options(defaultTDay: CalendarDate(iso: "2027-02-01")))
        if mode == "real" {
            try store.apply(batch: plan.accounts)
        } else {
            FileHandle.standardOutput.write(Data(plan.report().joined(separator: "\n").utf8))
        }
    }

    static func shown(_ run: Run) -> String {
        let time = run.status == 0 ? String(format: "%6.2f s (cpu %.2f)", run.seconds, run.cpuSeconds) : "failed \(run.status)"
        return col(time, 21) + col(String(format: "%.0f MiB", run.peakMiB), 9)
    }

    /// Runs `path` with `arguments`, its output thrown away, and measures it alone.
    static func spawn(_ path: String, _ arguments: [String]) throws -> Run {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw CocoaError(.executableNotLoadable) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exited = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(seconds: seconds, cpuSeconds: cpu, peakMiB: Double(usage.ru_maxrss) / 1024, status: exited)
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    static func mib(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }

    static func col(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }

    static func grouped(_ n: Int) -> String { InputLimits.grouped(n) }
}
