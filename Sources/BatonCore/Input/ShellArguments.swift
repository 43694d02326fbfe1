/// A change's fields as the shell gives them: `--option value`, `--option=value`, a yes/no
/// option alone (`--sponsor`, meaning yes), words in the order the command names its positional
/// fields, and `--new-person NAME` for a person the account does not know yet. The options are
/// the definition's own (`InputField.option`): nothing here knows one change from another.
public enum ShellArguments {
    /// The shell's own option for taking a person as new to the account.
    public static let newPersonOption = "new-person"

    /// What the words fill in. A field not given keeps the value the definition starts it with
    /// (the account's own, for an edit), as the dashboard's form would show it.
    public static func texts<Output>(_ words: [String], input: ChangeInput<Output>, positional: [FieldKey] = [])
        -> Result<(texts: [FieldKey: String], newPeople: Set<String>, given: Set<FieldKey>), InputRefusal> {
        var texts = Dictionary(input.fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var given: Set<FieldKey> = []
        var newPeople: Set<String> = []
        var loose: [String] = []
        var i = 0
        func refuse(_ reason: String) -> Result<(texts: [FieldKey: String], newPeople: Set<String>, given: Set<FieldKey>), InputRefusal> {
            .failure(InputRefusal(nil, reason))
        }
        while i < words.count {
            let word = words[i]
            i += 1
            guard word.hasPrefix("--"), word.count > 2 else { loose.append(word); continue }
            var name = String(word.dropFirst(2))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if name.lowercased() == newPersonOption {
                guard let person = value ?? (i < words.count ? words[i] : nil) else { return refuse("--\(newPersonOption) needs a name") }
                if value == nil { i += 1 }
                newPeople.insert(PersonName.fold(person))
                continue
            }
            guard let field = input.field(option: name) else {
                let options = input.fields.map { "--\($0.option)" } + ["--\(newPersonOption)"]
                return refuse("--\(name) is not an option here; the options are \(options.joined(separator: ", "))")
            }
            guard !given.contains(field.key) else { return refuse("--\(field.option) is given twice") }
            if value == nil {
                // A yes/no option alone means yes: `--sponsor`, `--early`.
                let isYesNo = field.kind == .choice(FieldChoice.yesNo)
                if i < words.count, !(isYesNo && (words[i].hasPrefix("--") || FieldChoice.named(words[i], in: FieldChoice.yesNo) == nil)) {
                    value = words[i]
                    i += 1
                } else if isYesNo {
                    value = "yes"
                } else {
                    return .failure(InputRefusal(field.key, "needs a value (\(field.kind.placeholder))"))
                }
            }
            texts[field.key] = value
            given.insert(field.key)
        }
        let open = positional.filter { !given.contains($0) }
        guard loose.count <= open.count else {
            let extra = loose.dropFirst(open.count).map { "“\($0)”" }.joined(separator: " ")
            return refuse("\(extra): more words than this command takes (quote a text with spaces, or name its option)")
        }
        for (key, word) in zip(open, loose) {
            texts[key] = word
            given.insert(key)
        }
        return .success((texts, newPeople, given))
    }

    /// The fields as the shell's help lists them: option and kind, then the help line beneath,
    /// wrapped to fit 80 columns (argument-parser re-flows only lines that are too long).
    public static func help<Output>(_ input: ChangeInput<Output>, positional: [FieldKey] = []) -> String {
        input.fields.map { field -> String in
            let name = positional.contains(field.key) ? "[--\(field.option)] \(field.kind.placeholder)" : "--\(field.option) \(field.kind.placeholder)"
            let help = field.help + (field.required ? " (required)" : "")
            return (["  " + name] + wrapped(help, width: 66).map { "      " + $0 }).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Words filled into lines of at most `width` columns (a longer word stands alone).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
