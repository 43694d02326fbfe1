/// Turns a DecodingError into a StoreProblem a person can act on: the field as a coding path,
/// the line and column of the value (or of the object missing a field), and a plain sentence.
enum DecodingProblem {
    /// `text` is nil when the file was migrated: its lines no longer match the decoded shape.
    static func problem(from error: any Error, text: JSONText?, path: String,
                        prefix: [JSONPathComponent] = []) -> StoreProblem {
        guard let error = error as? DecodingError else {
            return StoreProblem(path: path, message: "could not be read: \(error)")
        }
        var components = prefix
        var field: [JSONPathComponent]
        let message: String
        switch error {
        case .typeMismatch(let type, let context):
            components += context.codingPath.map(JSONPathComponent.init)
            field = components
            let found = text.flatMap { $0.kindOfValue(at: $0.locate(components)) }
            message = "expected \(describe(type))" + (found.map { ", found \($0)" } ?? "")
        case .valueNotFound(let type, let context):
            components += context.codingPath.map(JSONPathComponent.init)
            field = components
            message = "is null or absent, but must be \(describe(type))"
        case .keyNotFound(let key, let context):
            components += context.codingPath.map(JSONPathComponent.init)
            field = components + [JSONPathComponent(key)]
            message = "is missing: the object here has no \"\(key.stringValue)\" field"
        case .dataCorrupted(let context):
            components += context.codingPath.map(JSONPathComponent.init)
            field = components
            let written = text.flatMap { $0.snippet(at: $0.locate(components)) }
            if context.debugDescription.hasPrefix("Cannot initialize") {
                message = (written.map { "\($0) is" } ?? "is") + " not one of the values this field allows"
            } else if context.codingPath.isEmpty, prefix.isEmpty {
                message = "is not valid JSON"
            } else {
                message = context.debugDescription
            }
        @unknown default:
            field = components
            message = "could not be read"
        }
        var problem = StoreProblem(path: path, field: field.isEmpty ? nil : JSONPathComponent.describe(field), message: message)
        if let text {
            let place = text.position(of: text.locate(components))
            problem.line = place.line
            problem.column = place.column
        }
        return problem
    }

    private static func describe(_ type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == Int.self || type == Int64.self || type == Int32.self { return "a whole number" }
        if type == Bool.self { return "true or false" }
        if type == Double.self || type == Float.self { return "a number" }
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
        if name.hasPrefix("Dictionary") { return "an object" }
        return "a value of type \(name)"
    }
}
