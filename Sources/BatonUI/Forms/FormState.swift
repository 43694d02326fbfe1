import BatonCore

/// A form on screen: its fields, which one has the cursor, the guidance that stays visible while
/// typing (a condition's evidence standard), and the reason the last submit was refused.
public struct FormState: Equatable, Codable, Sendable {
    /// What the form's values become when it is submitted.
    public enum Purpose: Equatable, Codable, Sendable {
        /// A change to the account, defined once in BatonCore (`ChangeInputID.input(for:)`): the
        /// form's fields are that definition's, and its `build` turns them into the change.
        case change(ChangeInputID)
        /// Who is in the room, kept in the meeting until it closes.
        case attendees
        /// Leaving the demo: the lead's name, for their own portfolio.
        case startOwnPortfolio
        /// A new account, from `ProfileInputs.newAccount`.
        case newAccount
        /// `:import`: which CRM export, and how to map columns Baton does not know.
        case importFile
        /// An agenda meeting's section skipped on purpose: the reason.
        case skipSection(Int)
    }

    public var title: String
    public var purpose: Purpose
    public var accountID: String
    public var fields: [FormField]
    public var focus: Int = 0
    /// The value under the cursor in a checklist field (0 when the field is entered).
    public var checklistCursor = 0
    public var guidance: [String]
    /// The same guidance said in fewer lines, shown instead when `guidance` does not fit (a gate's
    /// list of what is missing at 80×24): nil when there is no shorter way to say it.
    public var shortGuidance: [String]?
    /// Shown in the form, in the error colour, until the next submit.
    public var problem: String?
    /// The account's transfer day, so a date field takes `T-3` or `T+7` (set by the screen when the
    /// form is shown; nil where there is no account).
    public var tDay: CalendarDate?
    /// Esc was pressed with something typed: the form asks before throwing it away.
    public var confirmingDiscard = false
    /// A person field names someone the account does not know: the form asks before taking them.
    public var askingNewPerson: NewPersonQuestion?
    /// People the lead confirmed as new to the account (folded names), for the build to accept.
    public var newPeople: Set<String> = []
    /// What each field held when the form opened, to tell typed text from what was offered.
    private let initialTexts: [String]

    public init(title: String, purpose: Purpose, accountID: String, fields: [FormField], guidance: [String] = []) {
        self.title = title
        self.purpose = purpose
        self.accountID = accountID
        self.fields = fields
        self.guidance = guidance
        initialTexts = fields.map(\.input.text)
        enter(0)
    }

    /// The form of a change defined in BatonCore, its fields filled from the account as it stands.
    public init(change id: ChangeInputID, account: Account) {
        let input = id.input(for: account)
        self.init(title: input.title, purpose: .change(id), accountID: account.id, fields: input.fields.map(FormField.init),
                  guidance: input.guidance)
    }

    /// The cursor into field `i`: a pre-filled text is selected, so typing replaces it (as in
    /// every form people know) and can never be appended to what was offered.
    public mutating func enter(_ i: Int) {
        guard fields.indices.contains(i) else { return }
        if fields.indices.contains(focus), focus != i { fields[focus].input.selected = false }
        focus = i
        checklistCursor = 0
        if fields[i].choices.isEmpty, fields[i].checklist.isEmpty { fields[i].input.selectAll() }
    }

    /// The form with only these of its definition's fields on screen: the rest count as blank
    /// (a question about one thing, such as "transfer before T-day?").
    public func only(_ keys: [FieldKey]) -> FormState {
        var form = FormState(title: title, purpose: purpose, accountID: accountID,
                             fields: fields.filter { keys.contains($0.key) }, guidance: guidance)
        form.tDay = tDay
        form.shortGuidance = shortGuidance
        return form
    }

    /// Offers `names` as completions in every person field.
    public mutating func offer(_ names: [String]) {
        for i in fields.indices {
            if case .person = fields[i].kind { fields[i].definition.completions = names }
        }
    }

    /// A field the definition leaves optional that this question needs (an override's reason).
    public mutating func require(_ key: FieldKey) {
        for i in fields.indices where fields[i].key == key { fields[i].definition.required = true }
    }

    /// The filled texts by key, for the change's one definition to build from.
    public var texts: [FieldKey: String] {
        Dictionary(fields.map { ($0.key, $0.input.text) }, uniquingKeysWith: { a, _ in a })
    }

