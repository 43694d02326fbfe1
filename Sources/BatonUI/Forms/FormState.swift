import BatonCore

/// A form on screen: its fields, which one has the cursor, the guidance that stays visible while
/// typing (a condition's evidence standard), and the reason the last submit was refused.
public struct FormState: Equatable, Sendable {
    /// What the form's values become when it is submitted.
    public enum Purpose: Equatable, Sendable {
        case evidence(ReadinessCondition)
        case gapAction(ReadinessCondition)
        case overrideReason(Stage)
        case firstTouchpoint
        case crmNote(CRMArea)
        case attendees
        /// A 30-day review's decision on one risk or open issue.
        case reviewDecision(ReviewDecision, itemID: String)
        case moveTimelineItem(id: String)
        case addTimelineItem
        case changeTDay
        case changeTransition
        case health
        case sentimentNote
        case interaction
        /// A risk or an open issue: added, edited, closed, materialised, re-committed, re-scoped.
        case register(RegisterChange)
        /// One of the account card's forms: identity, contract, people, a contact, a milestone…
        case accountCard(AccountCardForm)
    }

    public var title: String
    public var purpose: Purpose
    public var accountID: String
    public var fields: [FormField]
    public var focus: Int = 0
    public var guidance: [String]
    /// Shown in the form, in the error colour, until the next submit.
    public var problem: String?

    public init(title: String, purpose: Purpose, accountID: String, fields: [FormField], guidance: [String] = []) {
        self.title = title
        self.purpose = purpose
        self.accountID = accountID
        self.fields = fields
        self.guidance = guidance
    }

    public enum Outcome: Equatable, Sendable { case editing, cancelled, submitted }

    /// Tab / Shift-Tab move between fields; Enter moves on, and on the last field submits;
    /// Ctrl-S submits from anywhere; Esc cancels. Everything else is typing.
    public mutating func handle(_ key: KeyEvent, today: CalendarDate) -> Outcome {
        guard !fields.isEmpty else { return key == .escape ? .cancelled : .submitted }
        switch key {
        case .escape:
            return .cancelled
        case .ctrl("s"):
            return submitIfComplete(today: today)
        case .tab:
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

    /// Every required field filled and every date readable; otherwise the first gap, with the cursor on it.
    mutating func submitIfComplete(today: CalendarDate) -> Outcome {
        for (i, field) in fields.enumerated() {
            if field.required && field.value.isEmpty {
                problem = "\(field.label) is needed."
                focus = i
                return .editing
            }
            if field.kind == .date && !field.value.isEmpty && field.date(today: today) == nil {
                problem = RelativeDate.problem(with: field.value, today: today) ?? "\(field.label) is not a date."
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
        fields.first { $0.key == key }?.date(today: today)
    }

    /// The old lookups by label: they go once every form names its keys.
    public func value(_ label: String) -> String { value(FieldKey(label)) }

    public func date(_ label: String, today: CalendarDate) -> CalendarDate? { date(FieldKey(label), today: today) }

    /// What Enter, Tab and Esc do right now, for the hint bar.
    public var hints: [(String, String)] {
        let last = focus == fields.count - 1
        let multi = fields.indices.contains(focus) && fields[focus].kind == .multiLine
        var out: [(String, String)] = []
        out.append(("Enter", multi ? "new line" : last ? "save" : "next field"))
        out.append(("Tab", "next field"))
        out.append(("Ctrl-S", "save"))
        out.append(("Esc", "cancel"))
        return out
    }
}
