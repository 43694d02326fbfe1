/// Checks a store without opening it for writing: every problem in the document and its journal,
/// for `baton validate` and for the message shown when a store is refused.
public enum StoreValidator {
    public static func validate(path: String) -> [StoreProblem] {
        var problems: [StoreProblem]
        do {
            if let size = StoreFile.fileSize((try? StoreFile.followingSymlink(path)) ?? path), size > InputLimits.storeBytes {
                return [StoreProblem(path: path, message: "is \(InputLimits.size(size)), more than a store Baton will read "
                                     + "(\(InputLimits.size(InputLimits.storeBytes)))",
                                     remedy: "Baton left it alone; check it is the portfolio's JSON file")]
            }
            guard let data = try StoreFile.readFile(path, followingLinks: true) else {
                return [StoreProblem(path: path, message: "does not exist",
                                     remedy: "check the path; Baton creates a new store there when it opens it")]
            }
            problems = StoreDocument.problems(in: data, path: path)
        } catch StoreError.notAFile(_, let kind) {
            return [StoreProblem(path: path, message: "is \(kind), not a regular file",
                                 remedy: "Baton reads only regular files and left it alone; check the path")]
        } catch {
            return [StoreProblem(path: path, message: "\(error)", remedy: "check the file is yours and readable")]
        }
        let journalPath = path + ".journal"
        do {
            let replay = try StoreJournal.read(path: journalPath)
            if let damage = replay.damage {
                problems.append(StoreProblem(
                    path: journalPath, line: damage.line, column: 1, field: nil,
                    message: "journal record \(damage.record) is damaged (\(damage.reason))"
                        + (damage.followed ? " and later records follow it" : ""),
                    remedy: "keep a copy of the journal; Baton opens the store read-only until it is moved aside"))
            }
            if let journalID = replay.storeID, let data = try? StoreFile.readFile(path, followingLinks: true),
               let storeID = StoreDocument.storeID(in: data), journalID != storeID {
                problems.append(StoreProblem(
                    path: journalPath, line: 1, column: 1, field: nil,
                    message: "belongs to another store (it names \(journalID), this store is \(storeID))",
                    remedy: "move it aside or back beside its own store; Baton will not replay it here"))
            }
        } catch {
            problems.append(StoreProblem(path: journalPath, message: "\(error)", remedy: "check the file is yours and readable"))
        }
        return problems
    }
}