    /// A refusal shown where the lead is looking: on the field it names (the cursor moves there),
    /// or — for a person the account does not know — as the question whether to take them as new.
    public mutating func refused(_ refusal: InputRefusal) {
        let i = refusal.field.flatMap { key in fields.firstIndex { $0.key == key } }
        if let i { enter(i) }
        if let name = refusal.unknownPerson, let i {
            askingNewPerson = NewPersonQuestion(field: fields[i].key, name: name)
            problem = "\(fields[i].label): “\(name)” is not anyone this account knows. Enter adds them as new; any other key goes back to the field."
            return
        }
        problem = i.map { "\(fields[$0].label): \(refusal.reason)." } ?? refusal.reason
    }

    /// Something was typed or picked since the form opened: Esc asks before discarding it.
    public var hasTypedText: Bool {
        fields.count != initialTexts.count || zip(fields, initialTexts).contains { $0.input.text != $1 }
    }

    public enum Outcome: Equatable, Sendable { case editing, cancelled, submitted }

    /// Tab / Shift-Tab move between fields; Enter moves on, and on the last field submits;
    /// Ctrl-S submits from anywhere; Esc cancels. Everything else is typing.
    public mutating func handle(_ key: KeyEvent, today: CalendarDate) -> Outcome {
        guard !fields.isEmpty else { return key == .escape ? .cancelled : .submitted }
        // A question on the form (discard what was typed? take this person as new?) takes the
        // next key: only its answer says yes; any other key goes back to the form.
        if let question = askingNewPerson {
            askingNewPerson = nil
            problem = nil
            guard FormKeys.table.command(for: key, where: { $0 == .answerYes }) == .answerYes || key == .enter else { return .editing }
            newPeople.insert(PersonName.fold(question.name))
            return submitIfComplete(today: today)
        }
        if confirmingDiscard {
            confirmingDiscard = false
            problem = nil
            return FormKeys.table.command(for: key, where: { $0 == .answerYes }) == .answerYes ? .cancelled : .editing
        }
        if !fields[focus].choices.isEmpty, pick(key) { return .editing }
        if !fields[focus].checklist.isEmpty, tick(key) { return .editing }
        // The field's own editing first (a notes field takes Enter and the arrows); then the table.
        let command = FormKeys.table.command(for: key, typing: true, where: { $0 != .answerYes })
        if command != .save, command != .cancel, command != .nextField, command != .previousField, fields[focus].input.handle(key) {
            return .editing
        }
        switch command {
        case .cancel:
            guard hasTypedText else { return .cancelled }
            confirmingDiscard = true
            problem = "Discard what you typed? y discards, any other key goes back to the form."
        case .save:
            return submitIfComplete(today: today)
        case .nextField:
            if key == .tab, let name = completion(for: focus) {
                fields[focus].input = TextField(label: fields[focus].label, text: name, multiLine: false)
                return .editing
            }
            enter(key == .tab ? (focus + 1) % fields.count : min(fields.count - 1, focus + 1))
        case .previousField:
            enter(key == .backTab ? (focus + fields.count - 1) % fields.count : max(0, focus - 1))
        case .enter:
            if focus == fields.count - 1 { return submitIfComplete(today: today) }
            enter(focus + 1)
        case .stepChoice, .moveInLine, .deleteInLine, .answerYes, nil:
            break
        }
        return .editing
    }


    /// A picker field takes ←/→ and Space to step through its values and a value's letter to pick
    /// it; typing anything else does nothing, so a choice is never free text.
    private mutating func pick(_ key: KeyEvent) -> Bool {
        let choices = fields[focus].choices
        let current = choices.firstIndex { $0.value == fields[focus].input.text }
        func set(_ i: Int?) {
            fields[focus].input = TextField(label: fields[focus].label, text: i.map { choices[$0].value } ?? "")
        }
        switch key {
        case .right, .char(" "):
            set(current.map { ($0 + 1) % choices.count } ?? 0)
        case .left:
            set(current.map { ($0 + choices.count - 1) % choices.count } ?? choices.count - 1)
        case .backspace, .delete:
            if !fields[focus].required { set(nil) }
        case .char(let c):
            guard let i = choices.firstIndex(where: { $0.key.map { String($0) } == c.lowercased() }) else { return true }
            set(i)
        case .paste(let text):
            // A pasted or scripted word picks the one value it names ("amber", "pos"); anything else changes nothing.
            let word = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let byKey = choices.indices.filter { word.count == 1 && choices[$0].key.map { String($0).lowercased() } == word }
            let named = byKey.isEmpty ? choices.indices.filter {
                !word.isEmpty && (choices[$0].value.lowercased().hasPrefix(word) || choices[$0].title.lowercased().hasPrefix(word))
            } : byKey
            if named.count == 1 { set(named[0]) }
        default:
            return false
        }
        return true
    }

