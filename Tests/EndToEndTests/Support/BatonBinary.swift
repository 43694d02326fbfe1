import Foundation

/// The `baton` executable that `swift test` built beside the test bundle.
enum BatonBinary {
    /// Where the binary is. Fails with a message a person can act on when it is not there.
    static func path() throws -> String {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["BATON_E2E_BINARY"] {
            guard fileManager.isExecutableFile(atPath: override) else {
                throw Missing(searched: [override])
            }
            return override
        }
        var searched: [String] = []
        for folder in productFolders() {
            let candidate = (folder as NSString).appendingPathComponent("baton")
            searched.append(candidate)
            var isFolder: ObjCBool = false
            if fileManager.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
               fileManager.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        throw Missing(searched: searched)
    }

    /// The products folder, found from the test process: on Linux `CommandLine.arguments[0]` is
    /// `…/debug/BatonPackageTests.xctest`; on macOS the bundle sits in the same folder as `baton`.
    private static func productFolders() -> [String] {
        var folders: [String] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.resolvingSymlinksInPath()
        // Beside the test executable, or beside the `X.xctest` bundle it sits in (on macOS
        // `X.xctest/Contents/MacOS/X`): at most three levels up, never further.
        var url = executable.deletingLastPathComponent()
        for _ in 0..<3 {
            folders.append(url.path)
            if url.pathExtension == "xctest" {
                folders.append(url.deletingLastPathComponent().path)
                break
            }
            url.deleteLastPathComponent()
        }
        let bundle = URL(fileURLWithPath: Bundle.main.bundlePath)
        folders.append(bundle.path)
        folders.append(bundle.deletingLastPathComponent().path)
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    struct Missing: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "the baton executable was not found beside the test bundle; build it with `swift build` " +
                "(or set BATON_E2E_BINARY). Looked at:\n  " + searched.joined(separator: "\n  ")
        }
    }
}
