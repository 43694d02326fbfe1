import Foundation

/// The one definition of a kind of change's input: its fields (typed keys, kinds, which are
/// required, a line of help) and the one function that turns them, filled, into the change — or
/// a refusal that names the field. The dashboard's form is drawn from it, the shell's options are
/// read by it, a CRM export's columns are mapped onto it: a rule about what a field takes lives
/// here once, and whether the change may be made is the door's (`AccountChange.apply`).
public struct ChangeInput<Output: Sendable>: Sendable {
    public var title: String
    public var fields: [InputField]
    /// What stays visible while the fields are filled: the standard the change is judged by.
    public var guidance: [String]
    private let make: @Sendable (InputValues) throws(InputRefusal) -> Output

    public init(_ title: String, fields: [InputField], guidance: [String] = [],
                make: @escaping @Sendable (InputValues) throws(InputRefusal) -> Output) {
        self.title = title
        self.fields = fields
        self.guidance = guidance
        self.make = make
    }

    public func field(_ key: FieldKey) -> InputField? { fields.first { $0.key == key } }

    /// The field named by its shell option (`--signatory`), any case.
    public func field(option: String) -> InputField? {
        let name = option.lowercased()
        return fields.first { $0.option == name }
    }

    /// The change the filled fields describe, or the first field that stops it: a required field
    /// left blank, a value its kind cannot read, a person the account does not know (unless
    /// named in `newPeople`), or what `make` refuses. A field not in `texts` counts as blank.
    public func build(_ texts: [FieldKey: String], account: Account?, context: ChangeContext,
                      newPeople: Set<String> = []) -> Result<Output, InputRefusal> {
        var read: [FieldKey: InputValues.FieldValue] = [:]
        for field in fields {
            switch field.read(texts[field.key] ?? "", account: account, today: context.today, newPeople: newPeople) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let value?): read[field.key] = value
            case .success(nil):
                if field.required {
                    let what = !field.help.isEmpty ? " — \(field.help)"
                        : field.kind.choiceList.isEmpty ? "" : ": \(field.kind.choiceList.map(\.title).joined(separator: ", "))"
                    return .failure(InputRefusal(field.key, "needed\(what)"))
                }
            }
        }
        do {
            return .success(try make(InputValues(account: account, context: context, read: read)))
        } catch {
            return .failure(error)
        }
    }
}

extension InputField {
    /// One field's text read by its kind: nil when blank, the value, or why it cannot be read.
    func read(_ raw: String, account: Account?, today: CalendarDate,
              newPeople: Set<String>) -> Result<InputValues.FieldValue?, InputRefusal> {
        let field = self
        // Cleaned as a form's field cleans what is typed into it, so the shell's words are kept
        // exactly as the same words typed on the form: no control characters, no escape sequences.
        let clean = SafeText.typed(raw, multiLine: field.kind == .multiLine, pasted: true)
        let text = field.kind == .multiLine ? RuleText.trimmed(clean) : clean.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return .success(nil) }
        func refuse(_ reason: String, person: String? = nil) -> Result<InputValues.FieldValue?, InputRefusal> {
            .failure(InputRefusal(field.key, reason, unknownPerson: person))
        }
        switch field.kind {
        case .text, .multiLine:
            return .success(.text(text))
        case .number(let min, let max):
            guard let n = WholeNumber.parse(text) else { return refuse("“\(text)” is not a whole number") }
            if n < min { return refuse("\(n) is less than \(min)") }
            if n > max { return refuse("\(n) is more than \(max)") }
            return .success(.number(n))
        case .date:
            let tDay = account?.tDay
            guard let day = RelativeDate.parse(text, today: today, tDay: tDay) else {
                return refuse(RelativeDate.problem(with: text, today: today, tDay: tDay) ?? "“\(text)” is not a date")
            }
            return .success(.date(day))
        case .person(let scope):
            // A new account knows nobody yet: every name on it is its first.
            guard let account else { return .success(.person(text)) }
            if let known = account.knownPerson(text, in: scope) { return .success(.person(known)) }
            // Someone the account knows on the other side is still someone it knows: whether a
            // customer may observe a check, or our coordinator sign off setup, is the rule's to say.
            if let known = account.knownPerson(text, in: .anyone), PersonName.same(known, text) { return .success(.person(known)) }
            // Whether a name that is no contact may stand (a sentiment note's, a signatory's) is the
            // door's rule, said once there: here it is only spelled as typed.
            if scope == .contact { return .success(.person(text)) }
            if newPeople.contains(PersonName.fold(text)) { return .success(.person(text)) }
            return refuse("“\(text)” is not anyone this account knows", person: text)
        case .choice(let choices):
            guard let picked = FieldChoice.named(text, in: choices) else {
                return refuse("“\(text)” is not one of \(choices.map(\.title).joined(separator: ", "))")
            }
            return .success(.choice(picked.value))
        case .choices(let choices):
            var picked: [String] = []
            for word in text.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ RuleText.trimmed(String($0)) }) where !word.isEmpty {
                guard let one = FieldChoice.named(word, in: choices) else {
                    return refuse("“\(word)” is not one of \(choices.map(\.value).joined(separator: ", "))")
                }
                picked.append(one.value)
            }
            let ordered = choices.map(\.value).filter(picked.contains)
            return .success(ordered.isEmpty ? nil : .choices(ordered))
        }
    }

    /// What the field's text will be saved as, said back before saving ("Friday 11 December 2026",
    /// "1,236", "Tomasz Wójcik"), or why it cannot be read; nil when blank.
    public func shownBack(_ text: String, account: Account?, today: CalendarDate,
                          newPeople: Set<String> = []) -> Result<String, InputRefusal>? {
        let field = self
        switch read(text, account: account, today: today, newPeople: newPeople) {
        case .failure(let refusal): return .failure(refusal)
        case .success(nil): return nil
        case .success(let value?):
            switch value {
            case .date(let d): return .success(DocumentDate.withWeekday(d))
            case .number(let n): return .success(WholeNumber.grouped(n))
            case .person(let name):
                let new = account?.knownPerson(name, in: .anyone) == nil
                return .success(new ? "\(name) (new to this account)" : name)
            case .choice(let v): return .success(field.kind.choiceList.first { $0.value == v }?.title ?? v)
            case .choices(let vs): return .success(vs.map { v in field.kind.choiceList.first { $0.value == v }?.title ?? v }.joined(separator: ", "))
            case .text(let t): return .success(t)
            }
        }
    }
}
