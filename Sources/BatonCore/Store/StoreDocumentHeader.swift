import Foundation

extension StoreDocument {
    /// Problems found before decoding could start (Result needs an Error).
    struct Problems: Error { var list: [StoreProblem] }

    /// What is read before anything is decoded: that the file is JSON, that it is a Baton
    /// portfolio, and which format version wrote it.
    struct Header {
        let data: Data
        let version: Int
        let text: JSONText
        let path: String

        /// Line numbers only mean something when the decoded shape is the file's own shape.
        var textIfUnmigrated: JSONText? { version == currentFormatVersion ? text : nil }

        /// The document in the current version's shape.
        func currentData() throws -> Data {
            guard version < currentFormatVersion else { return data }
            // Only an old file pays for the object tree that migrations work on.
            guard let tree = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw StoreError.unencodable(reason: "the top level is not an object")
            }
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

        /// The two header fields, each absent, of the expected type, or something else.
        private struct Fields: Decodable {
            enum Value { case absent, text(String), number(Int), other }
            var format = Value.absent
            var formatVersion = Value.absent
            private enum Keys: String, CodingKey { case format, formatVersion }

            init(from decoder: any Decoder) throws {
                let fields = try decoder.container(keyedBy: Keys.self)
                if fields.contains(.format) {
                    format = (try? fields.decode(String.self, forKey: .format)).map(Value.text) ?? .other
                }
                if fields.contains(.formatVersion) {
                    formatVersion = (try? fields.decode(Int.self, forKey: .formatVersion)).map(Value.number) ?? .other
                }
            }
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
                              remedy: "move the empty file aside to start a new portfolio\(StoreProblem.backupHint(for: path))")
            }
            // JSONDecoder, not JSONSerialization: on Linux building the Foundation object tree of
            // a 10,000-account document costs seconds; the decoder reads only these two fields.
            let fields: Fields
            do {
                fields = try decoder().decode(Fields.self, from: data)
            } catch DecodingError.typeMismatch {
                let found = text.kindOfValue(at: text.locate([])) ?? "something else"
                return refuse(at: text.locate([]), "the top level must be an object holding format, formatVersion, "
                              + "savedAt and portfolio, found \(found)", remedy: notOurs)
            } catch {
                if let broken = text.syntaxError() {
                    return refuse(at: broken.offset, "is not valid JSON: \(broken.message)")
                }
                return refuse(at: nil, "is not valid JSON (the text is not UTF-8, or it is nested too deeply)")
            }
            switch fields.format {
            case .text(let name) where name == format:
                break
            case .absent:
                return refuse(at: text.locate([]), field: "format",
                              "is missing: this does not look like a Baton portfolio", remedy: notOurs)
            default:
                let offset = text.locate([.key("format")])
                let written = text.snippet(at: offset) ?? "not a string"
                return refuse(at: offset, field: "format",
                              "is \(written), not \"\(format)\": this file belongs to something else", remedy: notOurs)
            }
            let version: Int
            switch fields.formatVersion {
            case .absent:
                return refuse(at: text.locate([]), field: "formatVersion",
                              "is missing: Baton cannot tell which version wrote this file")
            case .number(let number) where number >= 0:
                version = number
            case .number(let number):
                return refuse(at: text.locate([.key("formatVersion")]), field: "formatVersion",
                              "is \(number), which no Baton ever wrote")
            default:
                return refuse(at: text.locate([.key("formatVersion")]), field: "formatVersion",
                              "must be a whole number such as \(currentFormatVersion)")
            }
            let repeated = text.repeatedKeys(limit: StoreProblem.listLimit)
            if repeated.total > 0 {
                return .failure(Problems(list: repeated.first.map { twice in
                    let place = text.position(of: twice.offset)
                    let earlier = text.position(of: twice.firstOffset)
                    return StoreProblem(path: path, line: place.line, column: place.column,
                                        field: JSONPathComponent.describe(twice.path),
                                        message: "is written twice in one object (first at line \(earlier.line), column \(earlier.column)): "
                                            + "programs disagree on which copy counts, so the other would be lost",
                                        remedy: "merge the two copies into one by hand; Baton will not write to the file until it reads cleanly")
                } + StoreProblem.omitted(repeated.total - repeated.first.count, path: path)))
            }
            return .success(Header(data: data, version: version, text: text, path: path))
        }
    }
}