    /// A checklist field (the processes a conversation covered) is ticked, never typed: ←/→ move
    /// between its values, Space or a value's letter ticks or unticks one, so a value cannot be
    /// misspelt and each is an explicit tick (000:120–126 asks for each process ticked).
    private mutating func tick(_ key: KeyEvent) -> Bool {
        let list = fields[focus].checklist
        switch key {
        case .right: checklistCursor = min(list.count - 1, checklistCursor + 1)
        case .left: checklistCursor = max(0, checklistCursor - 1)
        case .char(" "): fields[focus].toggle(list[min(checklistCursor, list.count - 1)].value)
        case .backspace, .delete:
            if fields[focus].ticked.contains(list[min(checklistCursor, list.count - 1)].value) {
                fields[focus].toggle(list[min(checklistCursor, list.count - 1)].value)
            }
        case .char(let c):
            guard let i = list.firstIndex(where: { $0.key.map { String($0) } == c.lowercased() }) else { return true }
            checklistCursor = i
            fields[focus].toggle(list[i].value)
        case .paste(let text):
            // A pasted or scripted list ticks what it names, as the shell's --topics reads it.
            for word in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                if let one = FieldChoice.named(String(word), in: list), !fields[focus].ticked.contains(one.value) {
                    fields[focus].toggle(one.value)
                }
            }
        default:
            return false
        }
        return true
    }

    /// The completion Tab would take for the field: the first offered name that starts with what
    /// is typed (ignoring case) and is longer than it; nil when there is none or nothing is typed.
    public func completion(for index: Int) -> String? {
        guard fields.indices.contains(index), fields[index].kind == .text else { return nil }
        let typed = fields[index].input.text
        guard !typed.isEmpty, fields[index].input.cursor == typed.count else { return nil }
        return fields[index].completions.first {
            $0.count > typed.count && $0.lowercased().hasPrefix(typed.lowercased())
        }
    }

    /// Every required field filled and every date readable; otherwise the first gap, with the cursor on it.
    mutating func submitIfComplete(today: CalendarDate) -> Outcome {
        for (i, field) in fields.enumerated() {
            if field.required && field.value.isEmpty {
                problem = "\(field.label) is needed."
                enter(i)
                return .editing
            }
            if field.kind == .date && !field.value.isEmpty && field.date(today: today, tDay: tDay) == nil {
                problem = RelativeDate.problem(with: field.value, today: today, tDay: tDay) ?? "\(field.label) is not a date."
                enter(i)
                return .editing
            }
        }
        problem = nil
        return .submitted
    }

    public func value(_ key: FieldKey) -> String {
        fields.first { $0.key == key }?.value ?? ""
    }

    public func date(_ key: FieldKey, today: CalendarDate) -> CalendarDate? {
        fields.first { $0.key == key }?.date(today: today, tDay: tDay)
    }

    /// What Enter, Tab and Esc do right now, for the hint bar.
    public var hints: [(String, String)] {
        if confirmingDiscard { return [("y", "discard"), ("any other key", "back to the form")] }
        if askingNewPerson != nil { return [("Enter", "add as new"), ("any other key", "back to the field")] }
        let last = focus == fields.count - 1
        let multi = fields.indices.contains(focus) && fields[focus].kind == .multiLine
        var out: [(String, String)] = []
        if fields.indices.contains(focus), !fields[focus].choices.isEmpty { out.append(("←→ Space", "choose")) }
        out.append(("Enter", multi ? "new line" : last ? "save" : "next field"))
        out.append(("Tab", completion(for: focus) != nil ? "complete" : "next field"))
        out.append(("Ctrl-S", "save"))
        out.append(("Esc", "cancel"))
        return out
    }
}

/// The question a form asks before taking a person the account does not know.
public struct NewPersonQuestion: Equatable, Codable, Sendable {
    public var field: FieldKey
    public var name: String
}
