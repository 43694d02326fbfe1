import Foundation

extension StoreDocument {
    /// Problems found before decoding could start (Result needs an Error).
    struct Problems: Error { var list: [StoreProblem] }

    /// What is read before anything is decoded: that the file is JSON, that it is a Baton
    /// portfolio, and which format version wrote it.
    struct Header {
        let data: Data
        let tree: [String: Any]
        let version: Int
        let text: JSONText
        let path: String

        /// Line numbers only mean something when the decoded shape is the file's own shape.
        var textIfUnmigrated: JSONText? { version == currentFormatVersion ? text : nil }

        /// The document in the current version's shape.
        func currentData() throws -> Data {
            guard version < currentFormatVersion else { return data }
            return try JSONSerialization.data(withJSONObject: StoreMigration.migrate(tree, from: version))
        }

        func newerProblem(readable: Bool) -> StoreProblem {
            let place = text.position(of: text.locate([.key("formatVersion")]))
            let what = readable
                ? "this build reads up to \(currentFormatVersion), so it opens the store read-only and cannot check it"
                : "this build reads up to \(currentFormatVersion) and cannot make sense of it"
            return StoreProblem(path: path, line: place.line, column: place.column, field: "formatVersion",
                                message: "is \(version): the file was written by a newer Baton; \(what)",
                                remedy: "update Baton; this build will never rewrite the file")
        }

        static func parse(_ data: Data, path: String) -> Result<Header, Problems> {
            let text = JSONText(data)
            func refuse(at offset: Int?, field: String? = nil, _ message: String,
                        remedy: String? = nil) -> Result<Header, Problems> {
                let place = offset.map { text.position(of: $0) }
                return .failure(Problems(list: [StoreProblem(path: path, line: place?.line, column: place?.column,
                                                             field: field, message: message, remedy: remedy)]))
            }
            let notOurs = "check the path is a Baton portfolio; Baton will not write to this file"
            if data.isEmpty {
                return refuse(at: 0, "the file is empty (0 bytes): it was cut short or never written",
                              remedy: "restore portfolio.json.bak beside it, or move the empty file aside to start a new portfolio")
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: data)
            } catch {
                if let broken = text.syntaxError() {
                    return refuse(at: broken.offset, "is not valid JSON: \(broken.message)")
                }
                return refuse(at: nil, "is not valid JSON (the text is not UTF-8, or it is nested too deeply)")
            }
            guard let tree = object as? [String: Any] else {
                let found = text.kindOfValue(at: text.locate([])) ?? "something else"
                return refuse(at: text.locate([]), "the top level must be an object holding format, formatVersion, "
                              + "savedAt and portfolio, found \(found)", remedy: notOurs)
            }
            switch tree["format"] {
            case let name as String where name == format:
                break
            case nil:
                return refuse(at: text.locate([]), field: "format",
                              "is missing: this does not look like a Baton portfolio", remedy: notOurs)
            default:
                let offset = text.locate([.key("format")])
                let written = text.snippet(at: offset) ?? "not a string"
                return refuse(at: offset, field: "format",
                              "is \(written), not \"\(format)\": this file belongs to something else", remedy: notOurs)
            }
            let versionOffset = text.locate([.key("formatVersion")])
            guard tree["formatVersion"] != nil else {
                return refuse(at: text.locate([]), field: "formatVersion",
                              "is missing: Baton cannot tell which version wrote this file")
            }
            guard text.kindOfValue(at: versionOffset) == "a number", let version = tree["formatVersion"] as? Int else {
                return refuse(at: versionOffset, field: "formatVersion", "must be a whole number such as \(currentFormatVersion)")
            }
            guard version >= 0 else {
                return refuse(at: versionOffset, field: "formatVersion", "is \(version), which no Baton ever wrote")
            }
            return .success(Header(data: data, tree: tree, version: version, text: text, path: path))
        }
    }
}
