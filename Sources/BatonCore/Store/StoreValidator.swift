/// Checks a store without opening it for writing: every problem in the document and its journal,
/// for `baton validate` and for the message shown when a store is refused.
public enum StoreValidator {
    public static func validate(path: String) -> [StoreProblem] {
        var problems: [StoreProblem]
        do {
            guard let data = try StoreFile.readFile(path) else {
                return [StoreProblem(path: path, message: "does not exist",
                                     remedy: "check the path; Baton creates a new store there when it opens it")]
            }
            problems = StoreDocument.problems(in: data, path: path)
        } catch {
            return [StoreProblem(path: path, message: "\(error)", remedy: "check the file is yours and readable")]
        }
        let journalPath = path + ".journal"
        do {
            if let damage = try StoreJournal.read(path: journalPath).damage {
                problems.append(StoreProblem(
                    path: journalPath, line: damage.record, column: 1, field: nil,
                    message: "journal record \(damage.record) is damaged (\(damage.reason)) and is not the last one",
                    remedy: "keep a copy of the journal; Baton opens the store read-only until it is moved aside"))
            }
        } catch {
            problems.append(StoreProblem(path: journalPath, message: "\(error)", remedy: "check the file is yours and readable"))
        }
        return problems
    }
}
