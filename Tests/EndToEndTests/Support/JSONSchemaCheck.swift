import Foundation

/// Checks a JSON value against the subset of JSON Schema that `docs/*.schema.json` uses (type,
/// required, properties, additionalProperties: false, items, enum, minimum, maximum, pattern),
/// and returns every violation with its path. Enough for the checked-in schemas; not a general validator.
enum JSONSchemaCheck {
    static func violations(of value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        var found: [String] = []
        if let type = schema["type"] as? String, !matches(value, type) {
            return ["\(path): expected \(type), found \(Swift.type(of: value)) \(value)"]
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { equal($0, value) }) {
            found.append("\(path): \(value) is not one of \(allowed)")
        }
        if let number = value as? NSNumber, !isBool(value) {
            if let min = schema["minimum"] as? NSNumber, number.doubleValue < min.doubleValue { found.append("\(path): \(number) < \(min)") }
            if let max = schema["maximum"] as? NSNumber, number.doubleValue > max.doubleValue { found.append("\(path): \(number) > \(max)") }
        }
        if let text = value as? String, let pattern = schema["pattern"] as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing \"\(key)\"")
            }
            for (key, child) in object {
                if let sub = properties[key] as? [String: Any] {
                    found += violations(of: child, against: sub, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): unexpected key \"\(key)\"")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, item) in array.enumerated() { found += violations(of: item, against: items, at: "\(path)[\(i)]") }
        }
        return found
    }

    private static func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        let code = String(cString: number.objCType)
        return code == "c" || code == "B"
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "boolean": isBool(value)
        case "integer": (value as? NSNumber).map { !isBool(value) && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber && !isBool(value)
        default: true
        }
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? String, let b = b as? String { return a == b }
        if let a = a as? NSNumber, let b = b as? NSNumber { return a == b }
        return false
    }
}
