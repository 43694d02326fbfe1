/// A form's keys: the table `FormState.handle` looks a key up in (after the field's own editing,
/// which takes Enter and the arrows in a notes field), and what `?` (F1) shows in every form.
enum FormKeys {
    enum Command: Hashable, Sendable {
        case nextField, previousField, enter, save, cancel, stepChoice, moveInLine, deleteInLine
        /// The answer to a form's question: discard what was typed, or take a person as new.
        case answerYes
    }

    static let table = ContextKeys<Command>(.form, typing: ("Type into the field; in a choice, Space steps through the values and a value's letter picks it; in a checklist, Space or a value's letter ticks or unticks it", nil), [
        ContextBinding([.tab, .down], .nextField, help: "Next and previous field (Tab first takes a name the field offers, shown dimmed)"),
        ContextBinding([.backTab, .up], .previousField, help: nil),
        ContextBinding([.enter], .enter, help: "Next field; saves on the last; a new line in a notes field"),
        ContextBinding([.ctrl("s")], .save, help: "Save from any field"),
        ContextBinding([.escape], .cancel, help: "Cancel; asks first (y discards) when something was typed"),
        ContextBinding([.left, .right], .stepChoice, help: "In a choice: step through the values; in a checklist: move between them"),
        ContextBinding([.ctrl("a"), .ctrl("e"), .alt("b"), .alt("f")], .moveInLine, help: "Start and end of the line, a word back and forward"),
        ContextBinding([.ctrl("w"), .ctrl("u"), .ctrl("k")], .deleteInLine, help: "Delete a word back, to the start, to the end"),
        ContextBinding([.char("y"), .char("Y")], .answerYes,
                       help: "At a question: y discards what was typed; y or Enter takes a person the account does not know as new"),
    ])
}
