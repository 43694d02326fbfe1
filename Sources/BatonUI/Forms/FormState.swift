import BatonCore

/// A form on screen: its fields, which one has the cursor, the guidance that stays visible while
/// typing (a condition's evidence standard), and the reason the last submit was refused.
public struct FormState: Equatable, Codable, Sendable {
    /// What the form's values become when it is submitted.
    public enum Purpose: Equatable, Codable, Sendable {
        case evidence(ReadinessCondition)
        case gapAction(ReadinessCondition)
        case overrideReason(Stage)
        case firstTouchpoint
        case crmNote(CRMArea)
        case attendees
        /// A 30-day review's decision on one risk or open issue.
        case reviewDecision(ReviewDecision, itemID: String)
        case moveTimelineItem(id: String)
        case tickTimelineItemOn(id: String)
        case addTimelineItem
        case changeTDay
        case changeTransition
        case health
        case sentimentNote
        case interaction
        /// A risk or an open issue: added, edited, closed, materialised, re-committed, re-scoped.
        case register(RegisterFormPurpose)
        /// Leaving the demo: the lead's name, for their own portfolio.
        case startOwnPortfolio
        case newAccount
        case archive
        /// One of the account card's forms: identity, contract, people, a contact, a milestone…
        case accountCard(AccountCardForm)
        /// The reason for recording the T-day changes on an account the gate would stop.
        case transferOverride
        /// The transfer when the gate asks first: the reason for what is missing, and the
        /// confirmation of a transfer before the planned T-day.
        case transfer
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
    public var guidance: [String]
    /// Shown in the form, in the error colour, until the next submit.
    public var problem: String?
    /// The account's transfer day, so a date field takes `T-3` or `T+7` (set by the screen when the
    /// form is shown; nil where there is no account).
    public var tDay: CalendarDate?
    /// Esc was pressed with something typed: the form asks before throwing it away.
    public var confirmingDiscard = false
    /// What each field held when the form opened, to tell typed text from what was offered.
    private let initialTexts: [String]

    public init(title: String, purpose: Purpose, accountID: String, fields: [FormField], guidance: [String] = []) {
        self.title = title
        self.purpose = purpose
        self.accountID = accountID
        self.fields = fields
        self.guidance = guidance
        initialTexts = fields.map(\.input.text)
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
        if confirmingDiscard {
            // Only an explicit yes throws typed text away; any other key goes back to the form.
            confirmingDiscard = false
            problem = nil
            return key == .char("y") || key == .char("Y") ? .cancelled : .editing
        }
        if !fields[focus].choices.isEmpty, pick(key) { return .editing }
        switch key {
        case .escape:
            guard hasTypedText else { return .cancelled }
            confirmingDiscard = true
            problem = "Discard what you typed? y discards, any other key goes back to the form."
            return .editing
        case .ctrl("s"):
            return submitIfComplete(today: today)
        case .tab:
            if let name = completion(for: focus) {
                fields[focus].input = TextField(label: fields[focus].label, text: name, multiLine: false)
                return .editing
            }
            focus = (focus + 1) % fields.count
            return .editing
        case .backTab:
            focus = (focus + fields.count - 1) % fields.count
            return .editing
        default:
            if fields[focus].input.handle(key) { return .editing }
            if key == .enter {
                if focus == fields.count - 1 { return submitIfComplete(today: today) }
                focus += 1
            } else if key == .down {
                focus = min(fields.count - 1, focus + 1)
            } else if key == .up {
                focus = max(0, focus - 1)
            }
            return .editing
        }
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
            let named = choices.indices.filter {
                !word.isEmpty && (choices[$0].value.lowercased().hasPrefix(word) || choices[$0].title.lowercased().hasPrefix(word))
            }
            if named.count == 1 { set(named[0]) }
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
                focus = i
                return .editing
            }
            if field.kind == .date && !field.value.isEmpty && field.date(today: today, tDay: tDay) == nil {
                problem = RelativeDate.problem(with: field.value, today: today, tDay: tDay) ?? "\(field.label) is not a date."
                focus = i
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
